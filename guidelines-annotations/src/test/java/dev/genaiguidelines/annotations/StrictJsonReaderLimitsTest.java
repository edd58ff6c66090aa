package dev.genaiguidelines.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The size limit the caller gives, and the limits every document shares. */
class StrictJsonReaderLimitsTest {

  @Test
  void aDocumentOfExactlyTheLimitIsRead() throws Exception {
    byte[] bytes = "[\"abc\"]".getBytes(StandardCharsets.UTF_8);
    assertEquals(StrictJsonReader.Kind.ARRAY, StrictJsonReader.parse(bytes, bytes.length).kind());
  }

  @Test
  void oneByteMoreIsRefusedForTheWholeFile() {
    byte[] bytes = "[\"abc\"]".getBytes(StandardCharsets.UTF_8);
    StrictJsonReader.SyntaxError e = assertThrows(StrictJsonReader.SyntaxError.class,
        () -> StrictJsonReader.parse(bytes, bytes.length - 1));
    assertEquals("is 7 bytes long: expected at most 6 bytes", e.getMessage());
    assertEquals(0, e.line());
    assertEquals(0, e.column());
  }

  @Test
  void theDepthAndByteOrderMarkRulesHoldWhateverTheSize() {
    StrictJsonReader.SyntaxError deep = assertThrows(StrictJsonReader.SyntaxError.class,
        () -> StrictJsonReader.parse("[".repeat(17).getBytes(StandardCharsets.UTF_8),
            StrictJsonReader.MAX_REPORT_BYTES));
    assertEquals("nests deeper than 16 levels: expected a flatter document", deep.getMessage());
    StrictJsonReader.SyntaxError bom = assertThrows(StrictJsonReader.SyntaxError.class,
        () -> StrictJsonReader.parse("\uFEFF[]".getBytes(StandardCharsets.UTF_8),
            StrictJsonReader.MAX_REPORT_BYTES));
    assertEquals("starts with a byte order mark: expected plain UTF-8 without one",
        bom.getMessage());
  }

  @Test
  void sixteenLevelsAreRead() throws Exception {
    String deep = "[".repeat(16) + "]".repeat(16);
    assertEquals(StrictJsonReader.Kind.ARRAY, StrictJsonReader.parse(
        deep.getBytes(StandardCharsets.UTF_8), StrictJsonReader.MAX_REPORT_BYTES).kind());
  }

  @Test
  void anInvisibleCharacterWhereAValueBelongsIsNamedByItsCodePoint() {
    StrictJsonReader.SyntaxError e = assertThrows(StrictJsonReader.SyntaxError.class,
        () -> StrictJsonReader.parse("[\u202E]".getBytes(StandardCharsets.UTF_8), 100));
    assertEquals("expected a value, found U+202E", e.getMessage());
    StrictJsonReader.SyntaxError shy = assertThrows(StrictJsonReader.SyntaxError.class,
        () -> StrictJsonReader.parse("[\u00AD]".getBytes(StandardCharsets.UTF_8), 100));
    assertEquals("expected a value, found U+00AD", shy.getMessage());
  }

  @Test
  void twinAVisibleCharacterWhereAValueBelongsIsQuoted() {
    StrictJsonReader.SyntaxError e = assertThrows(StrictJsonReader.SyntaxError.class,
        () -> StrictJsonReader.parse("[x]".getBytes(StandardCharsets.UTF_8), 100));
    assertEquals("expected a value, found 'x'", e.getMessage());
  }
}
