package dev.genaiguidelines.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.policy.Rule;
import dev.genaiguidelines.policy.UnsafeChars;
import org.junit.jupiter.api.Test;

/**
 * Every report escaper is a thin layer on {@link UnsafeChars}: over every {@code char}, each one
 * escapes exactly the characters the definition calls unsafe (bar the line breaks and tabs a
 * format lays out itself, and the metacharacters of its own syntax).
 */
class UnsafeCharsEscapersTest {

  @Test
  void everyEscaperAgreesWithTheDefinitionOnEveryChar() {
    for (int code = 0; code <= 0xFFFF; code++) {
      char c = (char) code;
      String alone = String.valueOf(c);
      boolean unsafe = UnsafeChars.isUnsafe(alone, 0);
      boolean laidOut = c == '\n' || c == '\t' || c == '\r';
      String which = String.format("U+%04X", code);

      assertEquals(unsafe, !Rule.visible(alone).equals(alone), "Rule.visible " + which);
      assertEquals(unsafe || c == '"' || c == '\\',
          !new JsonWriter().value(alone).toString().equals('"' + alone + "\"\n"),
          "JsonWriter " + which);
      assertEquals(unsafe && !laidOut, HtmlText.text(alone).contains("class=\"cp\""),
          "HtmlText.text " + which);
      if (c != '\uFFFD') {
        assertEquals(unsafe && !laidOut, HtmlText.attribute(alone).equals("&#xFFFD;"),
            "HtmlText.attribute " + which);
      }
      assertEquals(unsafe && !laidOut, MarkdownReport.text(alone).contains("⟦U+"),
          "MarkdownReport.text " + which);
    }
  }

  @Test
  void aSurrogatePairIsKeptWholeByEveryEscaper() {
    String clapper = "\uD83C\uDFAC";
    assertEquals(clapper, Rule.visible(clapper));
    assertEquals("\"" + clapper + "\"\n", new JsonWriter().value(clapper).toString());
    // HTML writes every character above U+00FF as its reference: the pair as one code point.
    assertEquals("&#x1F3AC;", HtmlText.text(clapper));
    assertEquals("&#x1F3AC;", HtmlText.attribute(clapper));
    assertEquals(clapper, MarkdownReport.text(clapper));
  }

  @Test
  void aLoneSurrogateIsEscapedByEveryEscaper() {
    String lone = "a\uD83Cb";
    assertEquals("a\\uD83Cb", Rule.visible(lone));
    assertEquals("\"a\\ud83cb\"\n", new JsonWriter().value(lone).toString());
    assertEquals("a<span class=\"cp\" title=\"invisible character\">U+D83C</span>b",
        HtmlText.text(lone));
    assertEquals("a&#xFFFD;b", HtmlText.attribute(lone));
    assertEquals("a⟦U+D83C⟧b", MarkdownReport.text(lone));
  }

  /** Regression: the soft hyphen was quoted in build logs but shown as it is in HTML and Markdown. */
  @Test
  void theSoftHyphenIsShownByEveryFormat() {
    String tool = "run\u00ADway";
    assertEquals("run\\u00ADway", Rule.visible(tool));
    assertEquals("\"run\\u00adway\"\n", new JsonWriter().value(tool).toString());
    assertEquals("run<span class=\"cp\" title=\"invisible character\">U+00AD</span>way",
        HtmlText.text(tool));
    assertEquals("run&#xFFFD;way", HtmlText.attribute(tool));
    assertEquals("run⟦U+00AD⟧way", MarkdownReport.text(tool));
  }

  @Test
  void aVisibleHyphenIsWrittenAsItIsByEveryFormat() {
    String tool = "run-way";
    assertEquals(tool, Rule.visible(tool));
    assertEquals("\"run-way\"\n", new JsonWriter().value(tool).toString());
    assertEquals(tool, HtmlText.text(tool));
    assertEquals(tool, HtmlText.attribute(tool));
    assertEquals(tool, MarkdownReport.text(tool));
  }
}
