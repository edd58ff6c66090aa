package dev.genaiguidelines.processor;

import com.palantir.javapoet.JavaFile;
import dev.genaiguidelines.annotations.GenAiUseDescriptor;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.Rule;
import dev.genaiguidelines.policy.Severity;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseDescriptors;
import dev.genaiguidelines.policy.UseEvaluation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Generates the module's run-time catalog: for {@code GenAiCatalog.load()}, one provider class
 * per module and round that declares uses, in the first of their packages by name (see {@link
 * ProviderName}), and one services file naming them. One provider, not one per package: javac's
 * Filer looks every new file's name up, which lists its package on the class path and in every
 * platform module, and compiles every provider as a class of its own, so providers per package
 * cost the build in proportion to the packages rather than the uses (benchmarks/README.md,
 * figure 6).
 *
 * <p>A provider is written in the round whose sources hold its uses, so javac compiles it in the
 * next round. It lists the uses of the compiled sources and, read from their class files (see
 * {@link UncompiledUses}), those of the types this compilation does not compile that an earlier
 * provider it replaces listed: one is replaced when a package it lists has a source in this
 * compilation, so an IDE or incremental build that recompiles only some sources still gets a
 * complete catalog. Those are judged for their verdict only; they were reported when they were
 * compiled. The services file is written once, in the last round, merged with the earlier one
 * (see {@link ServicesMerge}).
 *
 * <p>A use whose declaration is invalid (GAI001) is not listed: it is not a use anyone could rely
 * on, and the build fails on it unless GAI001 is turned down, in which case a note says it was
 * left out.
 */
final class CatalogGenerator {

  static final String PROVIDER_TYPE = "dev.genaiguidelines.annotations.GenAiCatalog.Provider";
  private static final String DESCRIPTOR_TYPE =
      "dev.genaiguidelines.annotations.GenAiUseDescriptor";

  private final ProcessingEnvironment env;
  private final Elements elements;
  private final Filer filer;
  private final Diagnostics diagnostics;
  private final UncompiledUses uncompiled;
  private final CatalogModules modules;

  /** The top-level types whose source (or class, given by name) this compilation read. */
  private final Set<String> compiledTypes = new HashSet<>();
  /** The packages whose package-info this compilation read. */
  private final Set<String> compiledPackageInfos = new HashSet<>();
  /** Every package with a root of this compilation. */
  private final Set<String> compiledPackages = new TreeSet<>();
  /** This round's uses by module ("" for the unnamed module). */
  private final Map<String, ModuleUses> pending = new TreeMap<>();
  /** What earlier rounds listed, by module: a later round adds only what they did not. */
  private final Map<String, Set<GenAiUseDescriptor>> listed = new HashMap<>();
  /** Every provider this compilation wrote. */
  private final Set<String> generated = new TreeSet<>();
  /**
   * Our entries in the services file of an earlier compilation, each with the origins it listed
   * (qualified, see {@link UncompiledUses#recordedBy}); read on need.
   */
  private Map<String, Set<String>> earlierProviders;
  /** The earlier providers this compilation replaces: a package they list has a source here. */
  private final Set<String> replaced = new TreeSet<>();

  private Boolean catalogTypesPresent;
  private boolean warnedMissingCatalog;

  CatalogGenerator(ProcessingEnvironment env, DeclarationReader reader, Diagnostics diagnostics) {
    this.env = env;
    this.elements = env.getElementUtils();
    this.filer = env.getFiler();
    this.diagnostics = diagnostics;
    this.uncompiled = new UncompiledUses(elements, reader);
    this.modules = new CatalogModules(elements, diagnostics);
  }

  /** Remembers whose source this round compiles; call once at the start of every round. */
  void recordRoots(Set<? extends Element> roots) {
    for (Element root : roots) {
      PackageElement pkg;
      if (root instanceof PackageElement packageInfo) {
        pkg = packageInfo;
        compiledPackageInfos.add(pkg.getQualifiedName().toString());
      } else if (root instanceof TypeElement type) {
        String name = type.getQualifiedName().toString();
        if (generated.contains(elements.getBinaryName(type).toString())) {
          continue; // Our own provider, compiled in the round after it was written.
        }
        compiledTypes.add(name);
        pkg = elements.getPackageOf(type);
      } else {
        continue;
      }
      compiledPackages.add(pkg.getQualifiedName().toString());
      modules.record(root);
    }
  }

  /** Lists a judged use in its module's provider, unless it cannot be listed (a note says why). */
  void add(SourceUse use, UseEvaluation evaluation) {
    if (!catalogTypesPresent()) {
      warnMissingCatalogOnce();
      return;
    }
    UseDeclaration declaration = evaluation.use();
    Optional<Finding> invalid = evaluation.findings().stream()
        .filter(finding -> finding.rule() == Rule.GAI001)
        .findFirst();
    if (invalid.isPresent()) {
      if (invalid.get().severity() != Severity.ERROR) {
        leftOut(use, declaration, "its declaration is invalid (GAI001)");
      }
      return;
    }
    try {
      list(origin(use.element()), descriptor(evaluation), true);
    } catch (IllegalArgumentException | NullPointerException unfit) {
      // Only reachable with GAI001 turned OFF: a blank id has no place in a catalog.
      leftOut(use, declaration, unfit.getMessage());
    }
  }

