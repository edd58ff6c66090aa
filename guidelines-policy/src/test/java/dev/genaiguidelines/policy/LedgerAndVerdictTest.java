package dev.genaiguidelines.policy;

import static dev.genaiguidelines.policy.Fixtures.AS_OF;
import static dev.genaiguidelines.policy.Fixtures.evaluate;
import static dev.genaiguidelines.policy.Fixtures.lowRisk;
import static dev.genaiguidelines.policy.Fixtures.only;
import static dev.genaiguidelines.policy.Fixtures.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Approvals and consents (GAI003-GAI007) and how they combine with verdicts. */
class LedgerAndVerdictTest {

  private static UseDeclaration.Builder crowdExtension() {
    return lowRisk("crowd-extension").output(Output.FINAL_DELIVERABLE)
        .inputs(DataInput.PRODUCTION_MATERIAL).creates(Creates.BACKGROUND_ELEMENT);
  }

  @Test
  void validApprovalMakesNeedsApprovalApproved() {
    UseEvaluation evaluation = evaluate(crowdExtension().approval("APR-1").build());
    assertEquals(Verdict.APPROVED, evaluation.verdict());
    Finding finding = only(evaluation, Rule.GAI104);
    assertEquals(Severity.INFO, finding.severity());
    assertFalse(evaluation.failsBuild());
  }

  @Test
  void withoutApprovalTheSameUseFails() {
    UseEvaluation evaluation = evaluate(crowdExtension().build());
    assertEquals(Verdict.NEEDS_APPROVAL, evaluation.verdict());
    assertEquals(Severity.ERROR, only(evaluation, Rule.GAI104).severity());
    assertTrue(evaluation.failsBuild());
  }

  @Test
  void approvalIsValidThroughItsExpiryDay() {
    UseEvaluation evaluation = new PolicyEvaluator(Fixtures.studioPolicy(),
        LocalDate.of(2026, 9, 1)).evaluate(crowdExtension().approval("APR-1").build());
    assertEquals(Verdict.APPROVED, evaluation.verdict());
  }

  @Test
  void gai004ExpiredApprovalLeavesNeedsApproval() {
    UseEvaluation evaluation = evaluate(crowdExtension().approval("APR-OLD").build());
    assertEquals(Verdict.NEEDS_APPROVAL, evaluation.verdict());
    assertEquals(List.of(Rule.GAI004, Rule.GAI104), rules(evaluation));
    Finding expired = only(evaluation, Rule.GAI004);
    assertEquals(UseAttribute.APPROVAL, expired.attribute());
    assertEquals("[GAI004] use 'crowd-extension': approval 'APR-OLD' expired on 2025-01-01 "
        + "(as of 2026-01-15) (Netflix GenAI guidance, written approval must exist, be current "
        + "and name the use it clears). Fix: renew approval 'APR-OLD' with the studio and update "
        + "its expires: date in the ledger.", expired.message());
  }

  @Test
  void gai004NotFiredTheDayAfterOnAnUnexpiredRecord() {
    assertFalse(rules(new PolicyEvaluator(Fixtures.studioPolicy(), LocalDate.of(2024, 6, 1))
        .evaluate(crowdExtension().approval("APR-OLD").build())).contains(Rule.GAI004));
  }

  @Test
  void gai003UnknownApproval() {
    UseEvaluation evaluation = evaluate(crowdExtension().approval("APR-999").build());
    assertEquals(Verdict.NEEDS_APPROVAL, evaluation.verdict());
    Finding finding = only(evaluation, Rule.GAI003);
    assertEquals(UseAttribute.APPROVAL, finding.attribute());
    assertTrue(finding.message().startsWith("[GAI003] use 'crowd-extension': approval 'APR-999' "
        + "is not in the ledger of genai-policy.yaml"), finding.message());
  }

  @Test
  void gai003UnknownConsent() {
    Finding finding = only(evaluate(lowRisk("de-aging").creates(Creates.PERFORMANCE_ALTERATION)
        .consent("CON-404").build()), Rule.GAI003);
    assertEquals(UseAttribute.CONSENT, finding.attribute());
  }

  @Test
  void gai005ApprovalForAnotherUse() {
    UseEvaluation evaluation = evaluate(lowRisk("hero-creature").output(Output.FINAL_DELIVERABLE)
        .creates(Creates.KEY_CHARACTER).approval("APR-1").build());
    assertEquals(Verdict.NEEDS_APPROVAL, evaluation.verdict());
    Finding finding = only(evaluation, Rule.GAI005);
    assertTrue(finding.message().startsWith("[GAI005] use 'hero-creature': approval 'APR-1' "
        + "covers 'crowd-extension', not this use"), finding.message());
    assertTrue(finding.message().contains("Fix: add 'hero-creature' to the uses: of approval "
        + "'APR-1'"), finding.message());
  }

  @Test
  void gai005ConsentForAnotherUse() {
    Finding finding = only(evaluate(lowRisk("voice-clone").creates(Creates.SYNTHETIC_VOICE)
        .consent("CON-7").build()), Rule.GAI005);
    assertEquals(UseAttribute.CONSENT, finding.attribute());
  }

