package dev.genaiguidelines.processor;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The top-level type, or the package of a {@code package-info.java}, whose uses one generated
 * catalog provider lists: a nested type's or a member's uses belong to their top-level type.
 *
 * <p>The provider is {@code <package>.<TopLevel>_GenAiUses}, or {@code
 * <package>.package_info_GenAiUses} for a package's own uses. A fully qualified name is unique
 * on a class path, so modules that share one never clash; and the name leads back to its owner,
 * so the services file of an earlier compilation can be judged without any other record.
 *
 * @param packageName the package, "" for the unnamed package
 * @param typeName the top-level type's simple name, or "" for the package's own uses
 */
record CatalogOwner(String packageName, String typeName) {

  /** Ends every generated provider's simple name. */
  static final String SUFFIX = "_GenAiUses";

  /** Stands for {@code package-info} in a provider name, where a dash is not allowed. */
  private static final String PACKAGE_INFO = "package_info";

  /**
   * The element a provider is generated from for a use declared on {@code annotated}: its
   * top-level type, or the package itself for a package declaration.
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

  /** The owner of a use declared on {@code annotated}. */
  static CatalogOwner of(Element annotated) {
    Element origin = origin(annotated);
    if (origin instanceof PackageElement pkg) {
      return new CatalogOwner(pkg.getQualifiedName().toString(), "");
    }
    Element pkg = origin.getEnclosingElement();
    String packageName = pkg instanceof PackageElement p ? p.getQualifiedName().toString() : "";
    return new CatalogOwner(packageName, origin.getSimpleName().toString());
  }

  /**
   * The owner a provider named {@code providerName} was generated for, or empty when the name
   * does not follow this processor's scheme (a provider someone wrote by hand).
   */
  static Optional<CatalogOwner> ofProvider(String providerName) {
    int dot = providerName.lastIndexOf('.');
    String simpleName = providerName.substring(dot + 1);
    if (!simpleName.endsWith(SUFFIX) || simpleName.length() == SUFFIX.length()) {
      return Optional.empty();
    }
    String packageName = dot < 0 ? "" : providerName.substring(0, dot);
    String owner = simpleName.substring(0, simpleName.length() - SUFFIX.length());
    return Optional.of(new CatalogOwner(packageName, owner.equals(PACKAGE_INFO) ? "" : owner));
  }

  boolean isPackage() {
    return typeName.isEmpty();
  }

  /** The provider's simple name. */
  String providerSimpleName() {
    return (isPackage() ? PACKAGE_INFO : typeName) + SUFFIX;
  }

  /** The provider's binary name, as the services file lists it. */
  String providerName() {
    return qualify(providerSimpleName());
  }

  /** What the provider's javadoc and the diagnostics call the owner. */
  String displayName() {
    return isPackage() ? "package " + packageName : qualify(typeName);
  }

  /** True when the owner is still there to be compiled from: its type, or its package. */
  boolean exists(Elements elements) {
    return isPackage()
        ? elements.getPackageElement(packageName) != null
        : elements.getTypeElement(qualify(typeName)) != null;
  }

  /** The owner of a root element of the compilation: a top-level type or a package-info. */
  static Optional<CatalogOwner> ofRoot(Element root) {
    if (root instanceof TypeElement || root instanceof PackageElement) {
      return Optional.of(of(root));
    }
    return Optional.empty();
  }

  private String qualify(String simpleName) {
    return packageName.isEmpty() ? simpleName : packageName + '.' + simpleName;
  }
}
