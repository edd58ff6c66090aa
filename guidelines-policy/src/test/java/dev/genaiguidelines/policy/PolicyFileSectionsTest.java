package dev.genaiguidelines.policy;

import static dev.genaiguidelines.policy.PolicyFileReaderTest.assertError;
import static dev.genaiguidelines.policy.PolicyFileReaderTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each section of the policy file: what it accepts, and the exact message for each mistake. */
class PolicyFileSectionsTest {
  private static final String TOOL = """
      tools:
        - id: runway-gen4
          vendor: Runway
          enterpriseSecured: true
          trainsOnInputs: false
          retainsInputs: false
      """;
  private static final String TOOL_KEYS =
      "id, vendor, enterpriseSecured, trainsOnInputs, retainsInputs, agreement";

  private static String approval(String uses, String date, String expires) {
    return "approvals:\n  - id: APR-1\n    uses: " + uses + "\n    approvedBy: Studio Legal\n"
        + "    date: " + date + "\n" + (expires == null ? "" : "    expires: " + expires + "\n");
  }

  // --- tools ---

  @Test
  void toolWithOnlyRequiredKeys() throws Exception {
    Policy policy = parse("tools:\n  - id: 42\n    enterpriseSecured: false\n"
        + "    trainsOnInputs: true\n    retainsInputs: true\n    agreement: 2025014\n");

    assertEquals(Map.of("42", new Tool("42", "", false, true, true, "2025014")), policy.tools());
  }

  @Test
  void unknownToolKeySuggestsTheClosest() {
    assertError(PolicyFileReaderTest.SPEC_EXAMPLE.replace("    retainsInputs: false\n",
            "    enterpriseSecure: false\n"),
        "genai-policy.yaml:7:5: unknown key 'enterpriseSecure' in tool 'runway-gen4'; expected one "
            + "of: " + TOOL_KEYS + " (did you mean 'enterpriseSecured'?)");
  }

  @Test
  void unknownKeyInAToolWithoutIdIsNamedByPosition() {
    assertError("tools:\n  - name: x\n", "genai-policy.yaml:2:5: unknown key 'name' in tools entry 1;"
        + " expected one of: " + TOOL_KEYS);
  }

  @Test
  void duplicateKeyInATool() {
    assertError(TOOL + "    vendor: Other\n", "genai-policy.yaml:7:5: duplicate key 'vendor' in "
        + "tool 'runway-gen4'; it is first set on line 3");
  }

  @Test
  void toolWithoutId() {
    assertError("tools:\n  - vendor: Runway\n", "genai-policy.yaml:2:5: missing required key 'id' "
        + "in tools entry 1; expected the tool id that @GenAiUse(tool = ...) names");
  }

  @Test
  void toolWithoutDataPractices() {
    assertError(TOOL.replace("    trainsOnInputs: false\n", ""), "genai-policy.yaml:2:5: missing "
        + "required key 'trainsOnInputs' in tool 'runway-gen4'; expected true or false: does the "
        + "tool store, reuse or train on inputs or outputs?");
    assertError(TOOL.replace("    retainsInputs: false\n", ""), "genai-policy.yaml:2:5: missing "
        + "required key 'retainsInputs' in tool 'runway-gen4'; expected true or false: does the "
        + "tool keep inputs after the request?");
  }

  @Test
  void yesIsNotABoolean() {
    assertError(TOOL.replace("enterpriseSecured: true", "enterpriseSecured: yes"),
        "genai-policy.yaml:4:24: 'enterpriseSecured' in tool 'runway-gen4': expected true or "
            + "false, got 'yes'");
  }

  @Test
  void quotedTrueIsNotABoolean() {
    assertError(TOOL.replace("trainsOnInputs: false", "trainsOnInputs: \"false\""),
        "genai-policy.yaml:5:21: 'trainsOnInputs' in tool 'runway-gen4': expected true or false, "
            + "got 'false' (a quoted string); write true or false without quotes");
  }

  @Test
  void numberIsNotABoolean() {
    assertError(TOOL.replace("retainsInputs: false", "retainsInputs: 0"),
        "genai-policy.yaml:6:20: 'retainsInputs' in tool 'runway-gen4': expected true or false, "
            + "got the number 0");
  }

  @Test
  void listWhereAStringIsExpected() {
    assertError(TOOL.replace("vendor: Runway", "vendor: [Runway]"), "genai-policy.yaml:3:13: "
        + "'vendor' in tool 'runway-gen4': expected a string, got a list");
  }

