package dev.genaiguidelines.maven.report;

import java.util.Locale;

/**
 * Writes HTML elements that escape by construction (JaCoCo's {@code HTMLElement} is the model):
 * tags and attribute names come from {@link Tag} and {@link Attr}, attribute values and text are
 * always escaped by {@link HtmlText}, so a writer cannot emit declared data as markup.
 *
 * <p>An element is open from {@link #element} until its {@link #close()}; attributes go before
 * its first content. Output is appended to the builder the report is written into.
 */
final class HtmlElement {

  /** The tags the report writes; a tag outside this list cannot be written. */
  enum Tag {
    CAPTION, CODE, H2, LI, P, SECTION, SPAN, STRONG, TABLE, TBODY, TD, TH, THEAD, TR, UL;

    final String name = name().toLowerCase(Locale.ROOT);
  }

  /** The attribute names the report writes. */
  enum Attr {
    ARIA_LABELLEDBY, CLASS, ID, SCOPE, TITLE;

    final String name = name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private final StringBuilder out;
  private final HtmlElement parent;
  private final Tag tag;
  private boolean started;

  private HtmlElement(StringBuilder out, HtmlElement parent, Tag tag) {
    this.out = out;
    this.parent = parent;
    this.tag = tag;
    out.append('<').append(tag.name);
  }

  /** Opens a top-level element in {@code out}. */
  static HtmlElement open(StringBuilder out, Tag tag) {
    return new HtmlElement(out, null, tag);
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
    if (started) {
      throw new IllegalStateException(name.name + " after the content of <" + tag.name + ">");
    }
    out.append(' ').append(name.name).append("=\"").append(HtmlText.attribute(value))
        .append('"');
    return this;
  }

  /** Text content, escaped, with invisible characters shown as marked {@code U+XXXX}. */
  HtmlElement text(String value) {
    start();
    out.append(HtmlText.text(value));
    return this;
  }

  /** A line break in the page source, between child elements, as the report's source reads. */
  HtmlElement newline() {
    start();
    out.append('\n');
    return this;
  }

  /**
   * Content another writer of the report renders into the same output with its own elements,
   * such as a list of findings.
   */
  HtmlElement content(java.util.function.Consumer<StringBuilder> writer) {
    start();
    writer.accept(out);
    return this;
  }

  /** A child element holding only {@code text}, with a class. */
  HtmlElement textElement(Tag child, String cssClass, String text) {
    element(child, cssClass).text(text).close();
    return this;
  }

  /** Closes this element and returns its parent (null for a top-level one). */
  HtmlElement close() {
    start();
    out.append("</").append(tag.name).append('>');
    return parent;
  }

  private void start() {
    if (!started) {
      out.append('>');
      started = true;
    }
  }
}
