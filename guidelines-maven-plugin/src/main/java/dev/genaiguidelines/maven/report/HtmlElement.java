package dev.genaiguidelines.maven.report;

import java.util.Locale;

/**
 * Writes HTML elements that escape by construction (JaCoCo's {@code HTMLElement} is the model):
 * tags and attribute names come from {@link Tag} and {@link Attr}, attribute values and text are
 * always escaped by {@link HtmlText}, so a writer cannot emit declared data as markup. The only
 * text written as it is comes from the plugin's own {@link HtmlStyle} resources.
 *
 * <p>An element is open from {@link #element} until its {@link #close()}; attributes go before
 * its first content. Output is appended to the builder the report is written into.
 */
final class HtmlElement {

  /** The tags the report writes; a tag outside this list cannot be written. */
  enum Tag {
    BODY, CAPTION, CODE, DD, DIV, DL, DT, FIELDSET, FOOTER, FORM, H1, H2, HEAD, HEADER, HTML,
    INPUT(true), LABEL, LEGEND, LI, MAIN, META(true), OPTION, OUTPUT, P, SCRIPT, SECTION, SELECT,
    SPAN, STRONG, STYLE, TABLE, TBODY, TD, TH, THEAD, TIME, TITLE, TR, UL, WBR(true);

    final String name = name().toLowerCase(Locale.ROOT);

    /** A void element has no content and no end tag. */
    final boolean isVoid;

    Tag() {
      this(false);
    }

    Tag(boolean isVoid) {
      this.isVoid = isVoid;
    }
  }

  /** The attribute names the report writes; {@code ARIA_LABEL} is written {@code aria-label}. */
  enum Attr {
    ARIA_LABEL, ARIA_LABELLEDBY, ARIA_LIVE, CHARSET, CHECKED, CLASS, COLSPAN, CONTENT,
    DATA_TOOL, DATA_VERDICT, DATETIME, HIDDEN, ID, LANG, NAME, ROLE, SCOPE, TITLE, TYPE, VALUE;

    final String name = name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private final StringBuilder out;
  private final HtmlElement parent;
  /** Null for a fragment, which writes its content only. */
  private final Tag tag;
  private boolean started;

  private HtmlElement(StringBuilder out, HtmlElement parent, Tag tag) {
    this.out = out;
    this.parent = parent;
    this.tag = tag;
    if (tag == null) {
      started = true;
    } else {
      out.append('<').append(tag.name);
    }
  }

  /** Opens a top-level element in {@code out}. */
  static HtmlElement open(StringBuilder out, Tag tag) {
    return new HtmlElement(out, null, tag);
  }

  /** Content with no element around it: the place a page or a piece of one is written into. */
  static HtmlElement fragment(StringBuilder out) {
    return new HtmlElement(out, null, null);
  }

  /** Starts a page in {@code out}: the doctype, then the fragment the page is written into. */
  static HtmlElement document(StringBuilder out) {
    out.append("<!DOCTYPE html>\n");
    return fragment(out);
  }

  /** Opens a child element; close it before writing more into this one. */
  HtmlElement element(Tag child) {
    start();
    return new HtmlElement(out, this, child);
  }

  /** Opens a child element with a class. */
  HtmlElement element(Tag child, String cssClass) {
    return element(child).attr(Attr.CLASS, cssClass);
  }

  /** An attribute, its value escaped; only before the element's first content. */
  HtmlElement attr(Attr name, String value) {
    beforeContent(name);
    out.append(' ').append(name.name).append("=\"").append(HtmlText.attribute(value))
        .append('"');
    return this;
  }

  /** A number as an attribute value. */
  HtmlElement attr(Attr name, int value) {
    return attr(name, Integer.toString(value));
  }

  /** A boolean attribute ({@code hidden}, {@code checked}): present means true. */
  HtmlElement flag(Attr name) {
    beforeContent(name);
    out.append(' ').append(name.name);
    return this;
  }

  /**
   * Text content, escaped, with invisible characters shown as marked {@code U+XXXX}, so a bidi
   * override cannot make a purpose read differently from what the code declares.
   */
  HtmlElement text(String value) {
    start();
    int plain = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      // Printable ASCII is never invisible; asked first, as nearly every character is.
      if (c >= ' ' && c <= '~') {
        continue;
      }
      if (HumanText.isInvisible(value, i)) {
        HtmlText.escape(value, plain, i, out);
        element(Tag.SPAN, "cp").attr(Attr.TITLE, "invisible character")
            .text(HumanText.codePoint(value.charAt(i))).close();
        plain = i + 1;
      }
    }
    HtmlText.escape(value, plain, value.length(), out);
    return this;
  }

  /**
   * The report's own wording, escaped as {@link #text} except its apostrophes, which element
   * content does not need escaped and the report has always written as they are.
   */
  HtmlElement prose(String words) {
    int start = 0;
    for (int quote = words.indexOf('\''); quote >= 0; quote = words.indexOf('\'', start)) {
      text(words.substring(start, quote));
      out.append('\'');
      start = quote + 1;
    }
    return text(words.substring(start));
  }

  /** A number as text. */
  HtmlElement text(int value) {
    return text(Integer.toString(value));
  }

  /** A line break in the markup, between elements; it keeps the page's source readable. */
  HtmlElement newline() {
    return text("\n");
  }

  /**
   * A Java name or path as text, with line-break opportunities ({@code <wbr>}) after each
   * {@code .}, {@code /}, {@code #}, {@code (} and {@code ,} so a narrow column wraps it between
   * its parts.
   */
  HtmlElement name(String value) {
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '.' || c == '/' || c == '#' || c == '(' || c == ',') {
        text(value.substring(start, i + 1)).element(Tag.WBR).close();
        start = i + 1;
      }
    }
    return text(value.substring(start));
  }

  /** A child element holding only {@code text}. */
  HtmlElement textElement(Tag child, String text) {
    element(child).text(text).close();
    return this;
  }

  /** A child element holding only {@code text}, with a class. */
  HtmlElement textElement(Tag child, String cssClass, String text) {
    element(child, cssClass).text(text).close();
    return this;
  }

  /** One of the plugin's own style sheets or scripts, written as it is. */
  HtmlElement resource(HtmlStyle resource) {
    start();
    out.append(resource.content());
    return this;
  }

  /** Closes this element and returns its parent (null for a top-level one). */
  HtmlElement close() {
    start();
    if (tag != null && !tag.isVoid) {
      out.append("</").append(tag.name).append('>');
    }
    return parent;
  }

  /** Closes this element, then starts a new line in its parent. */
  HtmlElement closeLine() {
    HtmlElement enclosing = close();
    out.append('\n');
    return enclosing;
  }

  private void beforeContent(Attr name) {
    if (started) {
      throw new IllegalStateException(name.name + " after the content of <"
          + (tag == null ? "fragment" : tag.name) + ">");
    }
  }

  private void start() {
    if (!started) {
      out.append('>');
      started = true;
    }
  }
}