  @Test
  void toolsWrittenAsAMappingById() {
    assertError("tools:\n  runway-gen4:\n    vendor: Runway\n", "genai-policy.yaml:2:3: 'tools' at "
        + "the top level: expected a list of tools (each entry starts with '- id:'), got a mapping");
  }

  @Test
  void toolEntryThatIsNotAMapping() {
    assertError("tools:\n  - runway-gen4\n", "genai-policy.yaml:2:5: tools entry 1: expected a "
        + "mapping with the keys " + TOOL_KEYS + ", got 'runway-gen4'");
  }

  @Test
  void duplicateToolIdNamesTheFirstLine() {
    assertError(TOOL + TOOL.substring("tools:\n".length()), "genai-policy.yaml:7:9: duplicate tool "
        + "id 'runway-gen4'; it is first defined on line 2");
  }

  @Test
  void toolIdsAreCaseSensitive() throws Exception {
    Policy policy = parse(TOOL + TOOL.substring("tools:\n".length()).replace("runway", "Runway"));
    assertEquals(List.of("Runway-gen4", "runway-gen4"), List.copyOf(policy.tools().keySet()));
  }

  @Test
  void blankToolId() {
    assertError(TOOL.replace("id: runway-gen4", "id: \"\""), "genai-policy.yaml:2:9: 'id' in tools "
        + "entry 1: expected a tool id, got ''");
  }

  @Test
  void toolIdWithSpaces() {
    assertError(TOOL.replace("id: runway-gen4", "id: ' runway-gen4'"), "genai-policy.yaml:2:9: 'id' "
        + "in tool ' runway-gen4': ' runway-gen4' has spaces at its start or end; write "
        + "'runway-gen4'");
  }

  // --- approvals ---

  @Test
  void approvalWithoutExpiry() throws Exception {
    Policy policy = parse(approval("[a1, b.2]", "2025-09-01", null));

    assertEquals(Map.of("APR-1", new Approval("APR-1", List.of("a1", "b.2"), "Studio Legal",
        LocalDate.of(2025, 9, 1), Optional.empty())), policy.approvals());
  }

  @Test
  void approvalThatExpiresOnItsDateIsValid() throws Exception {
    Policy policy = parse(approval("[a1]", "2025-09-01", "2025-09-01"));
    assertEquals(Optional.of(LocalDate.of(2025, 9, 1)), policy.approvals().get("APR-1").expires());
  }

  @Test
  void approvalExpiringBeforeItsDate() {
    assertError(approval("[a1]", "2025-09-01", "2025-08-31"), "genai-policy.yaml:6:14: 'expires' "
        + "in approval 'APR-1' is 2025-08-31, before its date 2025-09-01; an approval cannot expire"
        + " before it is given");
  }

  @Test
  void impossibleDate() {
    assertError(approval("[a1]", "2025-13-01", null), "genai-policy.yaml:5:11: 'date' in approval "
        + "'APR-1': expected a date YYYY-MM-DD, got '2025-13-01'");
  }

  @Test
  void dateNotInIsoForm() {
    assertError(approval("[a1]", "01/09/2025", null), "genai-policy.yaml:5:11: 'date' in approval "
        + "'APR-1': expected a date YYYY-MM-DD, got '01/09/2025'");
    assertError(approval("[a1]", "2025-9-1", null), "genai-policy.yaml:5:11: 'date' in approval "
        + "'APR-1': expected a date YYYY-MM-DD, got '2025-9-1'");
    assertError(approval("[a1]", "20250901", null), "genai-policy.yaml:5:11: 'date' in approval "
        + "'APR-1': expected a date YYYY-MM-DD, got the number 20250901");
  }

  @Test
  void badExpiryDate() {
    assertError(approval("[a1]", "2025-09-01", "2026-02-30"), "genai-policy.yaml:6:14: 'expires' "
        + "in approval 'APR-1': expected a date YYYY-MM-DD, got '2026-02-30'");
  }

  @Test
  void approvalWithoutDate() {
    assertError("approvals:\n  - id: APR-1\n    uses: [a1]\n    approvedBy: Legal\n",
        "genai-policy.yaml:2:5: missing required key 'date' in approval 'APR-1'; expected the date"
            + " of the approval, YYYY-MM-DD");
  }

  @Test
  void approvalWithoutApprover() {
    assertError("approvals:\n  - id: APR-1\n    uses: [a1]\n    date: 2025-09-01\n",
        "genai-policy.yaml:2:5: missing required key 'approvedBy' in approval 'APR-1'; expected "
            + "who gave the approval, e.g. Studio Legal");
    assertError(approval("[a1]", "2025-09-01", null).replace("Studio Legal", "''"),
        "genai-policy.yaml:4:17: 'approvedBy' in approval 'APR-1': expected who gave the approval,"
            + " e.g. Studio Legal, got ''");
  }

