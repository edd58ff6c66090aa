package dev.genaiguidelines.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A project's {@code genai-policy.yaml} over a studio policy artifact: it may only add approvals,
 * consents, stricter severities and detect markers; everything else is a located error that
 * names the studio artifact.
 */
class StudioLayerTest {

  /** A key made by {@code ssh-keygen -t ed25519}; its fingerprint as {@code ssh-keygen -l} prints it. */
  static final String LEGAL_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFMSUfBtXbL7mKc39tPm9/Oxo2Dq"
      + "WihCtvvBqNwaCsNf legal@studio.example";
  static final String LEGAL_FINGERPRINT = "SHA256:OEBgjhEIBWctZF3fZCjhVEgQRX2CYR0iJNTkftCihIo";

  static final String STUDIO = """
      policy: netflix-2025
      tools:
        - id: runway-gen4
          vendor: Runway
          enterpriseSecured: true
          trainsOnInputs: false
          retainsInputs: false
      approvers:
        - name: Studio Legal
          key: %s
      requireSignedApprovals: true
      approvals:
        - id: APR-STUDIO-1
          uses: [crowd-extension]
          approvedBy: Studio Legal
          date: 2025-09-01
      severity:
        GAI007: ERROR
        GAI104: PROHIBITED
      detect:
        hosts: [ai-gateway.studio.internal]
      """.formatted(LEGAL_KEY);

  static final Path PROJECT_FILE = Path.of("genai-policy.yaml");

  static Policy studio() throws PolicyFileException {
    return PolicyFileReader.readStudio(STUDIO.getBytes(StandardCharsets.UTF_8),
        "com.studio:genai-policy:3.1.0",
        Path.of("genai-policy-3.1.0.jar!/META-INF/genai-guidelines/genai-policy.yaml"));
  }

  static Policy project(String yaml) throws PolicyFileException {
    return PolicyFileReader.parse(yaml, PROJECT_FILE, "genai-policy.yaml", studio());
  }

  static String error(String yaml) {
    return assertThrows(PolicyFileException.class, () -> project(yaml)).getMessage();
  }

  @Test
  void theStudioLayerAloneCarriesItsOriginApproversAndSignatureRule() throws Exception {
    Policy studio = studio();

    assertEquals("com.studio:genai-policy:3.1.0", studio.origin());
    assertEquals(List.of(new Approver("Studio Legal", LEGAL_KEY, LEGAL_FINGERPRINT)),
        studio.trust().approvers());
    assertTrue(studio.trust().requireSignedApprovals());
    assertEquals(1, studio.trust().layers().size());
    assertTrue(studio.trust().layers().get(0).studio());
  }

  @Test
  void aProjectLayerAddsLedgerEntriesStricterRulesAndMarkers() throws Exception {
    Policy policy = project("""
        approvals:
          - id: APR-2026-7
            uses: [hero-creature]
            approvedBy: Studio Legal
            date: 2026-01-10
        consents:
          - id: CON-9
            uses: [de-aging]
            performer: A. Performer
        severity:
          GAI006: ERROR
          GAI110: PROHIBITED
        detect:
          packages: [com.example.aigateway]
        """);

    assertEquals("com.studio:genai-policy:3.1.0", policy.origin());
    assertEquals("genai-policy.yaml", policy.source());
    assertEquals(List.of("APR-2026-7", "APR-STUDIO-1"), List.copyOf(policy.approvals().keySet()));
    assertEquals(List.of("CON-9"), List.copyOf(policy.consents().keySet()));
    assertEquals(List.of("runway-gen4"), List.copyOf(policy.tools().keySet()));
    assertEquals(Map.of(Rule.GAI006, Severity.ERROR, Rule.GAI007, Severity.ERROR),
        policy.severities());
    assertEquals(Map.of(Rule.GAI104, Verdict.PROHIBITED, Rule.GAI110, Verdict.PROHIBITED),
        policy.verdicts());
    assertEquals(List.of("com.example.aigateway"), policy.detect().packages());
    assertEquals(List.of("ai-gateway.studio.internal"), policy.detect().hosts());
    assertTrue(policy.trust().requireSignedApprovals());
    assertEquals(List.of("com.studio:genai-policy:3.1.0", "genai-policy.yaml"),
        policy.trust().layers().stream().map(PolicyLayer::origin).toList());
    assertEquals(List.of(true, false),
        policy.trust().layers().stream().map(PolicyLayer::studio).toList());
  }

  @Test
  void aProjectLayerCannotRegisterATool() {
    assertEquals("genai-policy.yaml:1:1: 'tools' is the studio's to set, in its policy"
        + " com.studio:genai-policy:3.1.0; a project's genai-policy.yaml may only add approvals,"
        + " consents, stricter severity and detect markers. Fix: remove it here, and ask the"
        + " studio to change its policy artifact",
        error("tools:\n  - id: my-tool\n    enterpriseSecured: true\n    trainsOnInputs: false\n"
            + "    retainsInputs: false\n"));
  }

