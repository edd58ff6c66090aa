package dev.genaiguidelines.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.policy.UnsafeChars;
import org.junit.jupiter.api.Test;

/**
 * A string literal in a generated provider escapes every character {@link UnsafeChars} calls
 * unsafe (and all other non-ASCII, so the source reads the same in any encoding), and writes
 * printable ASCII as it is.
 */
class ProviderLiteralEscapingTest {

  @Test
  void escapesEveryUnsafeCharacter() {
    for (int code = 0; code <= 0xFFFF; code++) {
      char c = (char) code;
      String alone = String.valueOf(c);
      boolean written = ProviderSource.literal(alone).equals('"' + alone + '"');
      if (UnsafeChars.isUnsafe(alone, 0)) {
        assertEquals(false, written, String.format("U+%04X", code));
      }
    }
  }

  @Test
  void writesPrintableAsciiAsItIs() {
    for (char c = ' '; c <= '~'; c++) {
      String alone = String.valueOf(c);
      assertEquals(c != '"' && c != '\\', ProviderSource.literal(alone).equals('"' + alone + '"'),
          alone);
    }
  }

  @Test
  void escapesTheSoftHyphen() {
    assertEquals("\"run\\u00adway\"", ProviderSource.literal("run\u00ADway"));
  }
}