  @Test
  void gai006ReferenceWithoutLedgerIsUnverified() {
    UseEvaluation evaluation = new PolicyEvaluator(Policy.builtIn(), AS_OF)
        .evaluate(crowdExtension().tool("runway-gen4").approval("APR-1").build());
    Finding finding = only(evaluation, Rule.GAI006);
    assertEquals(Severity.WARNING, finding.severity());
    assertTrue(finding.message().startsWith("[GAI006] use 'crowd-extension': approval 'APR-1' "
        + "cannot be verified: the policy has no approvals: ledger"), finding.message());
    assertEquals(Verdict.NEEDS_APPROVAL, evaluation.verdict());
  }

  @Test
  void gai006NotFiredWithLedgerOrWithoutReference() {
    assertFalse(rules(evaluate(crowdExtension().approval("APR-1").build())).contains(Rule.GAI006));
    assertFalse(rules(new PolicyEvaluator(Policy.builtIn(), AS_OF)
        .evaluate(crowdExtension().build())).contains(Rule.GAI006));
  }

  @Test
  void gai007ApprovalOnALowRiskUse() {
    UseEvaluation evaluation = evaluate(lowRisk("crowd-extension").approval("APR-1").build());
    assertEquals(Verdict.SOCIALIZE, evaluation.verdict());
    Finding finding = only(evaluation, Rule.GAI007);
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals(UseAttribute.APPROVAL, finding.attribute());
  }

  @Test
  void gai007NotFiredWhenApprovalIsNeeded() {
    assertFalse(rules(evaluate(crowdExtension().approval("APR-1").build())).contains(Rule.GAI007));
  }

  @Test
  void prohibitedBeatsAValidApproval() {
    UseEvaluation evaluation = evaluate(crowdExtension().tool("consumer-chat").approval("APR-1")
        .build());
    assertEquals(Verdict.PROHIBITED, evaluation.verdict());
    assertEquals(Severity.ERROR, only(evaluation, Rule.GAI102).severity());
    assertEquals(Severity.INFO, only(evaluation, Rule.GAI104).severity());
    assertTrue(evaluation.failsBuild());
  }

  @Test
  void deAgingWithConsentAndApprovalIsApproved() {
    Approval approval = new Approval("APR-DA", List.of("de-aging"), "Studio Legal",
        LocalDate.of(2025, 1, 1), java.util.Optional.empty());
    Policy base = Fixtures.studioPolicy();
    Policy policy = new Policy(base.name(), base.source(), base.sha256(), base.tools(),
        Map.of(approval.id(), approval), base.consents(), true, true, Map.of(), Map.of(), null);
    UseEvaluation evaluation = new PolicyEvaluator(policy, AS_OF).evaluate(
        lowRisk("de-aging").output(Output.FINAL_DELIVERABLE).inputs(DataInput.TALENT_LIKENESS)
            .creates(Creates.PERFORMANCE_ALTERATION).consent("CON-7").approval("APR-DA").build());
    assertEquals(Verdict.APPROVED, evaluation.verdict());
    assertEquals(List.of(Rule.GAI104, Rule.GAI106), rules(evaluation));
  }

  @Test
  void severityOverrideTurnsACheckOff() {
    Policy policy = Fixtures.policy(Map.of(Rule.GAI007, Severity.OFF), Map.of());
    UseEvaluation evaluation = new PolicyEvaluator(policy, AS_OF)
        .evaluate(lowRisk("crowd-extension").approval("APR-1").build());
    assertEquals(List.of(), evaluation.findings());
  }

  @Test
  void severityOverrideMakesAWarningAnError() {
    Policy policy = Fixtures.policy(Map.of(Rule.GAI007, Severity.ERROR), Map.of());
    UseEvaluation evaluation = new PolicyEvaluator(policy, AS_OF)
        .evaluate(lowRisk("crowd-extension").approval("APR-1").build());
    assertEquals(Severity.ERROR, only(evaluation, Rule.GAI007).severity());
    assertTrue(evaluation.failsBuild());
  }

  @Test
  void verdictOverrideMakesARuleStricter() {
    Policy policy = Fixtures.policy(Map.of(), Map.of(Rule.GAI109, Verdict.PROHIBITED));
    UseEvaluation evaluation = new PolicyEvaluator(policy, AS_OF).evaluate(lowRisk("style-ref")
        .inputs(DataInput.THIRD_PARTY_IP).approval("APR-1").build());
    assertEquals(Verdict.PROHIBITED, evaluation.verdict());
    assertEquals(Severity.ERROR, only(evaluation, Rule.GAI109).severity());
    assertTrue(only(evaluation, Rule.GAI109).message().endsWith(". Fix: use owned or"
        + " public-domain material, or get written approval. genai-policy.yaml sets GAI109:"
        + " PROHIBITED under severity:, so no approval clears it."),
        only(evaluation, Rule.GAI109).message());
  }

  @Test
  void twinARuleAtItsDefaultVerdictSaysNothingOfTheSeveritySection() {
    UseEvaluation evaluation = evaluate(lowRisk("style-ref").inputs(DataInput.THIRD_PARTY_IP)
        .build());
    assertEquals(Verdict.NEEDS_APPROVAL, evaluation.verdict());
    assertTrue(only(evaluation, Rule.GAI109).message().endsWith(", or get written approval."),
        only(evaluation, Rule.GAI109).message());
  }
}
