package dev.genaiguidelines.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The sidecar writer escapes exactly what {@link UnsafeChars} calls unsafe, bar JSON's own
 * metacharacters; {@code dev.genaiguidelines.policy.UnsafeCharsTest} proves that this copy of the
 * definition agrees with the policy module's.
 */
class SidecarEscapingTest {

  @Test
  void escapesExactlyTheUnsafeCharacters() {
    for (int code = 0; code <= 0xFFFF; code++) {
      char c = (char) code;
      String alone = String.valueOf(c);
      StringBuilder json = new StringBuilder();
      GenAiProvenance.quote(json, alone);
      assertEquals(UnsafeChars.isUnsafe(alone, 0) || c == '"' || c == '\\',
          !json.toString().equals('"' + alone + '"'), String.format("U+%04X", code));
    }
  }

  @Test
  void escapesTheSoftHyphenAndABidiOverride() {
    StringBuilder json = new StringBuilder();
    GenAiProvenance.quote(json, "run\u00ADway \u202Egnp.exe");
    assertEquals("\"run\\u00adway \\u202egnp.exe\"", json.toString());
  }

  @Test
  void writesPrintableTextAndPairsAsTheyAre() {
    StringBuilder json = new StringBuilder();
    GenAiProvenance.quote(json, "run-way é 🎬");
    assertEquals("\"run-way é 🎬\"", json.toString());
  }
}
