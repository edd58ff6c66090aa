package dev.genaiguidelines.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Where a use is declared, by name only, so the last round can find it again: javac makes new
 * elements for every round, and an element kept from an earlier round may no longer lead to its
 * source.
 *
 * @param holder the canonical name of the type that is, or encloses, the annotated element; the
 *     package name for a package declaration
 * @param holderIsPackage true for a declaration in {@code package-info.java}
 * @param element the contract name of the annotated element
 * @param position the use's index among the element's {@code @GenAiUse}s
 */
record UseSite(String holder, boolean holderIsPackage, String element, int position) {

  static UseSite of(SourceUse use, ElementNames names) {
    Element element = use.element();
    String elementName = names.of(element);
    if (element instanceof PackageElement pkg) {
      return new UseSite(pkg.getQualifiedName().toString(), true, elementName, use.position());
    }
    Element type = element instanceof TypeElement ? element : element.getEnclosingElement();
    String holder = type instanceof TypeElement typeElement
        ? typeElement.getQualifiedName().toString() : "";
    return new UseSite(holder, false, elementName, use.position());
  }

  /** This use as found in the current round, or empty when it cannot be found by name. */
  Optional<SourceUse> find(Elements elements, ElementNames names, DeclarationReader reader) {
    if (holder.isEmpty() && !holderIsPackage) {
      return Optional.empty();
    }
    Element found = holderIsPackage
        ? elements.getPackageElement(holder) : elements.getTypeElement(holder);
    if (found == null) {
      return Optional.empty();
    }
    if (!names.of(found).equals(element)) {
      found = found.getEnclosedElements().stream()
          .filter(member -> names.of(member).equals(element))
          .findFirst()
          .orElse(null);
    }
    if (found == null) {
      return Optional.empty();
    }
    List<SourceUse> uses = reader.read(found);
    return position < uses.size() ? Optional.of(uses.get(position)) : Optional.empty();
  }
}
