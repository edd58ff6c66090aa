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
    int length = value.length();
    int plain = plainEnd(value, 0, length);
    if (plain == length) {
      return value;
    }
    StringBuilder out = new StringBuilder(length + 16).append(value, 0, plain);
    for (int i = plain; i < length; i++) {
      escape(HumanText.isInvisible(value, i) ? '\uFFFD' : value.charAt(i), out);
    }
    return out.toString();
  }

  /** Characters {@code from} up to {@code to} of {@code value}, none of them invisible. */
  static void escape(String value, int from, int to, StringBuilder out) {
    int i = from;
    while (i < to) {
      int plain = plainEnd(value, i, to);
      out.append(value, i, plain);
      if (plain < to) {
        escape(value.charAt(plain), out);
      }
      i = plain + 1;
    }
  }

  /**
   * Where the run of printable ASCII that needs no escaping, from {@code from}, ends (at most
   * {@code to}). Almost all of a report is such text, and a report is written once per build by
   * code the JVM has not compiled yet: a run copied whole is far fewer interpreted steps than
   * each of its characters decided through the escapers.
   */
  static int plainEnd(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < ' ' || c > '~' || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
        return i;
      }
    }
    return to;
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
