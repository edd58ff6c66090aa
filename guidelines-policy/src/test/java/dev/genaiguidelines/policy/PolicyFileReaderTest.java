package dev.genaiguidelines.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy file as a whole: the SPEC's example, file handling, YAML syntax and limits. */
class PolicyFileReaderTest {
  private static final Path FILE = Path.of("genai-policy.yaml");

  /** The example of SPEC.md, "The policy file", byte for byte. */
  static final String SPEC_EXAMPLE = """
      policy: netflix-2025            # the built-in rule set this file extends
      tools:                          # the studio's vetted tool registry
        - id: runway-gen4
          vendor: Runway
          enterpriseSecured: true     # covered by an enterprise agreement that safeguards inputs
          trainsOnInputs: false       # stores, reuses or trains on inputs or outputs
          retainsInputs: false
          agreement: ENT-2025-014     # optional reference
      approvals:                      # the written-approval ledger
        - id: APR-2025-0042
          uses: [crowd-extension]     # use ids it covers
          approvedBy: Studio Legal
          date: 2025-09-01
          expires: 2026-09-01         # optional
      consents:                       # performer consent records
        - id: CON-2025-007
          uses: [de-aging-pass]
          performer: A. Performer
          expires: 2027-01-01         # optional
      severity:                       # per-rule overrides: ERROR, WARNING, INFO or OFF
        GAI007: OFF
      detect:                         # extra markers of GenAI calls, added to the built-in ones
        packages: [com.example.aigateway]
        hosts: [ai-gateway.studio.internal]
      """;

  static Policy parse(String yaml) throws PolicyFileException {
    return PolicyFileReader.parse(yaml, FILE, "genai-policy.yaml");
  }

  static PolicyFileException error(String yaml) {
    return assertThrows(PolicyFileException.class, () -> parse(yaml));
  }

  static void assertError(String yaml, String message) {
    assertEquals(message, error(yaml).getMessage());
  }

  @Test
  void readsEveryFieldOfTheSpecExample() throws Exception {
    Policy policy = parse(SPEC_EXAMPLE);

    assertEquals("netflix-2025", policy.name());
    assertEquals("genai-policy.yaml", policy.source());
    // sha256sum of the example block cut from SPEC.md
    assertEquals("928616f0e65a6c5bf3bd4a43423530a03118de1c7dc7c52eb253cd1f7630a5a6", policy.sha256());
    assertEquals(
        Map.of("runway-gen4", new Tool("runway-gen4", "Runway", true, false, false, "ENT-2025-014")),
        policy.tools());
    assertEquals(
        Map.of("APR-2025-0042", new Approval("APR-2025-0042", List.of("crowd-extension"),
            "Studio Legal", LocalDate.of(2025, 9, 1), Optional.of(LocalDate.of(2026, 9, 1)))),
        policy.approvals());
    assertEquals(
        Map.of("CON-2025-007", new Consent("CON-2025-007", List.of("de-aging-pass"),
            "A. Performer", Optional.of(LocalDate.of(2027, 1, 1)))),
        policy.consents());
    assertTrue(policy.approvalsConfigured());
    assertTrue(policy.consentsConfigured());
    assertEquals(Map.of(Rule.GAI007, Severity.OFF), policy.severities());
    assertEquals(Map.of(), policy.verdicts());
    assertEquals(new DetectionMarkers(List.of("com.example.aigateway"),
        List.of("ai-gateway.studio.internal")), policy.detect());
    assertFalse(policy.isBuiltInOnly());
  }

  @Test
  void minimalFileHasTheBuiltInNameAndNoLedger() throws Exception {
    Policy policy = parse("policy: netflix-2025\n");

    assertEquals("netflix-2025", policy.name());
    assertEquals(Map.of(), policy.tools());
    assertFalse(policy.approvalsConfigured());
    assertFalse(policy.consentsConfigured());
    assertEquals(new DetectionMarkers(List.of(), List.of()), policy.detect());
    assertEquals("1f2108ca08394f4be4d00c620f7f52eda5ae66cd006143c7ed247dd4e15d8b16", policy.sha256());
  }

  @Test
  void policyKeyDefaultsToNetflix2025() throws Exception {
    assertEquals("netflix-2025", parse("tools: []\n").name());
  }

