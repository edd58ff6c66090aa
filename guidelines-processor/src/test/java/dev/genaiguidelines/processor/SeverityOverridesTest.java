package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy's {@code severity:} section at compile time: a check turned OFF is silent, one
 * raised to ERROR fails the build, one lowered to INFO is a note, and a verdict rule made
 * PROHIBITED is an error no approval clears. Each has its twin at the rule's default.
 */
class SeverityOverridesTest {

  private static final String CLASS = "com.studio.vfx.Shot";
  private static final String ONE_SOCIALIZED =
      "[genai] 1 GenAI use: 1 socialize, 0 approved, 0 needs approval, 0 prohibited";

  @TempDir Path dir;

  private Compilation compile(String policyYaml, JavaFileObject source) {
    return Policies.compile(Policies.write(dir, policyYaml), source);
  }

  /** Asserts the compilation passed and said nothing but the closing note. */
  private static void assertOnlyTheClosingNote(Compilation compilation, String note) {
    assertThat(compilation).succeeded();
    assertThat(compilation.diagnostics().stream().map(d -> d.getKind() + " "
        + d.getMessage(Locale.ROOT)).toList()).containsExactly("NOTE " + note);
  }

  /** A use that needs no approval but names one: GAI007. */
  private static JavaFileObject unneededApproval() {
    return Sources.use("hero-creature").string("approval", "APR-2025-0042").onClass(CLASS);
  }

  /** A consent named where no consents: ledger is configured: GAI006. */
  private static Sources unverifiedConsent() {
    return Sources.use("storyboards").string("consent", "CON-2025-007");
  }

  @Test
  void gai007OffSilencesTheUnneededApproval() {
    assertOnlyTheClosingNote(compile(Policies.STUDIO + "severity:\n  GAI007: OFF\n",
        unneededApproval()), ONE_SOCIALIZED);
  }

  @Test
  void gai007TwinAtItsDefaultItIsAWarningOnTheApproval() {
    JavaFileObject source = unneededApproval();
    Compilation compilation = compile(Policies.STUDIO, source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[GAI007] use 'hero-creature'")
        .inFile(source)
        .onLineContaining("approval = \"APR-2025-0042\"");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void gai006ErrorMakesAnUnverifiedConsentAnErrorOnTheConsent() {
    JavaFileObject source = unverifiedConsent().onClass(CLASS);
    Policies.assertOnlyError(
        compile(Policies.REGISTRY_ONLY + "severity:\n  GAI006: ERROR\n", source), source,
        "consent = \"CON-2025-007\"",
        "[GAI006] use 'storyboards': consent 'CON-2025-007' cannot be verified: the policy has no"
            + " consents: ledger");
  }

  @Test
  void gai006TwinAtItsDefaultItIsAWarningOnTheConsent() {
    JavaFileObject source = unverifiedConsent().onClass(CLASS);
    Compilation compilation = compile(Policies.REGISTRY_ONLY, source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[GAI006] use 'storyboards': consent "
            + "'CON-2025-007' cannot be verified")
        .inFile(source)
        .onLineContaining("consent = \"CON-2025-007\"");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void gai006InfoIsANoteOnTheConsent() {
    JavaFileObject source = unverifiedConsent().onClass(CLASS);
    Compilation compilation = compile(Policies.REGISTRY_ONLY + "severity:\n  GAI006: INFO\n",
        source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("[GAI006] use 'storyboards': consent "
            + "'CON-2025-007' cannot be verified: the policy has no consents: ledger")
        .inFile(source)
        .onLineContaining("consent = \"CON-2025-007\"");
    assertThat(compilation).hadNoteCount(2); // and the closing note
  }

  @Test
  void gai006TwinOffPrintsNoNote() {
    assertOnlyTheClosingNote(compile(Policies.REGISTRY_ONLY + "severity:\n  GAI006: OFF\n",
        unverifiedConsent().onClass(CLASS)), ONE_SOCIALIZED);
  }

  @Test
  void gai006InfoIsSilencedBySuppressWarningsLikeAWarning() {
    JavaFileObject source = Sources.source(CLASS, Sources.lines(
        "@SuppressWarnings(\"GAI006\")",
        unverifiedConsent().annotationLines(),
        "public class Shot {}"));
    assertOnlyTheClosingNote(compile(Policies.REGISTRY_ONLY + "severity:\n  GAI006: INFO\n",
        source), ONE_SOCIALIZED);
  }

  /** A final deliverable with a valid approval: APPROVED by default. */
  private static JavaFileObject approvedFinalDeliverable() {
    return Sources.use("hero-creature").set("output", "Output.FINAL_DELIVERABLE")
        .string("approval", "APR-2025-0042").onClass(CLASS);
  }

  @Test
  void gai104MadeProhibitedIsAnErrorTheApprovalDoesNotClear() {
    JavaFileObject source = approvedFinalDeliverable();
    Compilation compilation = compile(Policies.STUDIO + "severity:\n  GAI104: PROHIBITED\n",
        source);
    Policies.assertOnlyError(compilation, source, "output = Output.FINAL_DELIVERABLE",
        "[GAI104] use 'hero-creature': output is FINAL_DELIVERABLE",
        " genai-policy.yaml sets GAI104: PROHIBITED under severity:, so no approval clears it.");
    assertThat(compilation).hadNoteContaining(
        "[genai] 1 GenAI use: 0 socialize, 0 approved, 0 needs approval, 1 prohibited");
  }

  @Test
  void gai104TwinAtItsDefaultTheApprovalClearsItAndItsFindingPrintsNothing() {
    // The cleared GAI104 finding is INFO, but a verdict rule's: counted, not printed.
    assertOnlyTheClosingNote(compile(Policies.STUDIO, approvedFinalDeliverable()),
        "[genai] 1 GenAI use: 0 socialize, 1 approved, 0 needs approval, 0 prohibited");
  }
}
