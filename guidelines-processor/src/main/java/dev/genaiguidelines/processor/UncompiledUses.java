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
 * Reads the uses of types that this compilation does not compile from their class files, so that
 * the module's provider, which this compilation writes again, still lists them.
 *
 * <p>{@code @GenAiUse} is retained at run time, so javac reads its values from class files; the
 * class output is on the class path in every incremental build (Maven, Gradle, IDEs). Which
 * types to read, the earlier provider says: its {@link ProviderSource#ORIGINS} constant names the
 * top-level types and package-infos whose uses it listed, by qualified name (a name without a
 * dot is in the provider's own package, as providers of one package each wrote them), and an
 * earlier version's per-type or package-info provider is named after its one owner. A type that
 * had no uses then and is not compiled now has none now. Nothing else of the class path is read:
 * the same package may be split over a dependency, or be the main code's package while tests
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
   * The qualified names of the top-level types, and of the package-infos as {@code
   * <package>.package-info}, whose uses the earlier provider {@code providerName} listed; empty
   * when it is not on the class path.
   */
  Set<String> recordedBy(String providerName) {
    Set<String> origins = new TreeSet<>();
    Optional<ProviderName> parsed = ProviderName.parse(providerName);
    if (parsed.isEmpty()) {
      return origins;
    }
    String prefix = parsed.get().packageName().isEmpty() ? ""
        : parsed.get().packageName() + ".";
    if (!parsed.get().typeName().isEmpty()) {
      origins.add(prefix + parsed.get().typeName());
    } else if (!ProviderName.isCurrent(providerName.substring(providerName.lastIndexOf('.') + 1))) {
      origins.add(prefix + ProviderSource.PACKAGE_INFO);
    } else {
      TypeElement provider = elements.getTypeElement(providerName);
      if (provider != null) {
        for (VariableElement field : ElementFilter.fieldsIn(provider.getEnclosedElements())) {
          if (field.getSimpleName().contentEquals(ProviderSource.ORIGINS)
              && field.getConstantValue() instanceof String names && !names.isEmpty()) {
            for (String name : names.split(",")) {
              origins.add(name.contains(".") ? name : prefix + name);
            }
          }
        }
      }
    }
    return origins;
  }

  /** The package of a qualified origin name, "" for the unnamed package. */
  static String packageOf(String origin) {
    int dot = origin.lastIndexOf('.');
    return dot < 0 ? "" : origin.substring(0, dot);
  }

  /**
   * The uses declared on {@code origins} that this compilation does not compile: each
   * package-info not in {@code compiledPackageInfos}, each top-level type not in {@code
   * compiledTypes}, with their members and nested types.
   */
  List<Found> of(Collection<String> origins, Set<String> compiledPackageInfos,
      Set<String> compiledTypes) {
    List<Found> found = new ArrayList<>();
    for (String origin : origins) {
      Element element = null;
      String packageName = packageOf(origin);
      if (origin.substring(origin.lastIndexOf('.') + 1).equals(ProviderSource.PACKAGE_INFO)) {
        if (!compiledPackageInfos.contains(packageName)) {
          element = elements.getPackageElement(packageName);
        }
      } else if (!compiledTypes.contains(origin)) {
        element = elements.getTypeElement(origin);
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
