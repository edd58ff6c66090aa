package dev.genaiguidelines.policy;

import static dev.genaiguidelines.policy.Fixtures.evaluate;
import static dev.genaiguidelines.policy.Fixtures.lowRisk;
import static dev.genaiguidelines.policy.Fixtures.only;
import static dev.genaiguidelines.policy.Fixtures.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GAI101-GAI111: each rule fires on its trigger and stays quiet on its twin. */
class VerdictRulesTest {

  @Test
  void lowRiskUseOnlyNeedsToBeShared() {
    UseEvaluation evaluation = evaluate(lowRisk("storyboards").build());
    assertEquals(Verdict.SOCIALIZE, evaluation.verdict());
    assertEquals(List.of(), evaluation.findings());
    assertFalse(evaluation.failsBuild());
  }

  @Test
  void gai101UnregisteredToolNeedsApproval() {
    UseEvaluation evaluation = evaluate(lowRisk("storyboards").tool("sora-preview").build());
    assertEquals(Verdict.NEEDS_APPROVAL, evaluation.verdict());
    Finding finding = only(evaluation, Rule.GAI101);
    assertEquals(UseAttribute.TOOL, finding.attribute());
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals("[GAI101] use 'storyboards': tool 'sora-preview' is not in the tool registry of "
        + "genai-policy.yaml, so its data practices are unknown (Netflix GenAI guidance, a "
        + "principle answered 'unsure' escalates the use to written approval). Fix: add "
        + "'sora-preview' under tools: in genai-policy.yaml once the studio has vetted it, or get "
        + "written approval.", finding.message());
  }

  @Test
  void gai101WithoutPolicyFileSaysWhereTheRegistryGoes() {
    Finding finding = only(new PolicyEvaluator(Policy.builtIn(), Fixtures.AS_OF)
        .evaluate(lowRisk("storyboards").build()), Rule.GAI101);
    assertTrue(finding.message().startsWith("[GAI101] use 'storyboards': tool 'runway-gen4' is "
        + "not in the tool registry (no genai-policy.yaml was found), so its data practices are "
        + "unknown"), finding.message());
    assertTrue(finding.message().endsWith("Fix: add 'runway-gen4' under tools: in a "
        + "genai-policy.yaml beside pom.xml once the studio has vetted it, or get written "
        + "approval."), finding.message());
  }

  @Test
  void gai101RegisteredToolIsKnown() {
    assertFalse(rules(evaluate(lowRisk("storyboards").tool("runway-gen4").build()))
        .contains(Rule.GAI101));
  }

  @Test
  void gai102ToolThatTrainsOnInputsIsProhibited() {
    UseEvaluation evaluation = evaluate(lowRisk("script-notes").tool("consumer-chat").build());
    assertEquals(Verdict.PROHIBITED, evaluation.verdict());
    Finding finding = only(evaluation, Rule.GAI102);
    assertEquals(UseAttribute.TOOL, finding.attribute());
    assertTrue(finding.message().startsWith(
        "[GAI102] use 'script-notes': tool 'consumer-chat' trains on inputs or outputs"),
        finding.message());
  }

  @Test
  void gai102ToolThatRetainsInputsIsProhibited() {
    Finding finding = only(evaluate(lowRisk("temp-vo").tool("log-happy-voice").build()),
        Rule.GAI102);
    assertTrue(finding.message().contains("retains inputs or outputs"), finding.message());
  }

  @Test
  void gai102ToolThatKeepsNothingIsFine() {
    assertFalse(rules(evaluate(lowRisk("x1").tool("free-image-gen").build()))
        .contains(Rule.GAI102));
  }

  @Test
  void gai103ProductionMaterialToUnsecuredToolNeedsApproval() {
    UseEvaluation evaluation = evaluate(lowRisk("frame-cleanup").tool("free-image-gen")
        .inputs(DataInput.PRODUCTION_MATERIAL).build());
    assertEquals(Verdict.NEEDS_APPROVAL, evaluation.verdict());
    Finding finding = only(evaluation, Rule.GAI103);
    assertEquals(UseAttribute.TOOL, finding.attribute());
    assertTrue(finding.message().startsWith("[GAI103] use 'frame-cleanup': PRODUCTION_MATERIAL "
        + "is sent to tool 'free-image-gen', which is not enterprise-secured"), finding.message());
  }

  @Test
  void gai103ProductionMaterialToSecuredToolIsFine() {
    UseEvaluation evaluation = evaluate(lowRisk("frame-cleanup").tool("runway-gen4")
        .inputs(DataInput.PRODUCTION_MATERIAL).build());
    assertEquals(Verdict.SOCIALIZE, evaluation.verdict());
  }

  @Test
  void gai103PublicDomainToUnsecuredToolIsFine() {
    assertEquals(Verdict.SOCIALIZE, evaluate(lowRisk("paintings").tool("free-image-gen")
        .inputs(DataInput.PUBLIC_DOMAIN).build()).verdict());
  }

  @Test
  void gai104FinalDeliverableNeedsApproval() {
    UseEvaluation evaluation = evaluate(lowRisk("sky-replace").output(Output.FINAL_DELIVERABLE)
        .creates(Creates.BACKGROUND_ELEMENT).build());
    assertEquals(Verdict.NEEDS_APPROVAL, evaluation.verdict());
    assertEquals(List.of(Rule.GAI104), rules(evaluation));
    assertEquals(UseAttribute.OUTPUT, evaluation.findings().get(0).attribute());
  }

