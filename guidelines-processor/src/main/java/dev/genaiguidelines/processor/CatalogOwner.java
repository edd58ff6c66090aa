package dev.genaiguidelines.processor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The top-level type, or the package of a {@code package-info.java}, whose uses one generated
 * catalog provider lists: a nested type's or a member's uses belong to their top-level type.
 *
 * <p>The provider is {@code <package>.<TopLevel>_GenAiUses}: a type's fully qualified name is
 * unique on a class path, so modules that share one never clash. A package is not: two modules
 * may each have a {@code package-info.java} in one split package, and {@link
 * java.util.ServiceLoader} loads a provider name once, so one module's package uses would vanish.
 * A package's provider is therefore {@code <package>.package_info_<digest>_GenAiUses}, where the
 * digest is the first 8 hex digits of the SHA-256 of the ids it lists (sorted, one a line): ids
 * are unique in a module, so the two modules' names differ, and the same uses always give the
 * same name. Either name leads back to its owner, so the services file of an earlier compilation
 * can be judged without any other record.
 *
 * @param packageName the package, "" for the unnamed package
 * @param typeName the top-level type's simple name, or "" for the package's own uses
 */
record CatalogOwner(String packageName, String typeName) implements Comparable<CatalogOwner> {

  /** Ends every generated provider's simple name. */
  static final String SUFFIX = "_GenAiUses";

  /** Stands for {@code package-info} in a provider name, where a dash is not allowed. */
  private static final String PACKAGE_INFO = "package_info";

  /**
   * A package provider's name before the suffix: with its digest, or without one as processors
   * before the digest named it (still recognised, so an incremental build replaces it).
   */
  private static final Pattern PACKAGE_PROVIDER = Pattern.compile("package_info(_[0-9a-f]{8})?");

  private static final Comparator<CatalogOwner> ORDER =
      Comparator.comparing(CatalogOwner::packageName).thenComparing(CatalogOwner::typeName);

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
    return Optional.of(new CatalogOwner(packageName,
        PACKAGE_PROVIDER.matcher(owner).matches() ? "" : owner));
  }

  boolean isPackage() {
    return typeName.isEmpty();
  }

  /**
   * The simple name of the provider listing the uses with these ids; only a package's provider
   * name depends on them.
   */
  String providerSimpleName(Collection<String> useIds) {
    return (isPackage() ? PACKAGE_INFO + '_' + digest(useIds) : typeName) + SUFFIX;
  }

  /** The provider's binary name, as the services file lists it. */
  String providerName(Collection<String> useIds) {
    return qualify(providerSimpleName(useIds));
  }

  /** The first 8 hex digits of the SHA-256 of the distinct ids, sorted, one a line. */
  static String digest(Collection<String> useIds) {
    StringBuilder lines = new StringBuilder();
    new TreeSet<>(useIds).forEach(id -> lines.append(id).append('\n'));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(lines.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 4);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java platform has SHA-256", impossible);
    }
  }

  @Override
  public int compareTo(CatalogOwner other) {
    return ORDER.compare(this, other);
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