  /**
   * Writes the providers of this round's modules; call at the end of every round. {@code judge}
   * gives the verdict of a use read from the class output, or null when there is no policy.
   */
  void writeProviders(Function<UseDeclaration, UseEvaluation> judge) {
    if (catalogTypesPresent()) {
      for (Map.Entry<String, Set<String>> earlier : earlierProviders().entrySet()) {
        if (!replaced.contains(earlier.getKey())
            && replacedNow(earlier.getKey(), earlier.getValue())) {
          replaced.add(earlier.getKey());
          addUncompiled(earlier.getValue(), judge);
        }
      }
    }
    for (Map.Entry<String, ModuleUses> entry : pending.entrySet()) {
      Set<GenAiUseDescriptor> earlier =
          listed.computeIfAbsent(entry.getKey(), key -> new HashSet<>());
      List<GenAiUseDescriptor> uses = entry.getValue().uses.stream()
          .filter(use -> !earlier.contains(use))
          .toList();
      if (!uses.isEmpty()) {
        write(uses, entry.getValue());
        earlier.addAll(uses);
      }
    }
    pending.clear();
  }

  /**
   * Whether this compilation replaces the earlier provider {@code name} listing {@code origins}:
   * a package it lists, or its own when its origins cannot be read, has a source here.
   */
  private boolean replacedNow(String name, Set<String> origins) {
    if (origins.isEmpty()) {
      return ProviderName.parse(name)
          .map(provider -> compiledPackages.contains(provider.packageName()))
          .orElse(false);
    }
    return origins.stream().map(UncompiledUses::packageOf).anyMatch(compiledPackages::contains);
  }

  /**
   * Lists the uses of the {@code origins} outside this compilation, which a replaced provider
   * listed, without a word on them.
   */
  private void addUncompiled(Set<String> origins,
      Function<UseDeclaration, UseEvaluation> judge) {
    for (UncompiledUses.Found found
        : uncompiled.of(origins, compiledPackageInfos, compiledTypes)) {
      for (SourceUse use : found.uses()) {
        if (use.declaration() == null || !use.problems().isEmpty()) {
          continue;
        }
        UseEvaluation evaluation = judge.apply(use.declaration());
        if (evaluation == null) {
          return;
        }
        boolean invalid = evaluation.findings().stream()
            .anyMatch(finding -> finding.rule() == Rule.GAI001);
        try {
          if (!invalid) {
            list(found.origin(), descriptor(evaluation), false);
          }
        } catch (IllegalArgumentException | NullPointerException unfit) {
          // Left out, as when it was compiled: the note was given then.
        }
      }
    }
  }

  private Map<String, Set<String>> earlierProviders() {
    if (earlierProviders == null) {
      earlierProviders = new TreeMap<>();
      if (ServicesFile.read(filer) instanceof ServicesFile.Found found) {
        for (String name : found.names()) {
          if (ProviderName.parse(name).isPresent()) {
            earlierProviders.put(name, uncompiled.recordedBy(name));
          }
        }
      }
    }
    return earlierProviders;
  }

  /** Adds a use to its module's provider; {@code compiled} when its source is compiled here. */
  private void list(Element origin, GenAiUseDescriptor descriptor, boolean compiled) {
    ModuleElement module = elements.getModuleOf(origin);
    String moduleName = module == null ? "" : module.getQualifiedName().toString();
    ModuleUses uses = pending.computeIfAbsent(moduleName, key -> new ModuleUses());
    uses.uses.add(descriptor);
    uses.origins.putIfAbsent(originName(origin), origin);
    if (compiled && uses.anchor == null) {
      uses.anchor = origin;
    }
  }

  private void write(List<GenAiUseDescriptor> uses, ModuleUses from) {
    List<Element> origins = List.copyOf(from.origins.values());
    String packageName = origins.stream()
        .map(origin -> UncompiledUses.packageOf(ProviderSource.originName(origin)))
        .min(String::compareTo).orElseThrow();
    String name = ProviderName.of(packageName,
        uses.stream().map(GenAiUseDescriptor::id).toList());
    JavaFile source = ProviderSource.of(packageName, uses,
        modules.generatedAnnotationUsable(env, origins.get(0)), origins);
    try {
      source.writeTo(filer);
      generated.add(name);
    } catch (FilerException exists) {
      printOn(from.anchor, Diagnostic.Kind.WARNING, "[genai] cannot generate " + name + ", which"
          + " lists the GenAI uses in " + ProviderSource.where(packageName, origins)
          + " for GenAiCatalog: " + exists.getMessage() + ". Fix: rename the type " + name
          + " if the project declares one, or rebuild the module from clean.");
    } catch (IOException cannotWrite) {
      printOn(from.anchor, Diagnostic.Kind.ERROR, "[genai] cannot write " + name + ", which"
          + " lists the GenAI uses in " + ProviderSource.where(packageName, origins)
          + " for GenAiCatalog: " + cannotWrite + ". Fix: make sure the generated sources"
          + " directory is writable, then rebuild.");
    }
  }