  @Test
  void emptySectionsAreConfiguredButEmpty() throws Exception {
    Policy policy = parse("tools:\napprovals:\nconsents: []\nseverity:\ndetect:\n");

    assertTrue(policy.approvalsConfigured());
    assertTrue(policy.consentsConfigured());
    assertEquals(Map.of(), policy.tools());
    assertEquals(Map.of(), policy.approvals());
    assertEquals(Map.of(), policy.severities());
  }

  @Test
  void anchorsAndAliasesShareValues() throws Exception {
    Policy policy = parse("""
        approvals:
          - id: APR-1
            uses: &shared [de-aging-pass, crowd-extension]
            approvedBy: Studio Legal
            date: 2025-09-01
        consents:
          - id: CON-1
            uses: *shared
            performer: A. Performer
        """);

    assertEquals(List.of("de-aging-pass", "crowd-extension"), policy.consents().get("CON-1").uses());
  }

  @Test
  void crlfLineEndingsAndByteOrderMarkAreRead() throws Exception {
    Policy policy = parse("\uFEFFpolicy: netflix-2025\r\ntools:\r\n  - id: t\r\n"
        + "    enterpriseSecured: true\r\n    trainsOnInputs: false\r\n    retainsInputs: false\r\n");
    assertEquals(new Tool("t", "", true, false, false, ""), policy.tools().get("t"));

    assertEquals("genai-policy.yaml:3:5: missing required key 'enterpriseSecured' in tool 't'; "
        + "expected true or false: is the tool covered by an enterprise agreement that safeguards"
        + " inputs?", error("\uFEFFpolicy: netflix-2025\r\ntools:\r\n  - id: t\r\n").getMessage());
  }

  // --- read(): files, sources, bytes ---

  @Test
  void readRecordsTheSourceRelativeToTheProjectRoot(@TempDir Path root) throws Exception {
    Path atRoot = Files.writeString(root.resolve("genai-policy.yaml"), "policy: netflix-2025\n");
    Path module = Files.createDirectories(root.resolve("module"));
    Path config = Files.createDirectories(root.resolve("config"));
    Path inConfig = Files.writeString(config.resolve("policy.yaml"), "policy: netflix-2025\n");

    assertEquals("genai-policy.yaml", PolicyFileReader.read(atRoot, root).source());
    assertEquals("../genai-policy.yaml", PolicyFileReader.read(atRoot, module).source());
    assertEquals("config/policy.yaml", PolicyFileReader.read(inConfig, root).source());
    assertEquals("policy.yaml", PolicyFileReader.read(inConfig, null).source());
    assertEquals("1f2108ca08394f4be4d00c620f7f52eda5ae66cd006143c7ed247dd4e15d8b16",
        PolicyFileReader.read(atRoot, root).sha256());
  }

  @Test
  void readHashesTheFileBytesIncludingAByteOrderMark(@TempDir Path root) throws Exception {
    Path file = Files.write(root.resolve("genai-policy.yaml"),
        "\uFEFFpolicy: netflix-2025\n".getBytes(StandardCharsets.UTF_8));

    assertEquals("4525c652d67b9456287786838645dc92ed84526ac73d01cf1329627d8ea36940",
        PolicyFileReader.read(file, root).sha256());
  }

  @Test
  void readReportsAMissingFile(@TempDir Path root) {
    Path missing = root.resolve("genai-policy.yaml");
    PolicyFileException e =
        assertThrows(PolicyFileException.class, () -> PolicyFileReader.read(missing, root));

    assertEquals(missing + ": policy file not found", e.getMessage());
    assertEquals(0, e.line());
  }

  @Test
  void readReportsADirectory(@TempDir Path root) throws IOException {
    Path dir = Files.createDirectories(root.resolve("genai-policy.yaml"));
    PolicyFileException e =
        assertThrows(PolicyFileException.class, () -> PolicyFileReader.read(dir, root));

    assertEquals(dir + ": is a directory, not a policy file", e.getMessage());
  }

