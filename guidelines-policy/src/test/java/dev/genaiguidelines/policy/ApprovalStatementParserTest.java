package dev.genaiguidelines.policy;

import static dev.genaiguidelines.policy.ApprovalStatementTest.APPROVAL_TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The strict reading of a statement: every way to write it other than the renderer's is named. */
class ApprovalStatementParserTest {

  @Test
  void unknownLineIsRefused() {
    assertRefused(8, "found 'comment: hi'; expected 'use: ...' or the end of the statement",
        APPROVAL_TEXT.replace("use: crowd-extension\n", "comment: hi\nuse: crowd-extension\n"));
    assertRefused(1, "'genai-guidelines approval statement v2' is not the header; expected "
        + "'genai-guidelines approval statement v1'", APPROVAL_TEXT.replace("v1", "v2"));
  }

  @Test
  void linesOutOfOrderAreRefused() {
    assertRefused(5, "found 'date: 2025-09-01'; expected 'approvedBy: ...'", APPROVAL_TEXT
        .replace("approvedBy: Studio Legal\ndate: 2025-09-01\n",
            "date: 2025-09-01\napprovedBy: Studio Legal\n"));
    assertRefused(10, "found '  output: FINAL_DELIVERABLE'; expected '  purpose: ...'",
        APPROVAL_TEXT.replace("  purpose: Extends crowd plates in wide shots.\n", ""));
    assertRefused(10, "use 'crowd-extension' follows use 'sky-replacement'; expected uses "
        + "sorted by id, each once", sky() + crowd());
    assertRefused(19, "use 'sky-replacement' follows use 'sky-replacement'; expected uses "
        + "sorted by id, each once", APPROVAL_TEXT + "use: sky-replacement\n  declared: no\n");
  }

  @Test
  void badEscapesAreRefused() {
    assertRefused(10, "the purpose value 'Extends\\x' has a bad escape; expected only \\\\ "
        + "and \\uXXXX with upper-case hex digits", purpose("Extends\\x"));
    assertRefused(10, "the purpose value 'a\\u00ad' has a bad escape; expected only \\\\ and "
        + "\\uXXXX with upper-case hex digits", purpose("a\\u00ad"));
    assertRefused(10, "the purpose value 'a\\' has a bad escape; expected only \\\\ and "
        + "\\uXXXX with upper-case hex digits", purpose("a\\"));
    // Well-formed, but the renderer writes 'A' as itself.
    assertRefused(10, "'  purpose: \\u0041' is not written as the statement writes it; "
        + "expected '  purpose: A' (uses sorted by id, inputs and creates in enum order without "
        + "duplicates, escapes only where needed)", purpose("\\u0041"));
    // Negative twin: the same escapes where the renderer writes them read back.
    ApprovalStatement twin = parse(purpose("a\\u00AD\\\\x"));
    assertEquals("a\u00AD\\x", twin.uses().get(0).declared().orElseThrow().purpose());
  }

  @Test
  void unescapedInvisibleCharacterIsRefused() {
    assertRefused(10, "holds U+202E unescaped; expected it written \\u202E",
        purpose("a\u202Eb"));
    assertRefused(10, "holds U+0009 unescaped; expected it written \\u0009", purpose("a\tb"));
  }

  @Test
  void lineEndsOtherThanOneLfAreRefused() {
    assertRefused(2, "holds a CR; expected LF line ends only",
        APPROVAL_TEXT.replace("\nkind", "\r\nkind"));
    assertRefused(18, "the text does not end with a line break; expected every line, the last "
        + "too, to end with LF", APPROVAL_TEXT.strip());
    assertRefused(19, "found ''; expected 'use: ...' or the end of the statement",
        APPROVAL_TEXT + "\n");
  }

