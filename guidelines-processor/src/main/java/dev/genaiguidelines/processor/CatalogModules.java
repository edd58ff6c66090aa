package dev.genaiguidelines.processor;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * What a named module allows and needs of the generated catalog: whether the providers may carry
 * {@code @Generated}, and which {@code provides} directives its module-info lacks.
 */
final class CatalogModules {

  private final Elements elements;
  private final Diagnostics diagnostics;

  /** The named modules whose sources this compilation read. */
  private final Set<String> namedModules = new TreeSet<>();

  CatalogModules(Elements elements, Diagnostics diagnostics) {
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /** Remembers the module of a root of the compilation. */
  void record(Element root) {
    ModuleElement module = elements.getModuleOf(root);
    if (module != null && !module.isUnnamed()) {
      namedModules.add(module.getQualifiedName().toString());
    }
  }

  /**
   * True when {@code @javax.annotation.processing.Generated} can be written on the provider: the
   * target release has it (9 and later), and a named module reads {@code java.compiler}.
   */
  boolean generatedAnnotationUsable(ProcessingEnvironment env, Element origin) {
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

  /**
   * On the module path, ServiceLoader finds a named module's providers through its {@code
   * provides} directives only: say which ones the module-info lacks.
   */
  void noteMissingProvides(Set<String> providers) {
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
      if (provides.getService().getQualifiedName()
          .contentEquals(CatalogGenerator.PROVIDER_TYPE)) {
        provides.getImplementations()
            .forEach(type -> provided.add(elements.getBinaryName(type).toString()));
      }
    }
    List<String> missing = providers.stream()
        .filter(name -> ProviderName.parse(name).isPresent() && !provided.contains(name))
        .toList();
    if (!missing.isEmpty()) {
      diagnostics.print(Diagnostic.Kind.NOTE, "[genai] module " + module.getQualifiedName()
          + " is a named module: on the module path, GenAiCatalog.load() finds its uses only"
          + " through module-info.java. Add: provides " + CatalogGenerator.PROVIDER_TYPE
          + " with " + String.join(", ", missing) + ";");
    }
  }
}