  @Test
  void readReportsBytesThatAreNotUtf8(@TempDir Path root) throws IOException {
    byte[] latin1 = "policy: netflix-2025\ntools: [caf\u00e9]\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(root.resolve("genai-policy.yaml"), latin1);
    PolicyFileException e =
        assertThrows(PolicyFileException.class, () -> PolicyFileReader.read(file, root));

    assertEquals(file + ":2:12: policy file is not valid UTF-8 (byte 0xE9); save it as UTF-8",
        e.getMessage());
    assertEquals(2, e.line());
    assertEquals(12, e.column());
  }

  @Test
  void readRefusesAHugeFile(@TempDir Path root) throws IOException {
    Path file = Files.write(root.resolve("genai-policy.yaml"),
        new byte[PolicyFileReader.MAX_CODE_POINTS + 1]);
    PolicyFileException e =
        assertThrows(PolicyFileException.class, () -> PolicyFileReader.read(file, root));

    assertEquals(file + ": policy file has 3145729 bytes; the limit is 3145728", e.getMessage());
  }

  @Test
  void parseRefusesHugeText() {
    assertError("#".repeat(PolicyFileReader.MAX_CODE_POINTS + 1),
        "genai-policy.yaml: policy file has 3145729 characters; the limit is 3145728");
  }

  // --- the document ---

  @Test
  void emptyFile() {
    PolicyFileException e = error("");

    assertEquals("genai-policy.yaml: policy file is empty; expected at least the line "
        + "'policy: netflix-2025'", e.getMessage());
    assertEquals(0, e.line());
    assertEquals("policy file is empty; expected at least the line 'policy: netflix-2025'",
        e.problem());
  }

  @Test
  void fileWithOnlyCommentsOrAnEmptyDocumentIsEmpty() {
    String message =
        "genai-policy.yaml: policy file is empty; expected at least the line 'policy: netflix-2025'";
    assertError("# to do\n\n", message);
    assertError("---\n", message);
  }

  @Test
  void topLevelMustBeAMapping() {
    assertError("- policy: netflix-2025\n", "genai-policy.yaml:1:1: the policy file: expected a "
        + "mapping with the keys policy, tools, approvers, requireSignedApprovals, approvals, consents, severity, detect, got a list");
    assertError("netflix-2025\n", "genai-policy.yaml:1:1: the policy file: expected a mapping with"
        + " the keys policy, tools, approvers, requireSignedApprovals, approvals, consents, severity, detect, got 'netflix-2025'");
  }

  @Test
  void unknownTopLevelKeySuggestsTheClosest() {
    assertError("policy: netflix-2025\ntool: []\n", "genai-policy.yaml:2:1: unknown key 'tool' at "
        + "the top level; expected one of: policy, tools, approvers, requireSignedApprovals, approvals, consents, severity, detect "
        + "(did you mean 'tools'?)");
  }

  @Test
  void unknownTopLevelKeyFarFromAnyGetsNoSuggestion() {
    assertError("rules: []\n", "genai-policy.yaml:1:1: unknown key 'rules' at the top level; "
        + "expected one of: policy, tools, approvers, requireSignedApprovals, approvals, consents, severity, detect");
  }

  @Test
  void duplicateTopLevelKeyNamesTheFirstLine() {
    assertError("tools: []\npolicy: netflix-2025\ntools: []\n", "genai-policy.yaml:3:1: duplicate "
        + "key 'tools' at the top level; it is first set on line 1");
  }

  @Test
  void keyThatIsNotANameIsRejected() {
    assertError("[tools]: []\n",
        "genai-policy.yaml:1:1: expected a key name at the top level, got a list");
  }

  @Test
  void unknownPolicyNameListsTheKnownOnes() {
    assertError("policy: netflix-2024\n", "genai-policy.yaml:1:9: unknown policy 'netflix-2024'; "
        + "expected one of: netflix-2025 (did you mean 'netflix-2025'?)");
    assertError("policy: studio-rules\n", "genai-policy.yaml:1:9: unknown policy 'studio-rules'; "
        + "expected one of: netflix-2025");
  }

  @Test
  void policyNameMustBeAString() {
    assertError("policy: [netflix-2025]\n",
        "genai-policy.yaml:1:9: 'policy' at the top level: expected a string, got a list");
    assertError("policy:\n",
        "genai-policy.yaml:1:8: 'policy' at the top level: expected a string, got no value");
  }

