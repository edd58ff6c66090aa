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
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Generates the module's run-time catalog: for {@code GenAiCatalog.load()}, one provider class
 * per package that declares uses (see {@link ProviderName}), and one services file naming them.
 *
 * <p>A provider is written in the round whose sources hold its package's uses, so javac compiles
 * it in the next round. It lists the uses of the package's compiled sources and, read from their
 * class files (see {@link UncompiledUses}), those of the package's types this compilation does
 * not compile that its earlier provider listed: an IDE or incremental build that recompiles only
 * some sources still gets a complete catalog. Those are judged for their verdict only; they were
 * reported when they were compiled. The services file is written once, in the last round, merged
 * with the earlier one (see {@link ServicesMerge}).
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
  /** The packages first met this round, whose other types are read from the class output. */
  private final Map<String, PackageElement> newPackages = new TreeMap<>();
  /** This round's uses by package. */
  private final Map<String, PackageUses> pending = new TreeMap<>();
  /** What earlier rounds listed, by package: a later round adds only what they did not. */
  private final Map<String, Set<GenAiUseDescriptor>> listed = new HashMap<>();
  /** Every provider this compilation wrote. */
  private final Set<String> generated = new TreeSet<>();
  /** Our entries in the services file of an earlier compilation, by package; read on need. */
  private Map<String, List<String>> earlierProviders;

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
      String packageName = pkg.getQualifiedName().toString();
      if (compiledPackages.add(packageName)) {
        newPackages.put(packageName, pkg);
      }
      modules.record(root);
    }
  }

  /** Lists a judged use in its package's provider, unless it cannot be listed (a note says why). */
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
   * Writes the providers of this round's packages; call at the end of every round. {@code judge}
   * gives the verdict of a use read from the class output, or null when there is no policy.
   */
  void writeProviders(Function<UseDeclaration, UseEvaluation> judge) {
    if (catalogTypesPresent()) {
      newPackages.forEach((name, pkg) -> addUncompiled(pkg, judge));
    }
    newPackages.clear();
    for (Map.Entry<String, PackageUses> entry : pending.entrySet()) {
      Set<GenAiUseDescriptor> earlier =
          listed.computeIfAbsent(entry.getKey(), key -> new HashSet<>());
      List<GenAiUseDescriptor> uses = entry.getValue().uses.stream()
          .filter(use -> !earlier.contains(use))
          .toList();
      if (!uses.isEmpty()) {
        write(entry.getKey(), uses, entry.getValue());
        earlier.addAll(uses);
      }
    }
    pending.clear();
  }

  /**
   * Lists the uses of {@code pkg}'s types outside this compilation that its earlier providers
   * listed, without a word on them.
   */
  private void addUncompiled(PackageElement pkg, Function<UseDeclaration, UseEvaluation> judge) {
    String packageName = pkg.getQualifiedName().toString();
    Set<String> origins = new TreeSet<>();
    for (String provider : earlierProviders().getOrDefault(packageName, List.of())) {
      origins.addAll(uncompiled.recordedBy(provider));
    }
    if (origins.isEmpty()) {
      return;
    }
    for (UncompiledUses.Found found : uncompiled.of(pkg, origins,
        compiledPackageInfos.contains(packageName), compiledTypes)) {
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

  private Map<String, List<String>> earlierProviders() {
    if (earlierProviders == null) {
      earlierProviders = new HashMap<>();
      if (ServicesFile.read(filer) instanceof ServicesFile.Found found) {
        for (String name : found.names()) {
          ProviderName.parse(name).ifPresent(provider -> earlierProviders
              .computeIfAbsent(provider.packageName(), key -> new ArrayList<>()).add(name));
        }
      }
    }
    return earlierProviders;
  }

  /** Adds a use to its package's provider; {@code compiled} when its source is compiled here. */
  private void list(Element origin, GenAiUseDescriptor descriptor, boolean compiled) {
    String packageName = elements.getPackageOf(origin).getQualifiedName().toString();
    PackageUses uses = pending.computeIfAbsent(packageName, key -> new PackageUses());
    uses.uses.add(descriptor);
    uses.origins.putIfAbsent(originName(origin), origin);
    if (compiled && uses.anchor == null) {
      uses.anchor = origin;
    }
  }

  private void write(String packageName, List<GenAiUseDescriptor> uses, PackageUses from) {
    String name = ProviderName.of(packageName,
        uses.stream().map(GenAiUseDescriptor::id).toList());
    List<Element> origins = List.copyOf(from.origins.values());
    JavaFile source = ProviderSource.of(packageName, uses,
        modules.generatedAnnotationUsable(env, origins.get(0)), origins);
    try {
      source.writeTo(filer);
      generated.add(name);
    } catch (FilerException exists) {
      printOn(from.anchor, Diagnostic.Kind.WARNING, "[genai] cannot generate " + name + ", which"
          + " lists the GenAI uses in " + ProviderName.describe(packageName)
          + " for GenAiCatalog: " + exists.getMessage() + ". Fix: rename the type " + name
          + " if the project declares one, or rebuild the module from clean.");
    } catch (IOException cannotWrite) {
      printOn(from.anchor, Diagnostic.Kind.ERROR, "[genai] cannot write " + name + ", which"
          + " lists the GenAI uses in " + ProviderName.describe(packageName)
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

    ServicesMerge.Outcome merge = ServicesMerge.merge(before, generated, compiledPackages,
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
   * One package's uses of this round, the elements they were read from (by name, the package
   * first), and the first of those compiled here, which a diagnostic about the provider names.
   */
  private static final class PackageUses {
    final List<GenAiUseDescriptor> uses = new ArrayList<>();
    final Map<String, Element> origins = new TreeMap<>();
    Element anchor;
  }
}
