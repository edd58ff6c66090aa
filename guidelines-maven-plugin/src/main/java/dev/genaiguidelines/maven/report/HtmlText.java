package dev.genaiguidelines.maven.report;

/**
 * Escaping for data placed in the HTML report, a thin layer on {@link HumanText#isInvisible}
 * (itself on {@code UnsafeChars}); {@link HtmlElement} is its one writer of markup.
 */
final class HtmlText {

  private HtmlText() {}

  /** Data as element content, as {@link HtmlElement#text} writes it. */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    HtmlElement.fragment(out).text(value);
    return out.toString();
  }

  /** A Java name or path as element content, as {@link HtmlElement#name} writes it. */
  static String name(String value) {
    StringBuilder out = new StringBuilder(value.length() + 32);
    HtmlElement.fragment(out).name(value);
    return out.toString();
  }

  /** Data as a quoted attribute value; invisible characters become U+FFFD. */
  static String attribute(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      escape(HumanText.isInvisible(value, i) ? '\uFFFD' : value.charAt(i), out);
    }
    return out.toString();
  }

  /** Characters {@code from} up to {@code to} of {@code value}, none of them invisible. */
  static void escape(String value, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      escape(value.charAt(i), out);
    }
  }

  private static void escape(char c, StringBuilder out) {
    switch (c) {
      case '&' -> out.append("&amp;");
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '"' -> out.append("&quot;");
      case '\'' -> out.append("&#39;");
      default -> out.append(c);
    }
  }
}
