package dev.genaiguidelines.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Test
  void prettyPrintsWithTwoSpacesAndATrailingNewline() {
    String json = new JsonWriter().beginObject()
        .member("a", 1)
        .member("b", List.of("x", "y"))
        .name("c").beginObject().member("d", true).endObject()
        .endObject().toString();
    assertEquals("{\n  \"a\": 1,\n  \"b\": [\n    \"x\",\n    \"y\"\n  ],\n  \"c\": {\n"
        + "    \"d\": true\n  }\n}\n", json);
  }

  @Test
  void writesEmptyContainersOnOneLine() {
    String json = new JsonWriter().beginObject()
        .member("list", List.of())
        .name("object").beginObject().endObject()
        .endObject().toString();
    assertEquals("{\n  \"list\": [],\n  \"object\": {}\n}\n", json);
  }

  @Test
  void escapesQuotesBackslashesAndEveryControlCharacter() {
    assertEquals("\"q\\\" b\\\\ n\\n r\\r t\\t b\\b f\\f nul\\u0000 us\\u001f del\\u007f\"\n",
        new JsonWriter().value("q\" b\\ n\n r\r t\t b\b f\f nul\u0000 us\u001f del\u007f")
            .toString());
  }

  @Test
  void escapesLineSeparatorsAndBidiOverridesButNotOtherUnicode() {
    assertEquals("\"a\\u2028b\\u2029c \\u202e é 🎬 /\"\n",
        new JsonWriter().value("a\u2028b\u2029c \u202E é 🎬 /").toString());
  }

  @Test
  void escapesLoneSurrogatesSoTheOutputIsValidUtf8() {
    assertEquals("\"\\ud83c x \\udfac\"\n",
        new JsonWriter().value("\uD83C x \uDFAC").toString());
  }

  @Test
  void refusesToRenderAnUnclosedDocument() {
    JsonWriter json = new JsonWriter().beginObject();
    assertThrows(IllegalStateException.class, json::toString);
  }
}
