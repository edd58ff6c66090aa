package dev.genaiguidelines.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    assertEquals("<span title=\"&quot;&gt;&lt;script&gt;x()&lt;/script&gt;\uFFFD\">"
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
}
