package dev.genaiguidelines.processor;

import com.palantir.javapoet.JavaFile;
import dev.genaiguidelines.annotations.GenAiUseDescriptor;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.Rule;
import dev.genaiguidelines.policy.Severity;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Generates the module's run-time catalog: for {@code GenAiCatalog.load()}, one provider class
 * per top-level type (or package) that declares uses, and one services file naming them all.
 *
 * <p>A provider is written in the round that finds its owner's uses, so javac compiles it in the
 * next round. The services file is written once, in the last round, and merges in the providers
 * an earlier compilation registered: an IDE or incremental build that recompiles only some
 * sources still gets a complete catalog. An earlier entry is kept unless its owner's source is
 * part of this compilation (its provider was written again, or it has no uses any more), or its
 * provider class or owner is gone. Entries this processor did not generate are always kept.
 *
 * <p>A use whose declaration is invalid (GAI001) is not listed: it is not a use anyone could rely
 * on, and the build fails on it unless GAI001 is turned down, in which case a note says it was
 * left out.
 */
final class CatalogGenerator {

  private static final String PROVIDER_TYPE =
      "dev.genaiguidelines.annotations.GenAiCatalog.Provider";
  private static final String DESCRIPTOR_TYPE =
      "dev.genaiguidelines.annotations.GenAiUseDescriptor";

  private final ProcessingEnvironment env;
  private final Elements elements;
  private final Filer filer;
  private final Diagnostics diagnostics;

  /** Owners whose source (or class, for class names given to javac) this compilation read. */
  private final Set<CatalogOwner> compiledOwners = new HashSet<>();
  /** This round's uses by owner. */
  private final Map<CatalogOwner, Pending> pending = new TreeMap<>();
  /** Every provider this compilation wrote. */
  private final Set<String> generated = new TreeSet<>();
  /** The named modules whose sources this compilation read. */
  private final Set<String> namedModules = new TreeSet<>();

  private Boolean catalogTypesPresent;
  private boolean warnedMissingCatalog;

  CatalogGenerator(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.elements = env.getElementUtils();
    this.filer = env.getFiler();
    this.diagnostics = diagnostics;
  }

  /** Remembers whose source this round compiles; call once at the start of every round. */
  void recordRoots(Set<? extends Element> roots) {
    for (Element root : roots) {
      CatalogOwner.ofRoot(root).ifPresent(compiledOwners::add);
      ModuleElement module = elements.getModuleOf(root);
      if (module != null && !module.isUnnamed()) {
        namedModules.add(module.getQualifiedName().toString());
      }
    }
  }