  @Test
  void aProjectLayerCannotAddAnApproverOrTurnSignaturesOff() {
    assertTrue(error("approvers:\n  - name: Me\n    key: " + LEGAL_KEY + "\n")
        .startsWith("genai-policy.yaml:1:1: 'approvers' is the studio's to set, in its policy"
            + " com.studio:genai-policy:3.1.0;"));
    assertTrue(error("approvals: []\nrequireSignedApprovals: false\n")
        .startsWith("genai-policy.yaml:2:1: 'requireSignedApprovals' is the studio's to set,"));
  }

  @Test
  void aProjectLayerCannotLowerASeverityTheStudioSet() {
    assertEquals("genai-policy.yaml:2:11: GAI007: WARNING is weaker than ERROR, which the studio"
        + " policy com.studio:genai-policy:3.1.0 sets; a project's genai-policy.yaml may only make"
        + " rules stricter. Fix: remove GAI007 from severity: here",
        error("severity:\n  GAI007: WARNING\n"));
  }

  @Test
  void aProjectLayerCannotLowerADefaultSeverityEither() {
    assertEquals("genai-policy.yaml:2:11: GAI003: OFF is weaker than ERROR, which the studio"
        + " policy com.studio:genai-policy:3.1.0 sets; a project's genai-policy.yaml may only make"
        + " rules stricter. Fix: remove GAI003 from severity: here",
        error("severity:\n  GAI003: OFF\n"));
  }

  @Test
  void aProjectLayerCannotUndoAStricterVerdict() {
    assertEquals("genai-policy.yaml:2:11: GAI104: NEEDS_APPROVAL is weaker than PROHIBITED, which"
        + " the studio policy com.studio:genai-policy:3.1.0 sets; a project's genai-policy.yaml may"
        + " only make rules stricter. Fix: remove GAI104 from severity: here",
        error("severity:\n  GAI104: NEEDS_APPROVAL\n"));
  }

  @Test
  void aProjectLayerCannotReplaceAStudioApproval() {
    assertEquals("genai-policy.yaml:2:9: approval 'APR-STUDIO-1' is already in the ledger of the"
        + " studio policy com.studio:genai-policy:3.1.0; a project layer may add approvals, not"
        + " replace them. Fix: remove it here, or give it another id",
        error("approvals:\n  - id: APR-STUDIO-1\n    uses: [my-use]\n    approvedBy: Me\n"
            + "    date: 2026-01-01\n"));
  }

  @Test
  void twinWithoutAStudioTheSameFileMayRegisterToolsAndApprovers() throws Exception {
    Policy alone = PolicyFileReader.parse("tools:\n  - id: my-tool\n    enterpriseSecured: true\n"
        + "    trainsOnInputs: false\n    retainsInputs: false\napprovers:\n  - name: Me\n"
        + "    key: " + LEGAL_KEY + "\nrequireSignedApprovals: true\nseverity:\n  GAI007: OFF\n",
        PROJECT_FILE, "genai-policy.yaml");

    assertEquals("genai-policy.yaml", alone.origin());
    assertTrue(alone.studioLayer().isEmpty());
    assertEquals(List.of("my-tool"), List.copyOf(alone.tools().keySet()));
    assertEquals(LEGAL_FINGERPRINT, alone.trust().approvers().get(0).fingerprint());
    assertFalse(alone.trust().layers().get(0).studio());
  }

  @Test
  void requiringSignaturesWithoutApproversIsAnError() {
    PolicyFileException e = assertThrows(PolicyFileException.class, () -> PolicyFileReader.parse(
        "requireSignedApprovals: true\n", PROJECT_FILE, "genai-policy.yaml"));
    assertEquals("genai-policy.yaml:1:1: requireSignedApprovals is true but the policy lists no"
        + " approvers:, so no approval could ever verify. Fix: list who may sign under approvers:"
        + " (name and OpenSSH public key line)", e.getMessage());
  }

  @Test
  void anApproverKeyThatIsNotAnOpenSshKeyLineIsLocated() {
    PolicyFileException notBase64 = assertThrows(PolicyFileException.class,
        () -> PolicyFileReader.parse("approvers:\n  - name: Legal\n    key: ssh-ed25519 !!notbase64\n",
            PROJECT_FILE, "genai-policy.yaml"));
    assertEquals("genai-policy.yaml:3:10: 'key' in approvers entry 1: the key '!!notbase64' is"
        + " not base64; expected the second field of a .pub line", notBase64.getMessage());

    PolicyFileException unknownType = assertThrows(PolicyFileException.class,
        () -> PolicyFileReader.parse("approvers:\n  - name: Legal\n    key: ssh-dss AAAAB3NzaC1kc3M=\n",
            PROJECT_FILE, "genai-policy.yaml"));
    assertEquals("genai-policy.yaml:3:10: 'key' in approvers entry 1: unknown key type 'ssh-dss';"
        + " expected ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa, as '<type> <base64 key>"
        + " [comment]' in a .pub file",
        unknownType.getMessage());
  }
}