  /** On a compiled element when there is one: a class file's element has no source to show. */
  private void printOn(Element anchor, Diagnostic.Kind kind, String message) {
    if (anchor == null) {
      diagnostics.print(kind, message);
    } else {
      diagnostics.print(kind, message, anchor);
    }
  }

  /**
   * Writes the services file in the last round: this compilation's providers and those an
   * earlier one registered that still hold, sorted. Writes nothing when that changes nothing.
   */
  void writeServicesFile() {
    if (!catalogTypesPresent()) {
      return;
    }
    ServicesFile.Existing existing = ServicesFile.read(filer);
    if (existing instanceof ServicesFile.AlreadyWritten written) {
      if (!generated.isEmpty()) {
        warnWrittenFirst(written.reason());
      }
      return;
    }
    List<String> before = existing instanceof ServicesFile.Found found ? found.names() : List.of();
    if (existing instanceof ServicesFile.Unreadable unreadable) {
      if (generated.isEmpty()) {
        return; // Nothing to add, and what is there cannot be judged: leave it.
      }
      diagnostics.print(Diagnostic.Kind.WARNING, "[genai] cannot read the "
          + ServicesFile.PATH + " an earlier compilation wrote (" + unreadable.reason()
          + "); it is written with only this compilation's catalog providers. A clean build"
          + " lists every use of the module.");
    }

    ServicesMerge.Outcome merge = ServicesMerge.merge(before, generated,
        name -> replaced.contains(name) || replacedNow(name, Set.of()),
        name -> elements.getTypeElement(name) != null);
    merge.notes().forEach(note -> diagnostics.print(Diagnostic.Kind.NOTE, note));
    modules.noteMissingProvides(merge.names());
    if (generated.isEmpty() && merge.names().equals(new TreeSet<>(before))) {
      return;
    }
    try {
      ServicesFile.write(filer, merge.names());
    } catch (FilerException alreadyWritten) {
      warnWrittenFirst(alreadyWritten.getMessage());
    } catch (IOException cannotWrite) {
      diagnostics.print(Diagnostic.Kind.ERROR, "[genai] cannot write " + ServicesFile.PATH
          + " in the class output: " + cannotWrite + ". Fix: make sure the class output"
          + " directory is writable, then rebuild.");
    }
  }

  private void warnWrittenFirst(String reason) {
    diagnostics.print(Diagnostic.Kind.WARNING, "[genai] cannot write " + ServicesFile.PATH
        + ": " + reason + ". Another annotation processor, or a second copy of"
        + " guidelines-processor on the processor path, wrote it first; remove the duplicate so"
        + " that GenAiCatalog.load() finds this module's uses.");
  }

  private boolean catalogTypesPresent() {
    if (catalogTypesPresent == null) {
      catalogTypesPresent = elements.getTypeElement(PROVIDER_TYPE) != null
          && elements.getTypeElement(DESCRIPTOR_TYPE) != null;
    }
    return catalogTypesPresent;
  }

  private void warnMissingCatalogOnce() {
    if (!warnedMissingCatalog) {
      warnedMissingCatalog = true;
      diagnostics.print(Diagnostic.Kind.WARNING, "[genai] the guidelines-annotations on the class"
          + " path has no GenAiCatalog, so GenAiCatalog.load() will not list this module's uses"
          + " at run time. Fix: use the same version of guidelines-annotations as of"
          + " guidelines-processor.");
    }
  }

  private void leftOut(SourceUse use, UseDeclaration declaration, String why) {
    diagnostics.print(Diagnostic.Kind.NOTE, "[genai] use '" + declaration.id() + "' on "
        + declaration.element() + " is left out of the run-time catalog (GenAiCatalog): " + why
        + ". Fix the declaration to list it.", use.element());
  }

  private static GenAiUseDescriptor descriptor(UseEvaluation evaluation) {
    return UseDescriptors.descriptor(evaluation.use(), evaluation.verdict().name());
  }

  /**
   * The element whose declarations list a use declared on {@code annotated}: its top-level
   * type, or the package itself for a package declaration.
   */
  static Element origin(Element annotated) {
    Element element = annotated;
    while (!(element instanceof PackageElement)) {
      Element enclosing = element.getEnclosingElement();
      if (enclosing == null || enclosing instanceof PackageElement) {
        break;
      }
      element = enclosing;
    }
    return element;
  }

  /** Sorts a provider's originating elements: the package first, then its types by name. */
  private static String originName(Element origin) {
    return origin instanceof QualifiedNameable named
        ? (origin instanceof PackageElement ? "" : "~") + named.getQualifiedName()
        : origin.getSimpleName().toString();
  }

  /**
   * One module's uses of this round, the elements they were read from (by name, packages
   * first), and the first of those compiled here, which a diagnostic about the provider names.
   */
  private static final class ModuleUses {
    final List<GenAiUseDescriptor> uses = new ArrayList<>();
    final Map<String, Element> origins = new TreeMap<>();
    Element anchor;
  }
}
