package dev.genaiguidelines.policy;

import static dev.genaiguidelines.policy.Fixtures.AS_OF;
import static dev.genaiguidelines.policy.Fixtures.lowRisk;
import static dev.genaiguidelines.policy.Fixtures.rules;
import static dev.genaiguidelines.policy.Fixtures.studioPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.annotations.Output;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The uses a module's dependencies declare, judged with the module's own policy and ledger: each
 * with its negative twin.
 */
class DependencyUsesTest {

  private static final String AIKIT = "com.acme:aikit:1.0";

  private static UseDeclaration upstream(UseDeclaration.Builder use) {
    return use.build().inModule(AIKIT);
  }

  private static Assessment judge(List<UseDeclaration> own, List<UseDeclaration> dependencies) {
    return new PolicyEvaluator(studioPolicy(), AS_OF).assess(own, List.of(), dependencies, false);
  }

  private static List<String> staleLedgerRecords(List<UseDeclaration> dependencies) {
    return new PolicyEvaluator(studioPolicy(), AS_OF).assess(List.of(), List.of(), dependencies,
        true).ledgerFindings().stream().map(Finding::subject).toList();
  }

  @Test
  void aDependencysLowRiskUseIsJudgedAndCountedButNotListedAsTheModulesOwn() {
    Assessment assessment = judge(List.of(lowRisk("storyboards").build()),
        List.of(upstream(lowRisk("chat-summary"))));

    assertEquals(List.of("storyboards"),
        assessment.uses().stream().map(u -> u.use().id()).toList());
    UseEvaluation upstream = assessment.dependencyUses().get(0);
    assertEquals(AIKIT, upstream.use().module());
    assertEquals(Verdict.SOCIALIZE, upstream.verdict());
    assertEquals(new Assessment.Summary(2, 2, 0, 0, 0, 0, 0, 0, 1), assessment.summary());
    assertFalse(assessment.hasViolations());
  }

  @Test
  void twinTheSameUseWithATrainingToolIsProhibitedAndNamesTheDependencyAndElement() {
    // consumer-chat trains on inputs in this module's registry, whatever the library thought.
    Assessment assessment = judge(List.of(lowRisk("storyboards").build()),
        List.of(upstream(lowRisk("chat-summary").tool(Fixtures.TRAINS.id()))));

    UseEvaluation upstream = assessment.dependencyUses().get(0);
    assertEquals(Verdict.PROHIBITED, upstream.verdict());
    assertEquals(List.of(Rule.GAI102), rules(upstream));
    assertTrue(upstream.findings().get(0).message().startsWith("[GAI102] use 'chat-summary' of"
        + " dependency com.acme:aikit:1.0 (com.studio.previs.Storyboards): "),
        upstream.findings().get(0).message());
    assertEquals(new Assessment.Summary(2, 1, 0, 0, 1, 0, 1, 0, 1), assessment.summary());
    assertTrue(assessment.hasViolations());
  }

  @Test
  void theLibrarysOwnApprovalIsNotInThisModulesLedgerSoItIsUnknown() {
    Assessment assessment = judge(List.of(), List.of(upstream(lowRisk("crowd-extension")
        .output(Output.FINAL_DELIVERABLE).approval("APR-LIBRARY"))));

    UseEvaluation upstream = assessment.dependencyUses().get(0);
    assertEquals(Verdict.NEEDS_APPROVAL, upstream.verdict());
    assertEquals(List.of(Rule.GAI003, Rule.GAI104), rules(upstream));
    assertTrue(assessment.hasViolations());
  }

  @Test
  void twinAnApprovalInThisModulesLedgerApprovesTheDependencysUseAndIsNotStale() {
    // APR-1 of the module's ledger covers crowd-extension.
    Assessment assessment = judge(List.of(), List.of(upstream(lowRisk("crowd-extension")
        .output(Output.FINAL_DELIVERABLE).approval("APR-1"))));

    assertEquals(Verdict.APPROVED, assessment.dependencyUses().get(0).verdict());
    assertFalse(assessment.hasViolations());
    // GAI008 counts the dependency's use: APR-1 is not stale while it names it, and is without.
    assertEquals(List.of("APR-OLD", "CON-7"), staleLedgerRecords(List.of(upstream(
        lowRisk("crowd-extension").output(Output.FINAL_DELIVERABLE).approval("APR-1")))));
    assertEquals(List.of("APR-1", "APR-OLD", "CON-7"), staleLedgerRecords(List.of()));
    assertEquals(List.of("APR-1"),
        assessment.ledger().stream().map(LedgerReference::id).toList());
  }

  @Test
  void idsRepeatedAcrossTheModuleAndADependencyAreNoDuplicate() {
    Assessment assessment = judge(List.of(lowRisk("summary").build()),
        List.of(upstream(lowRisk("summary"))));

    assertEquals(List.of(), rules(assessment.uses().get(0)));
    assertEquals(List.of(), rules(assessment.dependencyUses().get(0)));
  }

  @Test
  void twinAnIdRepeatedWithinOneDependencyIsGai002() {
    Assessment assessment = judge(List.of(), List.of(upstream(lowRisk("summary")),
        upstream(lowRisk("summary"))));

    assertEquals(List.of(Rule.GAI002), rules(assessment.dependencyUses().get(0)));
  }
}
