package dev.genaiguidelines.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GAI101-GAI111 at compile time: each unapproved verdict is one error on the line of the
 * attribute that caused it, and each has a twin that compiles.
 */
class VerdictRulesTest {

  private static final String CLASS = "com.studio.vfx.Shot";

  @TempDir Path dir;
  private Path policy;

  @BeforeEach
  void writePolicy() {
    policy = Policies.write(dir, Policies.STUDIO);
  }

  /** Compiles {@code use} and asserts it fails with exactly one error, on {@code line}. */
  private void assertSingleError(Sources use, String message, String line) {
    JavaFileObject source = use.onClass(CLASS);
    Policies.assertOnlyError(Policies.compile(policy, source), source, line, message);
  }

  private void assertCompilesCleanly(Sources use) {
    assertThat(Policies.compile(policy, use.onClass(CLASS))).succeededWithoutWarnings();
  }

  @Test
  void gai101UnregisteredToolIsAnErrorOnTheTool() {
    assertSingleError(Sources.use("storyboards").string("tool", "mystery-gen"),
        "[GAI101] use 'storyboards': tool 'mystery-gen' is not in the tool registry of "
            + "genai-policy.yaml, so its data practices are unknown",
        "tool = \"mystery-gen\"");
  }

  @Test
  void gai101TwinRegisteredToolCompiles() {
    assertCompilesCleanly(Sources.use("storyboards").string("tool", "runway-gen4"));
  }

  @Test
  void gai102ToolThatTrainsOnInputsIsProhibitedEvenWithAnApproval() {
    assertSingleError(Sources.use("hero-creature").string("tool", "data-keeper")
            .set("output", "Output.FINAL_DELIVERABLE").string("approval", "APR-2025-0042"),
        "[GAI102] use 'hero-creature': tool 'data-keeper' trains on inputs or outputs",
        "tool = \"data-keeper\"");
  }

  @Test
  void gai102TwinToolThatKeepsNothingCompilesWithTheApproval() {
    assertCompilesCleanly(Sources.use("hero-creature").string("tool", "runway-gen4")
        .set("output", "Output.FINAL_DELIVERABLE").string("approval", "APR-2025-0042"));
  }

  @Test
  void gai103ProductionMaterialToAnUnsecuredToolIsAnErrorOnTheTool() {
    assertSingleError(Sources.use("storyboards").string("tool", "open-sketch")
            .set("inputs", "DataInput.PRODUCTION_MATERIAL"),
        "[GAI103] use 'storyboards': PRODUCTION_MATERIAL is sent to tool 'open-sketch', which is"
            + " not enterprise-secured",
        "tool = \"open-sketch\"");
  }

  @Test
  void gai103TwinPublicDomainInputToTheSameToolCompiles() {
    assertCompilesCleanly(Sources.use("storyboards").string("tool", "open-sketch")
        .set("inputs", "DataInput.PUBLIC_DOMAIN"));
  }

  @Test
  void gai104FinalDeliverableIsAnErrorOnTheOutput() {
    assertSingleError(Sources.use("hero-creature").set("output", "Output.FINAL_DELIVERABLE"),
        "[GAI104] use 'hero-creature': output is FINAL_DELIVERABLE",
        "output = Output.FINAL_DELIVERABLE");
  }

  @Test
  void gai104TwinFinalDeliverableWithAValidApprovalCompiles() {
    assertCompilesCleanly(Sources.use("hero-creature").set("output", "Output.FINAL_DELIVERABLE")
        .string("approval", "APR-2025-0042"));
  }

  @Test
  void gai105SyntheticVoiceWithoutConsentIsAnErrorOnCreates() {
    assertSingleError(Sources.use("temp-voice").set("creates", "Creates.SYNTHETIC_VOICE"),
        "[GAI105] use 'temp-voice': creates SYNTHETIC_VOICE without a performer consent",
        "creates = Creates.SYNTHETIC_VOICE");
  }

  @Test
  void gai105TalentLikenessWithoutConsentIsAnErrorOnInputs() {
    assertSingleError(Sources.use("temp-voice").set("inputs", "DataInput.TALENT_LIKENESS"),
        "[GAI105] use 'temp-voice': inputs include TALENT_LIKENESS without a performer consent",
        "inputs = DataInput.TALENT_LIKENESS");
  }

  @Test
  void gai105TwinWithConsentAndApprovalCompiles() {
    assertCompilesCleanly(Sources.use("de-aging-pass").set("creates", "Creates.SYNTHETIC_VOICE")
        .string("consent", "CON-2025-007").string("approval", "APR-2025-0077"));
  }

  @Test
  void gai106ConsentedPerformanceAlterationNeedsApprovalOnTheConsent() {
    assertSingleError(Sources.use("de-aging-pass")
            .set("creates", "Creates.PERFORMANCE_ALTERATION").string("consent", "CON-2025-007"),
        "[GAI106] use 'de-aging-pass': creates PERFORMANCE_ALTERATION (consent 'CON-2025-007')",
        "consent = \"CON-2025-007\"");
  }

