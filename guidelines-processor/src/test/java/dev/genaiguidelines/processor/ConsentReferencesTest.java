package dev.genaiguidelines.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GAI003-GAI005 for performer consents at compile time: each is one error on the {@code consent
 * = ...} line, and each has a twin that compiles. The uses are approved, so the consent is the
 * only thing at fault.
 */
class ConsentReferencesTest {

  private static final String CLASS = "com.studio.dub.VoiceMatch";

  /**
   * {@link Policies#STUDIO} plus an approval and a consent for 'voice-match', so a consent for
   * another use can be told apart from a missing approval.
   */
  private static final String TALENT = Policies.STUDIO
      .replace("approvals:\n", """
          approvals:
            - id: APR-2025-0100
              uses: [voice-match]
              approvedBy: Studio Legal
              date: 2025-09-01
          """)
      .replace("consents:\n", """
          consents:
            - id: CON-2025-010
              uses: [voice-match]
              performer: B. Performer
          """);

  @TempDir Path dir;
  private Path policy;

  @BeforeEach
  void writePolicy() {
    policy = Policies.write(dir, TALENT);
  }

  /** A consented, approved performance alteration: GAI106 is cleared by the approval. */
  private static Sources deAgingPass(String consent) {
    return Sources.use("de-aging-pass").set("creates", "Creates.PERFORMANCE_ALTERATION")
        .string("consent", consent).string("approval", "APR-2025-0077");
  }

  @Test
  void gai004ExpiredConsentIsAnErrorOnTheConsent() {
    JavaFileObject source = deAgingPass("CON-2025-007").onClass(CLASS);

    Compilation compilation = Policies.compile(policy, "2027-01-02", source);

    Policies.assertOnlyError(compilation, source, "consent = \"CON-2025-007\"",
        "[GAI004] use 'de-aging-pass': consent 'CON-2025-007' expired on 2027-01-01 (as of "
            + "2027-01-02)",
        "Fix: renew consent 'CON-2025-007' with the studio and update its expires: date in the "
            + "ledger.");
  }

  @Test
  void gai004TwinTheSameConsentOnItsExpiryDayCompiles() {
    assertThat(Policies.compile(policy, "2027-01-01", deAgingPass("CON-2025-007").onClass(CLASS)))
        .succeededWithoutWarnings();
  }

  @Test
  void gai003ConsentNotInTheLedgerIsAnErrorOnTheConsent() {
    JavaFileObject source = deAgingPass("CON-2099-001").onClass(CLASS);

    Compilation compilation = Policies.compile(policy, source);

    Policies.assertOnlyError(compilation, source, "consent = \"CON-2099-001\"",
        "[GAI003] use 'de-aging-pass': consent 'CON-2099-001' is not in the ledger of "
            + "genai-policy.yaml",
        "Fix: add consent 'CON-2099-001' under consents: in genai-policy.yaml, or correct the id.");
  }

  @Test
  void gai003TwinConsentInTheLedgerCompiles() {
    assertThat(Policies.compile(policy, deAgingPass("CON-2025-007").onClass(CLASS)))
        .succeededWithoutWarnings();
  }

  @Test
  void gai005ConsentForAnotherUseIsAnErrorOnTheConsent() {
    JavaFileObject source = Sources.use("voice-match").set("creates", "Creates.SYNTHETIC_VOICE")
        .string("consent", "CON-2025-007").string("approval", "APR-2025-0100").onClass(CLASS);

    Compilation compilation = Policies.compile(policy, source);

    Policies.assertOnlyError(compilation, source, "consent = \"CON-2025-007\"",
        "[GAI005] use 'voice-match': consent 'CON-2025-007' covers 'de-aging-pass', not this use",
        "Fix: add 'voice-match' to the uses: of consent 'CON-2025-007' if the studio approved it,"
            + " or name the right consent.");
  }

  @Test
  void gai005TwinAConsentThatListsTheUseCompiles() {
    assertThat(Policies.compile(policy, Sources.use("voice-match")
            .set("creates", "Creates.SYNTHETIC_VOICE").string("consent", "CON-2025-010")
            .string("approval", "APR-2025-0100").onClass(CLASS)))
        .succeededWithoutWarnings();
  }
}