  /** Lists a judged use in its owner's provider, unless it cannot be listed (a note says why). */
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
    GenAiUseDescriptor descriptor;
    try {
      descriptor = new GenAiUseDescriptor(declaration.id(), declaration.element(),
          declaration.tool(), declaration.purpose(), declaration.output(), declaration.inputs(),
          declaration.creates(), declaration.context(), declaration.unionCoveredWork(),
          declaration.model(), declaration.approval(), declaration.consent(),
          evaluation.verdict().name());
    } catch (IllegalArgumentException | NullPointerException unfit) {
      // Only reachable with GAI001 turned OFF: a blank id has no place in a catalog.
      leftOut(use, declaration, unfit.getMessage());
      return;
    }
    Element origin = CatalogOwner.origin(use.element());
    CatalogOwner owner = CatalogOwner.of(origin);
    pending.computeIfAbsent(owner, key -> new Pending(owner, origin, new ArrayList<>()))
        .uses().add(descriptor);
  }

  /** Writes the providers of this round's uses; call at the end of every round. */
  void writeProviders() {
    for (Pending provider : pending.values()) {
      String name = provider.owner().providerName(provider.ids());
      JavaFile source = ProviderSource.of(provider.owner(), provider.uses(),
          generatedAnnotationUsable(provider.origin()), provider.origin());
      try {
        source.writeTo(filer);
        generated.add(name);
      } catch (FilerException exists) {
        diagnostics.print(Diagnostic.Kind.WARNING, "[genai] cannot generate " + name
            + ", which lists the GenAI uses in " + provider.owner().displayName()
            + " for GenAiCatalog: " + exists.getMessage() + ". Fix: rename the type " + name
            + " if the project declares one, or rebuild the module from clean.",
            provider.origin());
      } catch (IOException cannotWrite) {
        diagnostics.print(Diagnostic.Kind.ERROR, "[genai] cannot write " + name
            + ", which lists the GenAI uses in " + provider.owner().displayName()
            + " for GenAiCatalog: " + cannotWrite + ". Fix: make sure the generated sources"
            + " directory is writable, then rebuild.", provider.origin());
      }
    }
    pending.clear();
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

    Set<String> merged = new TreeSet<>(generated);
    for (String name : before) {
      Optional<CatalogOwner> owner = CatalogOwner.ofProvider(name);
      if (owner.isEmpty()) {
        merged.add(name); // Not ours to judge.
      } else if (compiledOwners.contains(owner.get())) {
        continue; // Written again above if its owner still declares uses.
      } else if (elements.getTypeElement(name) != null && owner.get().exists(elements)) {
        merged.add(name);
      } else {
        diagnostics.print(Diagnostic.Kind.NOTE, "[genai] " + ServicesFile.PATH
            + " no longer lists " + name + ": it or " + owner.get().displayName()
            + " is not on the class path any more (an incremental compilation needs the class"
            + " output on its class path).");
      }
    }
    noteMissingProvides(merged);
    if (generated.isEmpty() && merged.equals(new TreeSet<>(before))) {
      return;
    }
    try {
      ServicesFile.write(filer, merged);
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

  /**
   * On the module path, ServiceLoader finds a named module's providers through its {@code
   * provides} directives only: say which ones the module-info lacks.
   */
  private void noteMissingProvides(Set<String> providers) {
    if (namedModules.size() != 1) {
      return; // Several modules at once: which provider belongs to which is not recorded.
    }
    ModuleElement module = elements.getModuleElement(namedModules.iterator().next());
    if (module == null) {
      return;
    }
    Set<String> provided = new TreeSet<>();
    for (ModuleElement.ProvidesDirective provides
        : ElementFilter.providesIn(module.getDirectives())) {
      if (provides.getService().getQualifiedName().contentEquals(PROVIDER_TYPE)) {
        provides.getImplementations()
            .forEach(type -> provided.add(elements.getBinaryName(type).toString()));
      }
    }
    List<String> missing = providers.stream()
        .filter(name -> CatalogOwner.ofProvider(name).isPresent() && !provided.contains(name))
        .toList();
    if (!missing.isEmpty()) {
      diagnostics.print(Diagnostic.Kind.NOTE, "[genai] module " + module.getQualifiedName()
          + " is a named module: on the module path, GenAiCatalog.load() finds its uses only"
          + " through module-info.java. Add: provides " + PROVIDER_TYPE + " with "
          + String.join(", ", missing) + ";");
    }
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

  /**
   * True when {@code @javax.annotation.processing.Generated} can be written on the provider: the
   * target release has it (9 and later), and a named module reads {@code java.compiler}.
   */
  private boolean generatedAnnotationUsable(Element origin) {
    if (env.getSourceVersion().compareTo(SourceVersion.RELEASE_8) <= 0
        || elements.getTypeElement(ProviderSource.GENERATED_ANNOTATION) == null) {
      return false;
    }
    ModuleElement module = elements.getModuleOf(origin);
    if (module == null || module.isUnnamed()) {
      return true;
    }
    return ElementFilter.requiresIn(module.getDirectives()).stream()
        .map(requires -> requires.getDependency().getQualifiedName().toString())
        .anyMatch(name -> name.equals("java.compiler") || name.equals("java.se"));
  }

  /** One provider's uses, gathered in the round that found them. */
  private record Pending(CatalogOwner owner, Element origin, List<GenAiUseDescriptor> uses) {
    List<String> ids() {
      return uses.stream().map(GenAiUseDescriptor::id).toList();
    }
  }
}
