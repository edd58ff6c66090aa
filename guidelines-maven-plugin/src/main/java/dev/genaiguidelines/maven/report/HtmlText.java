package dev.genaiguidelines.maven.report;

/** Escaping for data placed in the HTML report. */
final class HtmlText {

  private HtmlText() {}

  /**
   * Data as element content: the five HTML metacharacters escaped, and every invisible character
   * shown as a marked {@code U+XXXX}, so a bidi override cannot make a purpose read differently
   * from what the code declares.
   */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (HumanText.isInvisible(value, i)) {
        out.append("<span class=\"cp\" title=\"invisible character\">")
            .append(HumanText.codePoint(c)).append("</span>");
      } else {
        escape(c, out);
      }
    }
    return out.toString();
  }

  /**
   * A Java name or path as element content, with line-break opportunities after each {@code .},
   * {@code /}, {@code #}, {@code (} and {@code ,} so a narrow column wraps it between its parts.
   */
  static String name(String value) {
    StringBuilder out = new StringBuilder(value.length() + 32);
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '.' || c == '/' || c == '#' || c == '(' || c == ',') {
        out.append(text(value.substring(start, i + 1))).append("<wbr>");
        start = i + 1;
      }
    }
    return out.append(text(value.substring(start))).toString();
  }

  /** Data as a quoted attribute value; invisible characters become U+FFFD. */
  static String attribute(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      escape(HumanText.isInvisible(value, i) ? '\uFFFD' : value.charAt(i), out);
    }
    return out.toString();
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