  @Test
  void valuesOfTheWrongKindAreRefused() {
    assertRefused(11, "output 'FINAL' is not one of TEMPORARY, FINAL_DELIVERABLE",
        APPROVAL_TEXT.replace("FINAL_DELIVERABLE", "FINAL"));
    assertRefused(12, "inputs 'VOICE' is not one of NONE, PUBLIC_DOMAIN, PRODUCTION_MATERIAL, "
        + "PERSONAL_DATA, TALENT_LIKENESS, THIRD_PARTY_IP",
        APPROVAL_TEXT.replace("TALENT_LIKENESS", "VOICE"));
    assertRefused(15, "unionCoveredWork 'no' is not a boolean; expected true or false",
        APPROVAL_TEXT.replace("unionCoveredWork: false", "unionCoveredWork: no"));
    assertRefused(7, "expires 'soon' is not a date; expected YYYY-MM-DD or none",
        APPROVAL_TEXT.replace("expires: 2026-09-01", "expires: soon"));
    assertRefused(6, "date '2025-02-30' is not a date; expected YYYY-MM-DD",
        APPROVAL_TEXT.replace("date: 2025-09-01", "date: 2025-02-30"));
    assertRefused(3, "kind 'waiver' is neither; expected approval or consent",
        APPROVAL_TEXT.replace("kind: approval", "kind: waiver"));
  }

  @Test
  void unsortedOrDuplicateEnumsAreRefused() {
    assertRefused(12, "'  inputs: TALENT_LIKENESS,PRODUCTION_MATERIAL' is not written as the "
        + "statement writes it; expected '  inputs: PRODUCTION_MATERIAL,TALENT_LIKENESS' (uses "
        + "sorted by id, inputs and creates in enum order without duplicates, escapes only where "
        + "needed)", APPROVAL_TEXT.replace("PRODUCTION_MATERIAL,TALENT_LIKENESS",
            "TALENT_LIKENESS,PRODUCTION_MATERIAL"));
    assertRefused(13, "'  creates: BACKGROUND_ELEMENT,BACKGROUND_ELEMENT' is not written as the "
        + "statement writes it; expected '  creates: BACKGROUND_ELEMENT' (uses sorted by id, "
        + "inputs and creates in enum order without duplicates, escapes only where needed)",
        APPROVAL_TEXT.replace("creates: BACKGROUND_ELEMENT",
            "creates: BACKGROUND_ELEMENT,BACKGROUND_ELEMENT"));
  }

  @Test
  void truncatedStatementIsRefused() {
    assertRefused(16, "the statement ends; expected '  model: '",
        APPROVAL_TEXT.substring(0, APPROVAL_TEXT.indexOf("  model")));
    assertRefused(1, "the text does not end with a line break; expected every line, the last "
        + "too, to end with LF", "");
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() {
    byte[] bytes = APPROVAL_TEXT.getBytes(StandardCharsets.UTF_8);
    bytes[40] = (byte) 0xC3;
    ApprovalStatementException e = assertThrows(ApprovalStatementException.class,
        () -> ApprovalStatement.parse(bytes));
    assertEquals("approval statement: the bytes are not UTF-8; expected the statement as UTF-8 "
        + "text", e.getMessage());
  }

  private static String purpose(String escaped) {
    return APPROVAL_TEXT.replace("  purpose: Extends crowd plates in wide shots.",
        "  purpose: " + escaped);
  }

  private static String crowd() {
    return APPROVAL_TEXT.substring(APPROVAL_TEXT.indexOf("use: crowd"),
        APPROVAL_TEXT.indexOf("use: sky"));
  }

  private static String sky() {
    return APPROVAL_TEXT.substring(0, APPROVAL_TEXT.indexOf("use: crowd"))
        + APPROVAL_TEXT.substring(APPROVAL_TEXT.indexOf("use: sky"));
  }

  private static ApprovalStatement parse(String text) {
    try {
      return ApprovalStatement.parse(text);
    } catch (ApprovalStatementException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static void assertRefused(int line, String problem, String text) {
    ApprovalStatementException e =
        assertThrows(ApprovalStatementException.class, () -> ApprovalStatement.parse(text));
    assertEquals(problem, e.problem());
    assertEquals(line, e.line(), e::getMessage);
  }
}
