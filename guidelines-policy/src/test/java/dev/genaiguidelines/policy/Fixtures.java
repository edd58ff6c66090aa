package dev.genaiguidelines.policy;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Policies and uses shared by the policy-core tests. */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  static final Tool SECURED = new Tool("runway-gen4", "Runway", true, false, false, "ENT-2025-014");
  static final Tool UNSECURED = new Tool("free-image-gen", "Acme", false, false, false, "");
  static final Tool TRAINS = new Tool("consumer-chat", "Acme", false, true, false, "");
  static final Tool RETAINS = new Tool("log-happy-voice", "Acme", true, false, true, "");

  static final Approval CROWD_APPROVAL = new Approval("APR-1", List.of("crowd-extension"),
      "Studio Legal", LocalDate.of(2025, 9, 1), Optional.of(LocalDate.of(2026, 9, 1)));
  static final Approval EXPIRED_APPROVAL = new Approval("APR-OLD", List.of("crowd-extension"),
      "Studio Legal", LocalDate.of(2024, 1, 1), Optional.of(LocalDate.of(2025, 1, 1)));
  static final Consent DE_AGING_CONSENT = new Consent("CON-7", List.of("de-aging"), "A. Performer",
      Optional.empty());

  private Fixtures() {}

  /** A policy with every kind of tool and a ledger. */
  static Policy studioPolicy() {
    return policy(Map.of(), Map.of());
  }

  static Policy policy(Map<Rule, Severity> severities, Map<Rule, Verdict> verdicts) {
    return new Policy(Policy.NETFLIX_2025, "genai-policy.yaml", "abc",
        Map.of(SECURED.id(), SECURED, UNSECURED.id(), UNSECURED, TRAINS.id(), TRAINS,
            RETAINS.id(), RETAINS),
        Map.of(CROWD_APPROVAL.id(), CROWD_APPROVAL, EXPIRED_APPROVAL.id(), EXPIRED_APPROVAL),
        Map.of(DE_AGING_CONSENT.id(), DE_AGING_CONSENT), true, true, severities, verdicts, null);
  }

  /** A low-risk use that fires no rule: prompts only, temporary previs, secured tool. */
  static UseDeclaration.Builder lowRisk(String id) {
    return UseDeclaration.builder("com.studio.previs.Storyboards")
        .id(id)
        .tool(SECURED.id())
        .purpose("Turns beat-sheet lines into rough storyboard frames.")
        .output(Output.TEMPORARY)
        .inputs(DataInput.NONE)
        .creates(Creates.PREVIS);
  }

  static UseEvaluation evaluate(UseDeclaration use) {
    return new PolicyEvaluator(studioPolicy(), AS_OF).evaluate(use);
  }

  static List<Rule> rules(UseEvaluation evaluation) {
    return evaluation.findings().stream().map(Finding::rule).toList();
  }

  static Finding only(UseEvaluation evaluation, Rule rule) {
    List<Finding> matching =
        evaluation.findings().stream().filter(f -> f.rule() == rule).toList();
    if (matching.size() != 1) {
      throw new AssertionError("expected one " + rule + " finding, got " + evaluation.findings());
    }
    return matching.get(0);
  }
}
