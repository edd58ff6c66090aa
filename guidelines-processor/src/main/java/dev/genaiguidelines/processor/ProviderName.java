package dev.genaiguidelines.processor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a generated catalog provider, read back from a services file: the package whose
 * uses it lists and, for a provider an earlier version generated per top-level type, that type.
 *
 * <p>A provider lists every use declared in a module's compiled sources (its types, their members
 * and nested types, and its {@code package-info.java} files) and is named {@code
 * <package>.GenAiUses_<digest>}, after the first of their packages by name, where the digest is the first 8 hex digits of the SHA-256 of the ids it lists, sorted, one a
 * line. A package name alone is not unique on a class path: two modules may share a (split)
 * package, and {@link java.util.ServiceLoader} loads a provider name once, so one module's uses
 * would vanish. Ids are unique in a module, so the two modules' names differ, and the same uses
 * always give the same name.
 *
 * <p>Earlier versions generated one provider per package, named the same way, and before that
 * named a provider {@code <TopLevel>_GenAiUses} per type and {@code
 * package_info[_<digest>]_GenAiUses} per package-info. Those are still recognised, so that the
 * first incremental build after an upgrade replaces them rather than listing a use twice.
 *
 * @param packageName the package, "" for the unnamed package
 * @param typeName for a per-type provider of an earlier version, the top-level type's simple
 *     name; otherwise ""
 */
record ProviderName(String packageName, String typeName) {

  /** Starts every provider's simple name this version generates. */
  static final String PREFIX = "GenAiUses_";

  private static final Pattern CURRENT = Pattern.compile("GenAiUses_[0-9a-f]{8}");

  /** Ended the simple name of every provider earlier versions generated. */
  private static final String EARLIER_SUFFIX = "_GenAiUses";

  /** An earlier package-info provider's name before the suffix, with or without its digest. */
  private static final Pattern EARLIER_PACKAGE = Pattern.compile("package_info(_[0-9a-f]{8})?");

  /** The simple name of the provider that lists the uses with these ids. */
  static String simpleName(Collection<String> useIds) {
    return PREFIX + digest(useIds);
  }

  /** The binary name of the provider of {@code packageName} listing these ids. */
  static String of(String packageName, Collection<String> useIds) {
    String simpleName = simpleName(useIds);
    return packageName.isEmpty() ? simpleName : packageName + '.' + simpleName;
  }

  /** True for a simple name this version gives its providers. */
  static boolean isCurrent(CharSequence simpleName) {
    return CURRENT.matcher(simpleName).matches();
  }

  /**
   * What a provider named {@code binaryName} was generated for, or empty when the name follows
   * neither this version's scheme nor an earlier one (a provider someone wrote by hand).
   */
  static Optional<ProviderName> parse(String binaryName) {
    int dot = binaryName.lastIndexOf('.');
    String packageName = dot < 0 ? "" : binaryName.substring(0, dot);
    String simpleName = binaryName.substring(dot + 1);
    if (isCurrent(simpleName)) {
      return Optional.of(new ProviderName(packageName, ""));
    }
    if (!simpleName.endsWith(EARLIER_SUFFIX) || simpleName.length() == EARLIER_SUFFIX.length()) {
      return Optional.empty();
    }
    String owner = simpleName.substring(0, simpleName.length() - EARLIER_SUFFIX.length());
    Matcher packageInfo = EARLIER_PACKAGE.matcher(owner);
    return Optional.of(new ProviderName(packageName, packageInfo.matches() ? "" : owner));
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

  /** The top-level type an earlier version's per-type provider was generated for, or empty. */
  Optional<String> type() {
    if (typeName.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(packageName.isEmpty() ? typeName : packageName + '.' + typeName);
  }

  /** What diagnostics and the providers' javadoc call a package. */
  static String describe(String packageName) {
    return packageName.isEmpty() ? "the unnamed package" : "package " + packageName;
  }
}