  @Test
  void customTagsAreRefused() {
    assertError("policy: !env POLICY\n", "genai-policy.yaml:1:9: 'policy' at the top level: "
        + "expected a string, got a value with the unsupported YAML tag !env");
  }

  // --- YAML syntax, converted into located errors ---

  @Test
  void syntaxErrorIsLocated() {
    PolicyFileException e = error("policy: netflix-2025\ntools: a: b\n");

    assertEquals("genai-policy.yaml:2:9: invalid YAML: mapping values are not allowed here",
        e.getMessage());
    assertEquals(2, e.line());
    assertEquals(9, e.column());
  }

  @Test
  void unclosedFlowListNamesWhereItStarted() {
    assertError("tools: [a\n", "genai-policy.yaml:2:1: invalid YAML: expected ',' or ']', but got "
        + "<stream end> (while parsing a flow sequence at line 1, column 8)");
  }

  @Test
  void tabIndentationIsASyntaxError() {
    assertError("tools:\n\t- id: a\n", "genai-policy.yaml:2:1: invalid YAML: found character "
        + "'\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)");
  }

  @Test
  void undefinedAliasIsASyntaxError() {
    assertError("tools: *registry\n", "genai-policy.yaml:1:8: invalid YAML: found undefined alias "
        + "registry");
  }

  @Test
  void secondDocumentIsRejected() {
    assertError("policy: netflix-2025\n---\ntools: []\n", "genai-policy.yaml:2:1: the policy file "
        + "holds more than one YAML document; keep one document and remove this '---' and what "
        + "follows it");
  }

  @Test
  void deepNestingIsRefusedBeforeComposing() {
    String deep = "tools: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    assertError(deep, "genai-policy.yaml:1:39: lists and mappings are nested more than 32 levels "
        + "deep; a policy file needs four");
  }

  @Test
  void manyAliasesAreRefused() {
    StringBuilder yaml = new StringBuilder("tools: &t []\nconsents:\n");
    for (int i = 0; i < PolicyFileReader.MAX_ALIASES + 1; i++) {
      yaml.append("  - *t\n");
    }
    assertError(yaml.toString(), "genai-policy.yaml:53:5: more than 50 aliases (*name); write the "
        + "values out instead");
  }

  @Test
  void anAliasInsideWhatItNamesIsRefusedBeforeComposing() {
    assertError("tools: &t [*t]\n", "genai-policy.yaml:1:12: the alias *t stands inside the list"
        + " or mapping &t names, so it would contain itself; write the values out instead");
  }

  /**
   * Found by fuzzing: snakeyaml's merge of a mapping into itself never returns, so the reader
   * hung (found-recursive-merge-alias-hang). It is refused before composing.
   */
  @Test
  void aMappingMergedIntoItselfIsRefusedNotAHang() {
    assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> assertError(
        "tools:\n  - &b\n    <<: *b\n    id: t\n", "genai-policy.yaml:3:9: the alias *b"
            + " stands inside the list or mapping &b names, so it would contain itself; write the"
            + " values out instead"));
  }

  /** The twin: merging another mapping is fine, and the merged keys are read. */
  @Test
  void aMergeOfAnotherMappingIsRead() throws Exception {
    Policy policy = parse("""
        tools:
          - &secured
            id: gateway
            vendor: Studio
            enterpriseSecured: true
            trainsOnInputs: false
            retainsInputs: false
          - <<: *secured
            id: gateway-eu
        """);
    assertEquals(new Tool("gateway-eu", "Studio", true, false, false, ""),
        policy.tools().get("gateway-eu"));
  }

  @Test
  void sourcePathUsesSlashesAndFallsBackToTheFileName() {
    Path root = Path.of("project").toAbsolutePath();
    assertEquals("config/policy.yaml",
        PolicyFileReader.sourceOf(root.resolve("config").resolve("policy.yaml"), root));
    assertEquals("../genai-policy.yaml",
        PolicyFileReader.sourceOf(root.resolve("genai-policy.yaml"), root.resolve("module")));
    assertEquals("genai-policy.yaml", PolicyFileReader.sourceOf(Path.of("genai-policy.yaml"), null));
  }
}
