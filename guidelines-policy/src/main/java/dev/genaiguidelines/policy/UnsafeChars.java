package dev.genaiguidelines.policy;

/**
 * The one definition of a character that must not reach a reader as it is, because it cannot
 * be seen yet changes what is shown: every format's escaper is a thin layer on it.
 *
 * <p>Unsafe are the controls (Unicode Cc, line breaks and tabs included, which each format
 * treats as it must), the format characters (Cf: bidi overrides and isolates, the "Trojan
 * Source" trick; zero-width characters; the soft hyphen U+00AD; the byte order mark), the line
 * and paragraph separators, the unassigned U+2065 among the bidi controls, and surrogates that
 * are not half of a pair (they have no UTF-8 form). The list is fixed here rather than read from
 * {@link Character#getType}, so every JDK renders the same bytes; a test checks that it covers
 * what the running JDK classifies so. {@code dev.genaiguidelines.annotations.UnsafeChars}
 * repeats it for the dependency-free annotations jar, and a test proves both agree.
 */
public final class UnsafeChars {

  private UnsafeChars() {}

  /** True when the character at {@code index} of {@code text} is unsafe (see the class). */
  public static boolean isUnsafe(CharSequence text, int index) {
    char c = text.charAt(index);
    if (Character.isHighSurrogate(c)) {
      return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
    }
    return isUnsafe(c);
  }

  /** True for an unsafe character that is not a surrogate; surrogates depend on their context. */
  public static boolean isUnsafe(char c) {
    return c <= '\u001F'
        || (c >= '\u007F' && c <= '\u009F')
        || c == '\u00AD'
        || (c >= '\u0600' && c <= '\u0605')
        || c == '\u061C'
        || c == '\u06DD'
        || c == '\u070F'
        || c == '\u0890' || c == '\u0891'
        || c == '\u08E2'
        || c == '\u180E'
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u2028' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u206F')
        || c == '\uFEFF'
        || (c >= '\uFFF9' && c <= '\uFFFB');
  }
}
