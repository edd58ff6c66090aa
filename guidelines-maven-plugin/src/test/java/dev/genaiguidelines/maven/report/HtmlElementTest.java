package dev.genaiguidelines.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.maven.report.HtmlElement.Attr;
import dev.genaiguidelines.maven.report.HtmlElement.Tag;
import org.junit.jupiter.api.Test;

/** Elements nest and close in order, and every value is escaped on the way in. */
class HtmlElementTest {

  @Test
  void nestsAndClosesInOrder() {
    StringBuilder html = new StringBuilder();
    HtmlElement list = HtmlElement.open(html, Tag.UL).attr(Attr.CLASS, "finding-list");
    list.element(Tag.LI, "finding").element(Tag.STRONG).text("Fix:").close().text(" now")
        .close();
    list.close();
    assertEquals("<ul class=\"finding-list\"><li class=\"finding\"><strong>Fix:</strong> now"
        + "</li></ul>", html.toString());
  }

  @Test
  void escapesTextAndAttributesByConstruction() {
    StringBuilder html = new StringBuilder();
    HtmlElement.open(html, Tag.SPAN).attr(Attr.TITLE, "\"><script>x()</script>\u202E")
        .text("<b>a & b</b>\u202E").close();
    assertEquals("<span title=\"&quot;&gt;&lt;script&gt;x()&lt;/script&gt;&#xFFFD;\">"
        + "&lt;b&gt;a &amp; b&lt;/b&gt;<span class=\"cp\" title=\"invisible character\">U+202E"
        + "</span></span>", html.toString());
  }

  @Test
  void twinPlainTextIsWrittenAsItIs() {
    StringBuilder html = new StringBuilder();
    HtmlElement.open(html, Tag.SPAN).attr(Attr.TITLE, "rule").text("GAI101").close();
    assertEquals("<span title=\"rule\">GAI101</span>", html.toString());
  }

  @Test
  void anAttributeAfterContentIsRefused() {
    HtmlElement span = HtmlElement.open(new StringBuilder(), Tag.SPAN).text("x");
    assertThrows(IllegalStateException.class, () -> span.attr(Attr.CLASS, "late"));
  }

  @Test
  void anEmptyElementIsOpenedAndClosed() {
    StringBuilder html = new StringBuilder();
    HtmlElement.open(html, Tag.UL).close();
    assertEquals("<ul></ul>", html.toString());
  }

  @Test
  void voidElementsAndFlagsHaveNoEndTagOrValue() {
    StringBuilder html = new StringBuilder();
    HtmlElement.open(html, Tag.LABEL).element(Tag.INPUT).attr(Attr.TYPE, "checkbox")
        .flag(Attr.CHECKED).close().text(" Approved").close();
    assertEquals("<label><input type=\"checkbox\" checked> Approved</label>", html.toString());
  }

  @Test
  void attributeNamesAreWrittenWithHyphens() {
    StringBuilder html = new StringBuilder();
    HtmlElement.open(html, Tag.SECTION).attr(Attr.ARIA_LABELLEDBY, "uses-title")
        .attr(Attr.DATA_VERDICT, "APPROVED").attr(Attr.COLSPAN, 7).close();
    assertEquals("<section aria-labelledby=\"uses-title\" data-verdict=\"APPROVED\""
        + " colspan=\"7\"></section>", html.toString());
  }

  @Test
  void aNameBreaksAfterItsSeparatorsAndEscapesEachPart() {
    StringBuilder html = new StringBuilder();
    HtmlElement.fragment(html).name("a.<b>#c");
    assertEquals("a.<wbr>&lt;b&gt;#<wbr>c", html.toString());
  }

  @Test
  void twinANameWithoutSeparatorsIsPlainText() {
    StringBuilder html = new StringBuilder();
    HtmlElement.fragment(html).name("Foo");
    assertEquals("Foo", html.toString());
  }

  @Test
  void proseKeepsApostrophesButEscapesMarkup() {
    StringBuilder html = new StringBuilder();
    HtmlElement.fragment(html).prose("the ledger's <records>");
    assertEquals("the ledger's &lt;records&gt;", html.toString());
  }

  @Test
  void twinTextEscapesApostrophes() {
    StringBuilder html = new StringBuilder();
    HtmlElement.fragment(html).text("the ledger's");
    assertEquals("the ledger&#39;s", html.toString());
  }

  @Test
  void aFragmentTakesNoAttributes() {
    HtmlElement fragment = HtmlElement.fragment(new StringBuilder());
    assertThrows(IllegalStateException.class, () -> fragment.attr(Attr.CLASS, "x"));
  }

  @Test
  void aDocumentStartsWithTheDoctypeAndTakesResourcesAsTheyAre() {
    StringBuilder html = new StringBuilder();
    HtmlElement.document(html).element(Tag.STYLE).resource(HtmlStyle.CHANGES_CSS).close();
    assertEquals("<!DOCTYPE html>\n<style>" + HtmlStyle.CHANGES_CSS.content() + "</style>",
        html.toString());
    assertTrue(HtmlStyle.CHANGES_CSS.content().contains("{"),
        "report-changes.css is read from the jar: " + HtmlStyle.CHANGES_CSS.content());
  }
}
