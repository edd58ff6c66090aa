package dev.genaiguidelines.processor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads the uses of a package's types that this compilation does not compile from their class
 * files, so that the package's provider, which this compilation writes again, still lists them.
 *
 * <p>{@code @GenAiUse} is retained at run time, so javac reads its values from class files; the
 * class output is on the class path in every incremental build (Maven, Gradle, IDEs). Which
 * types to read, the package's earlier provider says: its {@link ProviderSource#ORIGINS}
 * constant names the top-level types and package-info whose uses it listed, and an earlier
 * version's per-type or package-info provider is named after its one owner. A type that had no
 * uses then and is not compiled now has none now. Nothing else of the class path is read: the
 * same package may be split over a dependency, or be the main code's package while tests
 * compile, and their uses are listed by their own module's providers.
 */
final class UncompiledUses {

  private final Elements elements;
  private final DeclarationReader reader;

  UncompiledUses(Elements elements, DeclarationReader reader) {
    this.elements = elements;
    this.reader = reader;
  }

  /** The elements read, each with its uses as found in its class file. */
  record Found(Element origin, List<SourceUse> uses) {}

  /**
   * The simple names of the top-level types (or {@link ProviderSource#PACKAGE_INFO}) whose uses
   * the earlier provider {@code providerName} listed; empty when it is not on the class path.
   */
  Set<String> recordedBy(String providerName) {
    Set<String> origins = new TreeSet<>();
    Optional<ProviderName> parsed = ProviderName.parse(providerName);
    if (parsed.isEmpty()) {
      return origins;
    }
    if (!parsed.get().typeName().isEmpty()) {
      origins.add(parsed.get().typeName());
    } else if (!ProviderName.isCurrent(providerName.substring(providerName.lastIndexOf('.') + 1))) {
      origins.add(ProviderSource.PACKAGE_INFO);
    } else {
      TypeElement provider = elements.getTypeElement(providerName);
      if (provider != null) {
        for (VariableElement field : ElementFilter.fieldsIn(provider.getEnclosedElements())) {
          if (field.getSimpleName().contentEquals(ProviderSource.ORIGINS)
              && field.getConstantValue() instanceof String names && !names.isEmpty()) {
            origins.addAll(List.of(names.split(",")));
          }
        }
      }
    }
    return origins;
  }

  /**
   * The uses declared on {@code origins} of {@code pkg} that this compilation does not compile:
   * the package-info unless it is compiled, each top-level type not in {@code compiledTypes},
   * with their members and nested types.
   */
  List<Found> of(PackageElement pkg, Collection<String> origins, boolean packageInfoCompiled,
      Set<String> compiledTypes) {
    List<Found> found = new ArrayList<>();
    String prefix = pkg.isUnnamed() ? "" : pkg.getQualifiedName() + ".";
    for (String origin : origins) {
      Element element = null;
      if (origin.equals(ProviderSource.PACKAGE_INFO)) {
        element = packageInfoCompiled ? null : pkg;
      } else if (!compiledTypes.contains(prefix + origin)) {
        element = elements.getTypeElement(prefix + origin);
      }
      if (element != null) {
        List<SourceUse> uses = new ArrayList<>();
        collect(element, uses);
        if (!uses.isEmpty()) {
          found.add(new Found(element, uses));
        }
      }
    }
    return found;
  }

  private void collect(Element element, List<SourceUse> uses) {
    if (!reader.isRecordAccessorCopy(element)) {
      uses.addAll(reader.read(element));
    }
    if (element instanceof PackageElement) {
      return; // Its types are origins of their own.
    }
    for (Element member : element.getEnclosedElements()) {
      if (member instanceof TypeElement || member.getKind() == ElementKind.FIELD
          || member.getKind() == ElementKind.ENUM_CONSTANT
          || member.getKind() == ElementKind.METHOD
          || member.getKind() == ElementKind.CONSTRUCTOR) {
        collect(member, uses);
      }
    }
  }
}
