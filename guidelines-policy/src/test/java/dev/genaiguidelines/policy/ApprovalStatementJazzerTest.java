package dev.genaiguidelines.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the approval-statement parser with Jazzer: whatever the bytes, they
 * are read as a statement whose text is exactly those bytes (one text per statement, so a
 * signature means one thing), or refused with a one-line {@link ApprovalStatementException}.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays the seeds in
 * {@code src/test/resources/dev/genaiguidelines/policy/ApprovalStatementJazzerTestInputs/anyText/}.
 */
class ApprovalStatementJazzerTest {
  // No entry with a line break: Jazzer writes entries into libFuzzer's dictionary file as they
  // are, and a raw line break fails the run (FUZZING.md). The seeds hold real line breaks.
  @FuzzTest(maxDuration = "5m")
  @DictionaryEntries({"genai-guidelines approval statement v1", "project: ", "kind: approval",
      "kind: consent", "id: ", "approvedBy: ", "performer: ", "date: 2025-09-01", "expires: none",
      "use: ", "  declared: no", "  tool: ", "  purpose: ", "  output: FINAL_DELIVERABLE",
      "  inputs: NONE,PERSONAL_DATA", "  creates: PREVIS", "  context: FICTION",
      "  unionCoveredWork: false", "  model: ", "\\u000A", "\\\\"})
  void anyText(byte[] input) {
    ApprovalStatement statement;
    try {
      statement = ApprovalStatement.parse(input);
    } catch (ApprovalStatementException e) {
      assertOneLine(e);
      return;
    }
    assertNotNull(statement);
    // Strictness: anything accepted is exactly what rendering its content writes.
    assertArrayEquals(input, statement.bytes());
  }

  static void assertOneLine(ApprovalStatementException e) {
    String problem = e.problem();
    assertNotNull(problem, "null problem");
    assertFalse(problem.isBlank(), "blank problem");
    assertTrue(e.line() >= 0, () -> "line " + e.line());
    assertTrue(problem.length() <= 500, () -> "a problem of " + problem.length() + " characters");
    for (int i = 0; i < problem.length(); i++) {
      char c = problem.charAt(i);
      int type = Character.getType(c);
      int at = i;
      assertFalse(type == Character.CONTROL || type == Character.FORMAT
              || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR,
          () -> String.format("U+%04X at %d in: %s", (int) c, at, problem));
    }
  }
}
