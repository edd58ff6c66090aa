package dev.genaiguidelines.policy;

import java.util.Locale;
import java.util.Optional;

/**
 * The escaping of one value in an approval statement: each value stays on its own line, and a
 * character that would be invisible or break the line is written where a reviewer sees it.
 */
final class StatementText {
  private StatementText() {}

  /**
   * {@code \} becomes {@code \\}; what {@link Rule#visible} escapes (control, format, line and
   * paragraph separator characters) becomes {@code \\uXXXX}; so does a surrogate without its
   * pair, which UTF-8 cannot encode: left raw it would become '?' and sign a different value.
   */
  static String escape(String value) {
    String visible = Rule.visible(value.replace("\\", "\\\\"));
    StringBuilder out = null;
    for (int i = 0; i < visible.length(); i++) {
      char c = visible.charAt(i);
      boolean lone = Character.isHighSurrogate(c)
          ? i + 1 >= visible.length() || !Character.isLowSurrogate(visible.charAt(i + 1))
          : Character.isLowSurrogate(c)
              && (i == 0 || !Character.isHighSurrogate(visible.charAt(i - 1)));
      if (lone && out == null) {
        out = new StringBuilder(visible.length() + 8).append(visible, 0, i);
      }
      if (out != null) {
        out.append(lone ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
      }
    }
    return out == null ? visible : out.toString();
  }

  /**
   * The value an escaped one stands for, or empty when an escape is malformed; whether it was
   * escaped exactly as {@link #escape} would is for the caller to check by escaping it again.
   */
  static Optional<String> unescape(String escaped) {
    if (escaped.indexOf('\\') < 0) {
      return Optional.of(escaped);
    }
    StringBuilder out = new StringBuilder(escaped.length());
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c != '\\') {
        out.append(c);
      } else if (i + 1 < escaped.length() && escaped.charAt(i + 1) == '\\') {
        out.append('\\');
        i++;
      } else if (i + 1 < escaped.length() && escaped.charAt(i + 1) == 'u'
          && isUpperHex(escaped, i + 2, i + 6)) {
        out.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(out.toString());
  }

  private static boolean isUpperHex(String text, int from, int to) {
    if (to > text.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
        return false;
      }
    }
    return true;
  }
}
