package dev.genaiguidelines.policy;

import static dev.genaiguidelines.policy.Fixtures.CROWD_APPROVAL;
import static dev.genaiguidelines.policy.Fixtures.lowRisk;
import static dev.genaiguidelines.policy.Fixtures.only;
import static dev.genaiguidelines.policy.Fixtures.rules;
import static dev.genaiguidelines.policy.Fixtures.studioPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ways a judged engineer turned a prohibited or unapproved use green with a declaration or a
 * build flag, each closed, each beside its twin that shows the rule still passes what is fine.
 */
class BypassClosedTest {

  private static final LocalDate BEFORE_EXPIRY = LocalDate.of(2026, 3, 1);
  private static final LocalDate AFTER_EXPIRY = LocalDate.of(2026, 12, 6);

  @Test
  void aBlankToolIsNeverJudgedBetterThanAnUnregisteredOne() {
    UseEvaluation blank = new PolicyEvaluator(studioPolicy(), Fixtures.AS_OF)
        .evaluate(lowRisk("storyboards").tool("").build());

    assertEquals(Verdict.NEEDS_APPROVAL, blank.verdict());
    assertEquals(List.of(Rule.GAI001, Rule.GAI101), rules(blank));
    assertEquals("[GAI101] use 'storyboards': tool '' is not in the tool registry of"
        + " genai-policy.yaml, so its data practices are unknown (Netflix GenAI guidance, a"
        + " principle answered 'unsure' escalates the use to written approval). Fix: add '' under"
        + " tools: in genai-policy.yaml once the studio has vetted it, or get written approval.",
        only(blank, Rule.GAI101).message());
  }

  @Test
  void twinARegisteredToolOnALowRiskUseIsShared() {
    UseEvaluation registered = new PolicyEvaluator(studioPolicy(), Fixtures.AS_OF)
        .evaluate(lowRisk("storyboards").build());

    assertEquals(Verdict.SOCIALIZE, registered.verdict());
    assertEquals(List.of(), rules(registered));
  }

  @Test
  void anAsOfInThePastDoesNotReviveAnApprovalExpiredByTheRealDate() {
    UseEvaluation judged = new PolicyEvaluator(studioPolicy(), BEFORE_EXPIRY, AFTER_EXPIRY, "")
        .evaluate(crowdExtension());

    assertEquals(Verdict.NEEDS_APPROVAL, judged.verdict());
    assertEquals("[GAI004] use 'crowd-extension': approval 'APR-1' expired on 2026-09-01 (as of"
        + " 2026-12-06) (Netflix GenAI guidance, written approval must exist, be current and name"
        + " the use it clears). Fix: renew approval 'APR-1' with the studio and update its expires:"
        + " date in the ledger.", only(judged, Rule.GAI004).message());
  }

  @Test
  void twinTheSameApprovalBeforeItsExpiryByTheRealDateApproves() {
    UseEvaluation judged = new PolicyEvaluator(studioPolicy(), BEFORE_EXPIRY, BEFORE_EXPIRY, "")
        .evaluate(crowdExtension());

    assertEquals(Verdict.APPROVED, judged.verdict());
  }

  @Test
  void anAsOfInTheFutureStillJudgesOnItsOwnDay() {
    PolicyEvaluator evaluator =
        new PolicyEvaluator(studioPolicy(), AFTER_EXPIRY, BEFORE_EXPIRY, "");

    assertEquals(AFTER_EXPIRY, evaluator.expiryDay());
    assertEquals(Verdict.NEEDS_APPROVAL, evaluator.evaluate(crowdExtension()).verdict());
  }

  private static UseDeclaration crowdExtension() {
    return UseDeclaration.builder("com.studio.vfx.CrowdExtender")
        .id("crowd-extension")
        .tool(Fixtures.SECURED.id())
        .purpose("Extends crowd plates.")
        .output(Output.FINAL_DELIVERABLE)
        .inputs(DataInput.PRODUCTION_MATERIAL)
        .creates(Creates.BACKGROUND_ELEMENT)
        .approval(CROWD_APPROVAL.id())
        .build();
  }
}