  @Test
  void gai104TemporaryOutputIsFine() {
    assertFalse(rules(evaluate(lowRisk("sky-replace").creates(Creates.BACKGROUND_ELEMENT).build()))
        .contains(Rule.GAI104));
  }

  @Test
  void gai105VoiceCloneWithoutConsentIsProhibited() {
    UseEvaluation evaluation = evaluate(lowRisk("voice-clone").creates(Creates.SYNTHETIC_VOICE)
        .build());
    assertEquals(Verdict.PROHIBITED, evaluation.verdict());
    Finding finding = only(evaluation, Rule.GAI105);
    assertEquals(UseAttribute.CREATES, finding.attribute());
    assertTrue(finding.message().startsWith(
        "[GAI105] use 'voice-clone': creates SYNTHETIC_VOICE without a performer consent"),
        finding.message());
  }

  @Test
  void gai105LikenessInputWithoutConsentPointsAtInputs() {
    Finding finding = only(evaluate(lowRisk("face-ref").inputs(DataInput.TALENT_LIKENESS).build()),
        Rule.GAI105);
    assertEquals(UseAttribute.INPUTS, finding.attribute());
  }

  @Test
  void gai105And106NotTriggeredWithoutTalent() {
    List<Rule> rules = rules(evaluate(lowRisk("props").creates(Creates.BACKGROUND_ELEMENT).build()));
    assertFalse(rules.contains(Rule.GAI105));
    assertFalse(rules.contains(Rule.GAI106));
  }

  @Test
  void gai106TalentWithConsentStillNeedsApproval() {
    UseEvaluation evaluation = evaluate(lowRisk("de-aging").creates(Creates.PERFORMANCE_ALTERATION)
        .consent("CON-7").build());
    assertEquals(Verdict.NEEDS_APPROVAL, evaluation.verdict());
    assertEquals(List.of(Rule.GAI106), rules(evaluation));
    assertEquals(UseAttribute.CONSENT, evaluation.findings().get(0).attribute());
  }

  @Test
  void gai107UnionCoveredWorkNeedsApproval() {
    Finding finding = only(evaluate(lowRisk("walk-cycles").unionCoveredWork(true).build()),
        Rule.GAI107);
    assertEquals(UseAttribute.UNION_COVERED_WORK, finding.attribute());
  }

  @Test
  void gai107WrittenMaterialCountsAsUnionWork() {
    Finding finding = only(evaluate(lowRisk("scene-draft").creates(Creates.WRITTEN_MATERIAL).build()),
        Rule.GAI107);
    assertEquals(UseAttribute.CREATES, finding.attribute());
  }

  @Test
  void gai107NotForLocalization() {
    assertEquals(Verdict.SOCIALIZE,
        evaluate(lowRisk("subs").creates(Creates.LOCALIZATION).build()).verdict());
  }

  @Test
  void gai108PersonalDataNeedsApprovalEvenOnSecuredTool() {
    UseEvaluation evaluation = evaluate(lowRisk("crew-emails").inputs(DataInput.PERSONAL_DATA)
        .creates(Creates.ANALYSIS).build());
    assertEquals(List.of(Rule.GAI108), rules(evaluation));
  }

  @Test
  void gai109ThirdPartyIpNeedsApproval() {
    assertEquals(List.of(Rule.GAI109), rules(evaluate(lowRisk("style-ref")
        .inputs(DataInput.THIRD_PARTY_IP).creates(Creates.IDEATION).build())));
  }

  @Test
  void gai108And109QuietForPromptsOnly() {
    assertEquals(List.of(), rules(evaluate(lowRisk("moodboard").creates(Creates.IDEATION).build())));
  }

  @Test
  void gai110KeyCreativeElementNeedsApproval() {
    Finding finding = only(evaluate(lowRisk("hero-creature")
        .creates(Creates.KEY_CHARACTER, Creates.KEY_VISUAL).build()), Rule.GAI110);
    assertTrue(finding.message().contains("creates KEY_CHARACTER, KEY_VISUAL"), finding.message());
  }

  @Test
  void gai110BackgroundElementIsFine() {
    assertEquals(Verdict.SOCIALIZE,
        evaluate(lowRisk("far-crowd").creates(Creates.BACKGROUND_ELEMENT).build()).verdict());
  }

  @Test
  void gai111DocumentaryOnScreenMaterialNeedsApproval() {
    Finding finding = only(evaluate(lowRisk("archive-fill").context(Context.DOCUMENTARY)
        .creates(Creates.BACKGROUND_ELEMENT).build()), Rule.GAI111);
    assertEquals(UseAttribute.CONTEXT, finding.attribute());
    assertTrue(finding.message().contains("context is DOCUMENTARY and it creates BACKGROUND_ELEMENT"),
        finding.message());
  }

  @Test
  void gai111DocumentaryFinalDeliverable() {
    UseEvaluation evaluation = evaluate(lowRisk("doc-titles").context(Context.DOCUMENTARY)
        .output(Output.FINAL_DELIVERABLE).build());
    assertEquals(List.of(Rule.GAI104, Rule.GAI111), rules(evaluation));
  }

  @Test
  void gai111DocumentaryAnalysisIsFine() {
    assertEquals(Verdict.SOCIALIZE, evaluate(lowRisk("doc-transcripts")
        .context(Context.DOCUMENTARY).creates(Creates.ANALYSIS, Creates.PREVIS).build()).verdict());
  }

  @Test
  void gai111FictionOnScreenMaterialIsNotFactual() {
    assertFalse(rules(evaluate(lowRisk("far-crowd").creates(Creates.BACKGROUND_ELEMENT).build()))
        .contains(Rule.GAI111));
  }
}
