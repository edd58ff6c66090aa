package dev.genaiguidelines.maven.report;

import java.util.Locale;

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
    if (plainEnd(value, 0, length) == length) {
      return value;
    }
    StringBuilder out = new StringBuilder(length + 16);
    int from = 0;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      // Printable ASCII is never invisible; asked first, as nearly every character is.
      if ((c < ' ' || c > '~') && HumanText.isInvisible(value, i)) {
        escape(value, from, i, out);
        out.append("&#xFFFD;");
        from = i + 1;
      }
    }
    escape(value, from, length, out);
    return out.toString();
  }

  /**
   * Characters {@code from} up to {@code to} of {@code value}, none of them invisible. A
   * character above U+00FF is written as its numeric reference ({@code &#x2013;}), a pair of
   * surrogates as one: the page stays Latin-1, which Java builds and encodes as bytes, while a
   * single wider character would turn the whole page into UTF-16, two bytes a character, each
   * copied and encoded again by code a build runs cold. Browsers show the same characters.
   */
  static void escape(String value, int from, int to, StringBuilder out) {
    int i = from;
    while (i < to) {
      int plain = plainEnd(value, i, to);
      out.append(value, i, plain);
      if (plain == to) {
        return;
      }
      char c = value.charAt(plain);
      if (c > '\u00FF') {
        int codePoint = Character.isHighSurrogate(c) && plain + 1 < to
            && Character.isLowSurrogate(value.charAt(plain + 1))
            ? Character.toCodePoint(c, value.charAt(plain + 1)) : c;
        out.append("&#x").append(Integer.toHexString(codePoint).toUpperCase(Locale.ROOT))
            .append(';');
        i = plain + Character.charCount(codePoint);
      } else {
        escape(c, out);
        i = plain + 1;
      }
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