  @Test
  void approvalKeyMisspelled() {
    assertError(approval("[a1]", "2025-09-01", null).replace("approvedBy", "approved_by"),
        "genai-policy.yaml:4:5: unknown key 'approved_by' in approval 'APR-1'; expected one of: "
            + "id, uses, approvedBy, date, expires, signature, statement (did you mean 'approvedBy'?)");
  }

  @Test
  void usesWrittenAsASingleValue() {
    assertError(approval("crowd-extension", "2025-09-01", null), "genai-policy.yaml:3:11: 'uses' "
        + "in approval 'APR-1': expected a list of use ids, got 'crowd-extension'; write "
        + "[crowd-extension]");
  }

  @Test
  void usesWrittenAsAMapping() {
    assertError(approval("{crowd-extension: true}", "2025-09-01", null), "genai-policy.yaml:3:11: "
        + "'uses' in approval 'APR-1': expected a list of use ids, got a mapping");
  }

  @Test
  void useIdNotMatchingThePattern() {
    assertError(approval("[crowd-extension, Crowd_Extension]", "2025-09-01", null),
        "genai-policy.yaml:3:29: 'uses' in approval 'APR-1': 'Crowd_Extension' is not a use id; "
            + "use ids match [a-z0-9][a-z0-9.-]{1,63}");
  }

  @Test
  void useIdThatIsAList() {
    assertError(approval("[[a1]]", "2025-09-01", null), "genai-policy.yaml:3:12: 'uses' in "
        + "approval 'APR-1': expected a string, got a list");
  }

  @Test
  void emptyUses() {
    assertError(approval("[]", "2025-09-01", null), "genai-policy.yaml:3:11: 'uses' in approval "
        + "'APR-1': expected at least one use id, got an empty list");
  }

  @Test
  void useListedTwice() {
    assertError(approval("[a1, a1]", "2025-09-01", null), "genai-policy.yaml:3:16: 'uses' in "
        + "approval 'APR-1': 'a1' is listed twice");
  }

  @Test
  void duplicateApprovalId() {
    String one = approval("[a1]", "2025-09-01", null);
    assertError(one + one.substring("approvals:\n".length()), "genai-policy.yaml:6:9: duplicate "
        + "approval id 'APR-1'; it is first defined on line 2");
  }

  // --- consents ---

  @Test
  void consentWithoutExpiry() throws Exception {
    Policy policy = parse("consents:\n  - id: CON-1\n    uses: [de-aging]\n    performer: A. P\n");
    assertEquals(Map.of("CON-1", new Consent("CON-1", List.of("de-aging"), "A. P",
        Optional.empty())), policy.consents());
  }

  @Test
  void consentWithoutPerformer() {
    assertError("consents:\n  - id: CON-1\n    uses: [de-aging]\n", "genai-policy.yaml:2:5: missing"
        + " required key 'performer' in consent 'CON-1'; expected the performer who gave consent");
  }

  @Test
  void consentWithoutUses() {
    assertError("consents:\n  - id: CON-1\n    performer: A. P\n", "genai-policy.yaml:2:5: missing "
        + "required key 'uses' in consent 'CON-1'; expected the list of use ids it covers, e.g. "
        + "[crowd-extension]");
  }

  @Test
  void consentHasNoDate() {
    assertError("consents:\n  - id: CON-1\n    date: 2025-01-01\n", "genai-policy.yaml:3:5: unknown "
        + "key 'date' in consent 'CON-1'; expected one of: id, uses, performer, expires, signature, statement");
  }

  @Test
  void blankConsentId() {
    assertError("consents:\n  - id: ' '\n    uses: [a1]\n    performer: P\n", "genai-policy.yaml:"
        + "2:9: 'id' in consents entry 1: expected a consent id, got ' '");
  }

  @Test
  void duplicateConsentId() {
    String one = "  - id: CON-1\n    uses: [a1]\n    performer: P\n";
    assertError("consents:\n" + one + one, "genai-policy.yaml:5:9: duplicate consent id 'CON-1'; "
        + "it is first defined on line 2");
  }

  @Test
  void consentsAsAScalar() {
    assertError("consents: CON-1\n", "genai-policy.yaml:1:11: 'consents' at the top level: expected"
        + " a list of consents (each entry starts with '- id:'), got 'CON-1'");
  }
}
