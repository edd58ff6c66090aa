package dev.genaiguidelines.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing of the policy-file reader with Jazzer: whatever the bytes, the reader
 * returns a policy or throws a located, one-line {@link PolicyFileException}; nothing else.
 *
 * <p>Without {@code JAZZER_FUZZ} this is a regression test over the seed corpus in
 * {@code src/test/resources/dev/genaiguidelines/policy/PolicyFileJazzerTestInputs/anyInput/}
 * (real policy files, hostile YAML, and every input a fuzzing run ever found); FUZZING.md has the
 * command for a fuzzing run. {@link PolicyFileFuzzTest} is the cheap, seeded random twin.
 */
class PolicyFileJazzerTest {
  private static final Path FILE = Path.of("genai-policy.yaml");
  /** A message names a value, the expected keys and a hint; it never quotes the whole file. */
  static final int MAX_PROBLEM_LENGTH = 1_000;

  /**
   * A hang is a finding too: fuzzing runs pass libFuzzer a per-input {@code -timeout} through
   * {@code junit.jupiter.execution.timeout.default} (FUZZING.md). A JUnit {@code @Timeout} here
   * would instead limit the whole fuzzing run.
   */
  @FuzzTest(maxDuration = "5m")
  @DictionaryEntries({"policy:", "netflix-2025", "tools:", "approvals:", "consents:",
      "severity:", "detect:", "- id:", "vendor:", "enterpriseSecured:", "trainsOnInputs:",
      "retainsInputs:", "agreement:", "uses:", "approvedBy:", "date:", "expires:", "performer:",
      "packages:", "hosts:", "GAI007:", "GAI104:", "OFF", "PROHIBITED", "true", "false",
      "2025-09-01", "&a", "*a", "<<:", "!!str", "!!binary", "---", "...", "%YAML 1.2", "? ",
      "\"\\r\"", "\"\\u2028\"", "|-", ">+"})
  void anyInput(byte[] input) {
    // Strict decoding happens in PolicyFileReader.read; parse takes text, so feed it text.
    String yaml = new String(input, StandardCharsets.UTF_8);
    Policy policy;
    try {
      policy = PolicyFileReader.parse(yaml, FILE, "genai-policy.yaml");
    } catch (PolicyFileException e) {
      assertLocatedOneLine(yaml, e);
      return;
    }
    assertNotNull(policy);
    assertEquals(Policy.NETFLIX_2025, policy.name());
    assertEquals("genai-policy.yaml", policy.source());
  }

  /** The contract of every rejection, also used by the seeded-random twin. */
  static void assertLocatedOneLine(String yaml, PolicyFileException e) {
    String problem = e.problem();
    assertNotNull(problem, "null problem");
    assertFalse(problem.isBlank(), "blank problem");
    assertTrue(e.line() >= 0, () -> "line " + e.line());
    assertTrue(e.column() >= 0, () -> "column " + e.column());
    assertTrue(e.line() <= lineBreaks(yaml) + 1,
        () -> "line " + e.line() + " past the end of the text: " + e.getMessage());
    assertTrue(e.column() <= yaml.length() + 1, () -> "column " + e.column());
    assertTrue(e.getMessage().startsWith("genai-policy.yaml"), e::getMessage);
    assertTrue(problem.length() <= MAX_PROBLEM_LENGTH,
        () -> "a problem of " + problem.length() + " characters: " + problem.substring(0, 200));
    for (int i = 0; i < problem.length(); i++) {
      char c = problem.charAt(i);
      int at = i;
      // A raw line break would let a crafted value forge a build-log line.
      assertFalse(c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029',
          () -> String.format("line break U+%04X at %d in: %s", (int) c, at, problem));
    }
  }

  /** Counts every character any YAML version treats as a line break, CR LF counting once. */
  private static int lineBreaks(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        count++;
      }
    }
    return count;
  }
}
