package dev.genaiguidelines.maven.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReaderTest {

  @Test
  void readsEveryKindOfValueInDocumentOrder() throws Exception {
    Object value = JsonReader.parse("""
        {"b": [1, -2, 3.5, 1e3, true, false, null],
         "a": {"text": "x\\"y\\\\z\\/\\n\\t\\u00e9\\ud83c\\udfac"}, "big": 12345678901234567890}
        """);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("b", Arrays.asList(1L, -2L, new BigDecimal("3.5"), new BigDecimal("1e3"), true,
        false, null));
    expected.put("a", Map.of("text", "x\"y\\z/\n\té🎬"));
    expected.put("big", new BigDecimal("12345678901234567890"));
    assertEquals(expected, value);
    assertEquals(List.of("b", "a", "big"), List.copyOf(((Map<?, ?>) value).keySet()));
  }

  @Test
  void emptyContainersScalarsAndAByteOrderMark() throws Exception {
    assertEquals(Map.of(), JsonReader.parse("{ }"));
    assertEquals(List.of(), JsonReader.parse("\uFEFF[]"));
    assertEquals("s", JsonReader.parse(" \"s\" "));
    assertNull(JsonReader.parse("null"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"a\": 1,}|1|9|expected a member name in double quotes, found '}'",
      "{\"a\": 1 \"b\": 2}|1|9|expected ',' or '}' after a member, found '\"'",
      "[1, 2|1|6|expected ',' or ']' after an array element, found the end of the document",
      "{\"a\": tru}|1|7|expected a value, found 't'",
      "{\"a\": 01}|1|8|expected ',' or '}' after a member, found '1'",
      "{\"a\": 1.}|1|9|expected a digit after the decimal point, found '}'",
      "{\"a\": \"x|1|9|unterminated string",
      "{\"a\": \"\\x\"}|1|9|invalid escape \\x in a string",
      "{\"a\": \"\\u12g4\"}|1|9|invalid \\u escape: expected four hex digits",
      "{\"a\": 1, \"a\": 2}|1|10|duplicate member \"a\"",
      "{} {}|1|4|expected the end of the document, found '{'",
      "''|1|1|expected a value, found the end of the document",
      "# not json|1|1|expected a value, found '#'"})
  void saysWhereAndWhyADocumentIsNotJson(String text, int line, int column, String message) {
    JsonReader.SyntaxError e = assertThrows(JsonReader.SyntaxError.class,
        () -> JsonReader.parse(text));
    assertEquals(message, e.getMessage());
    assertEquals(line, e.line(), "line");
    assertEquals(column, e.column(), "column");
  }

  @Test
  void linesAndColumnsCountFromOne() {
    JsonReader.SyntaxError e = assertThrows(JsonReader.SyntaxError.class,
        () -> JsonReader.parse("{\n  \"a\": 1,\n  \"b\"\r\n    2}"));
    assertEquals("expected ':', found '2'", e.getMessage());
    assertEquals(4, e.line());
    assertEquals(5, e.column());
  }

  @Test
  void aRawControlCharacterInAStringIsAnError() {
    JsonReader.SyntaxError e = assertThrows(JsonReader.SyntaxError.class,
        () -> JsonReader.parse("[\"a\tb\"]"));
    assertEquals("control character U+0009 in a string; it must be escaped", e.getMessage());
    assertEquals(4, e.column());
  }

  @Test
  void nestingIsLimitedSoAHostileFileCannotOverflowTheStack() throws Exception {
    String deep = "[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1);
    JsonReader.SyntaxError e = assertThrows(JsonReader.SyntaxError.class,
        () -> JsonReader.parse(deep));
    assertEquals("nested deeper than 64 levels", e.getMessage());
    String allowed = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
    Object outer = JsonReader.parse(allowed);
    for (int level = 1; level < JsonReader.MAX_DEPTH; level++) {
      outer = ((List<?>) outer).get(0);
    }
    assertEquals(List.of(), outer);
  }
}