  @Test
  void gai106TwinWithAnApprovalCompiles() {
    assertCompilesCleanly(Sources.use("de-aging-pass")
        .set("creates", "Creates.PERFORMANCE_ALTERATION").string("consent", "CON-2025-007")
        .string("approval", "APR-2025-0077"));
  }

  @Test
  void gai107UnionCoveredWorkIsAnErrorOnTheFlag() {
    assertSingleError(Sources.use("walk-cycles").set("unionCoveredWork", "true"),
        "[GAI107] use 'walk-cycles': unionCoveredWork is true",
        "unionCoveredWork = true");
  }

  @Test
  void gai107WrittenMaterialIsAnErrorOnCreates() {
    assertSingleError(Sources.use("first-draft").set("creates", "Creates.WRITTEN_MATERIAL"),
        "[GAI107] use 'first-draft': creates WRITTEN_MATERIAL, the work of union-represented",
        "creates = Creates.WRITTEN_MATERIAL");
  }

  @Test
  void gai107TwinNotUnionCoveredCompiles() {
    assertCompilesCleanly(Sources.use("walk-cycles").set("unionCoveredWork", "false"));
  }

  @Test
  void gai108PersonalDataIsAnErrorOnInputs() {
    assertSingleError(Sources.use("crew-schedule").set("inputs", "DataInput.PERSONAL_DATA"),
        "[GAI108] use 'crew-schedule': inputs include PERSONAL_DATA",
        "inputs = DataInput.PERSONAL_DATA");
  }

  @Test
  void gai108TwinPublicDomainCompiles() {
    assertCompilesCleanly(Sources.use("crew-schedule").set("inputs", "DataInput.PUBLIC_DOMAIN"));
  }

  @Test
  void gai109ThirdPartyIpIsAnErrorOnInputs() {
    assertSingleError(Sources.use("style-frames").set("inputs", "DataInput.THIRD_PARTY_IP"),
        "[GAI109] use 'style-frames': inputs include THIRD_PARTY_IP",
        "inputs = DataInput.THIRD_PARTY_IP");
  }

  @Test
  void gai109TwinOwnedMaterialCompiles() {
    assertCompilesCleanly(Sources.use("style-frames")
        .set("inputs", "DataInput.PRODUCTION_MATERIAL"));
  }

  @Test
  void gai110KeyVisualIsAnErrorOnCreates() {
    assertSingleError(Sources.use("hero-creature").set("creates", "Creates.KEY_VISUAL"),
        "[GAI110] use 'hero-creature': creates KEY_VISUAL",
        "creates = Creates.KEY_VISUAL");
  }

  @Test
  void gai110TwinBackgroundElementCompiles() {
    assertCompilesCleanly(Sources.use("hero-creature").set("creates", "Creates.BACKGROUND_ELEMENT"));
  }

  @Test
  void gai111OnScreenMaterialInADocumentaryIsAnErrorOnTheContext() {
    assertSingleError(Sources.use("archive-fill").set("context", "Context.DOCUMENTARY")
            .set("creates", "Creates.BACKGROUND_ELEMENT"),
        "[GAI111] use 'archive-fill': context is DOCUMENTARY and it creates BACKGROUND_ELEMENT",
        "context = Context.DOCUMENTARY");
  }

  @Test
  void gai111AFinalDeliverableInADocumentaryIsAnErrorOnTheContextEvenForIdeation() {
    JavaFileObject source = Sources.use("archive-fill").set("context", "Context.DOCUMENTARY")
        .set("creates", "Creates.IDEATION").set("output", "Output.FINAL_DELIVERABLE")
        .onClass(CLASS);
    Compilation compilation = Policies.compile(policy, source);
    assertThat(compilation)
        .hadErrorContaining("[GAI111] use 'archive-fill': context is DOCUMENTARY and output is "
            + "FINAL_DELIVERABLE")
        .inFile(source)
        .onLineContaining("context = Context.DOCUMENTARY");
    // The final deliverable is also GAI104's, on its own line.
    assertThat(compilation)
        .hadErrorContaining("[GAI104] use 'archive-fill': output is FINAL_DELIVERABLE")
        .inFile(source)
        .onLineContaining("output = Output.FINAL_DELIVERABLE");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void gai111TwinTemporaryIdeationInADocumentaryCompiles() {
    assertCompilesCleanly(Sources.use("archive-fill").set("context", "Context.DOCUMENTARY")
        .set("creates", "Creates.IDEATION").set("output", "Output.TEMPORARY"));
  }

  @Test
  void gai111TwinAnalysisInADocumentaryCompiles() {
    assertCompilesCleanly(Sources.use("archive-fill").set("context", "Context.DOCUMENTARY")
        .set("creates", "Creates.ANALYSIS"));
  }
}
