package dev.genaiguidelines.annotations;

/**
 * The annotations jar's copy of {@code dev.genaiguidelines.policy.UnsafeChars}, the one
 * definition of a character that must not reach a reader as it is: this jar has no dependencies,
 * so it cannot use the policy module's. A test in the policy module proves that both agree on
 * every {@code char} and on paired and lone surrogates; change them together.
 */
final class UnsafeChars {

  private UnsafeChars() {}

  /** True when the character at {@code index} of {@code text} is unsafe (see the class). */
  static boolean isUnsafe(CharSequence text, int index) {
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
  static boolean isUnsafe(char c) {
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
