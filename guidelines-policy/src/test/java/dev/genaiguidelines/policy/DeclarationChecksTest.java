package dev.genaiguidelines.policy;

import static dev.genaiguidelines.policy.Fixtures.AS_OF;
import static dev.genaiguidelines.policy.Fixtures.evaluate;
import static dev.genaiguidelines.policy.Fixtures.lowRisk;
import static dev.genaiguidelines.policy.Fixtures.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.annotations.DataInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GAI001, GAI002, GAI008 and GAI301: checks on declarations, the module and the ledger. */
class DeclarationChecksTest {

  private static List<Finding> gai001(UseDeclaration use) {
    return evaluate(use).findings().stream().filter(f -> f.rule() == Rule.GAI001).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "crowd-extension", "v2.dub-drafts", "0day"})
  void wellFormedIdsPass(String id) {
    assertEquals(List.of(), gai001(lowRisk(id).build()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "Crowd", "-crowd", "crowd_extension", "crowd extension"})
  void malformedIdsFail(String id) {
    List<Finding> findings = gai001(lowRisk(id).build());
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(UseAttribute.ID, findings.get(0).attribute());
    assertTrue(findings.get(0).message().startsWith(
        "[GAI001] use '" + id + "': id '" + id + "' does not match [a-z0-9][a-z0-9.-]{1,63}"),
        findings.get(0).message());
  }

  @Test
  void tooLongIdFails() {
    assertEquals(1, gai001(lowRisk("a".repeat(65)).build()).size());
    assertEquals(0, gai001(lowRisk("a".repeat(64)).build()).size());
  }

  @Test
  void malformedIdGetsASuggestion() {
    String message = gai001(lowRisk("Crowd_Extension").build()).get(0).message();
    assertTrue(message.contains("e.g. \"crowd-extension\""), message);
  }

  @Test
  void blankFieldsAreEachReportedOnTheirAttribute() {
    UseDeclaration use = UseDeclaration.builder("com.x.Y").id("").tool(" ").purpose("")
        .inputs(List.of()).creates(List.of()).build();
    List<UseAttribute> attributes = gai001(use).stream().map(Finding::attribute).toList();
    assertEquals(List.of(UseAttribute.ID, UseAttribute.TOOL, UseAttribute.PURPOSE,
        UseAttribute.INPUTS, UseAttribute.CREATES), attributes);
    assertTrue(evaluate(use).failsBuild());
  }

  @Test
  void noneBesideOtherInputsFails() {
    List<Finding> findings = gai001(lowRisk("mixed")
        .inputs(DataInput.NONE, DataInput.PUBLIC_DOMAIN).build());
    assertEquals(1, findings.size());
    assertTrue(findings.get(0).message().startsWith(
        "[GAI001] use 'mixed': inputs lists NONE beside PUBLIC_DOMAIN"), findings.get(0).message());
  }

  @Test
  void gai002DuplicateIdsInOneModule() {
    UseDeclaration first = lowRisk("storyboards").build();
    UseDeclaration second = UseDeclaration.builder("com.studio.previs.Animatics")
        .id("storyboards").tool("runway-gen4").purpose("p").inputs(DataInput.NONE)
        .creates(first.creates()).build();
    Assessment assessment = new PolicyEvaluator(Fixtures.studioPolicy(), AS_OF)
        .assess(List.of(first, second), List.of(), false);
    assertEquals(2, assessment.uses().size());
    assertEquals("com.studio.previs.Animatics", assessment.uses().get(0).use().element());
    Finding onFirst = Fixtures.only(assessment.uses().get(1), Rule.GAI002);
    assertTrue(onFirst.message().startsWith("[GAI002] use 'storyboards': the id is also "
        + "declared on com.studio.previs.Animatics"), onFirst.message());
    Fixtures.only(assessment.uses().get(0), Rule.GAI002);
  }

  @Test
  void gai002SameIdInTwoModulesIsFine() {
    UseDeclaration a = lowRisk("storyboards").module("previs").build();
    UseDeclaration b = lowRisk("storyboards").module("editorial").build();
    Assessment assessment = new PolicyEvaluator(Fixtures.studioPolicy(), AS_OF)
        .assess(List.of(a, b), List.of(), false);
    assertTrue(assessment.uses().stream().allMatch(u -> u.findings().isEmpty()));
  }

  @Test
  void gai008ApprovalCoveringNoDeclaredUse() {
    Assessment assessment = new PolicyEvaluator(Fixtures.studioPolicy(), AS_OF)
        .assess(List.of(lowRisk("storyboards").build()), List.of(), true);
    assertEquals(List.of("APR-1", "APR-OLD", "CON-7"),
        assessment.ledgerFindings().stream().map(Finding::subject).toList());
    assertEquals("[GAI008] approval 'APR-1': it lists 'crowd-extension', none of which is "
        + "declared (Netflix GenAI guidance, written approval must exist, be current and name the "
        + "use it clears). Fix: remove it from the ledger, or fix the use ids it lists.",
        assessment.ledgerFindings().get(0).message());
  }

  @Test
  void gai008ExpiredRecordOfADeclaredUseIsStale() {
    PolicyEvaluator evaluator = new PolicyEvaluator(Fixtures.studioPolicy(), AS_OF);
    List<UseDeclaration> uses = List.of(lowRisk("crowd-extension").build(),
        lowRisk("de-aging").build());
    List<Finding> findings = evaluator.assess(uses, List.of(), true).ledgerFindings();
    assertEquals(List.of("APR-OLD"), findings.stream().map(Finding::subject).toList());
    assertEquals("[GAI008] approval 'APR-OLD': it expired on 2025-01-01 (as of 2026-01-15) "
        + "(Netflix GenAI guidance, written approval must exist, be current and name the use it "
        + "clears). Fix: renew it with the studio, or remove it once no declared use names it.",
        findings.get(0).message());
  }

  @Test
  void gai008QuietWhenCurrentAndUsedOrNotJudged() {
    PolicyEvaluator evaluator = new PolicyEvaluator(Fixtures.studioPolicy(),
        java.time.LocalDate.of(2024, 6, 1));
    List<UseDeclaration> uses = List.of(lowRisk("crowd-extension").build(),
        lowRisk("de-aging").build());
    assertEquals(List.of(), evaluator.assess(uses, List.of(), true).ledgerFindings());
    assertEquals(List.of(), evaluator.assess(List.of(), List.of(), false).ledgerFindings());
  }

  @Test
  void gai301UndeclaredCallsAreErrorsSortedByElement() {
    UndeclaredCall late = new UndeclaredCall("com.x.Quick#run()", "com.openai.client.OpenAIClient#chat()",
        "com.openai", "src/main/java/com/x/Quick.java", 12);
    UndeclaredCall early = new UndeclaredCall("com.x.Dub#send(java.lang.String)", "api.openai.com",
        "api.openai.com", "src/main/java/com/x/Dub.java", 30);
    Assessment assessment = new PolicyEvaluator(Fixtures.studioPolicy(), AS_OF)
        .assess(List.of(), List.of(late, early), false);
    assertEquals(List.of(early, late),
        assessment.undeclared().stream().map(Assessment.Undeclared::call).toList());
    assertEquals(Severity.ERROR, assessment.undeclaredFindings().get(0).severity());
    assertEquals("[GAI301] call in com.x.Quick#run(): calls "
        + "com.openai.client.OpenAIClient#chat() (marker 'com.openai') with no @GenAiUse "
        + "covering it (Netflix GenAI guidance, every intended use is shared with the studio, so "
        + "every use is declared once and well). Fix: declare the use with @GenAiUse on "
        + "com.x.Quick#run(), its class or its package.",
        assessment.undeclared().get(1).finding().orElseThrow().message());
    assertTrue(assessment.hasUndeclaredErrors());
    assertEquals(2, assessment.summary().undeclared());
  }

  @Test
  void gai302NamesTheSdkItsVendorAndTheFix() {
    Finding finding = new PolicyEvaluator(Fixtures.studioPolicy(), AS_OF)
        .undeclaredDependency("pipeline", "com.openai:openai-java-core:4.8.0", "OpenAI")
        .orElseThrow();
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals(Rule.GAI302, finding.rule());
    assertEquals("[GAI302] module pipeline: ships com.openai:openai-java-core:4.8.0 (OpenAI) on"
        + " its runtime class path but declares no @GenAiUse, and no dependency that brings it"
        + " declares one (Netflix GenAI guidance, every intended use is shared with the studio,"
        + " so every use is declared once and well). Fix: declare how the module uses OpenAI"
        + " with @GenAiUse, or remove com.openai:openai-java-core:4.8.0 from its dependencies.",
        finding.message());
  }

  @Test
  void gai302TurnedOffIsNoFinding() {
    Policy policy = Fixtures.policy(Map.of(Rule.GAI302, Severity.OFF), Map.of());
    assertEquals(java.util.Optional.empty(), new PolicyEvaluator(policy, AS_OF)
        .undeclaredDependency("pipeline", "com.openai:openai-java-core:4.8.0", "OpenAI"));
  }

  @Test
  void gai301CanBeMadeAWarning() {
    Policy policy = Fixtures.policy(Map.of(Rule.GAI301, Severity.WARNING), Map.of());
    Assessment assessment = new PolicyEvaluator(policy, AS_OF).assess(List.of(), List.of(
        new UndeclaredCall("com.x.Quick#run()", "api.openai.com", "api.openai.com", "", 0)), false);
    assertEquals(Severity.WARNING, assessment.undeclaredFindings().get(0).severity());
    assertEquals(false, assessment.hasUndeclaredErrors());
  }

  @Test
  void gai301TurnedOffStillListsTheCallWithoutAFinding() {
    Policy policy = Fixtures.policy(Map.of(Rule.GAI301, Severity.OFF), Map.of());
    UndeclaredCall call = new UndeclaredCall("com.x.Quick#run()", "api.openai.com",
        "api.openai.com", "", 3, "", 4);
    Assessment assessment = new PolicyEvaluator(policy, AS_OF).assess(List.of(), List.of(call),
        false);
    assertEquals(List.of(new Assessment.Undeclared(call, java.util.Optional.empty())),
        assessment.undeclared());
    assertEquals(1, assessment.summary().undeclared());
    assertEquals(false, assessment.hasUndeclaredErrors());
  }

  @Test
  void summaryCountsEachVerdict() {
    PolicyEvaluator evaluator = new PolicyEvaluator(Fixtures.studioPolicy(), AS_OF);
    Assessment assessment = evaluator.assess(List.of(
        lowRisk("storyboards").build(),
        lowRisk("crowd-extension").output(dev.genaiguidelines.annotations.Output.FINAL_DELIVERABLE)
            .approval("APR-1").build(),
        lowRisk("hero").creates(dev.genaiguidelines.annotations.Creates.KEY_VISUAL).build(),
        lowRisk("notes").tool("consumer-chat").build()), List.of(), false);
    assertEquals(new Assessment.Summary(4, 1, 1, 1, 1, 0, 2, 0), assessment.summary());
    assertTrue(assessment.hasViolations());
  }

  @Test
  void ruleIdsAreUniqueAndNamed() {
    for (Rule rule : Rule.values()) {
      assertTrue(rule.ruleName().matches("[a-z]+(-[a-z]+)*"), rule.ruleName());
      assertTrue(rule.defaultSeverity().isPresent() ^ rule.defaultVerdict().isPresent(), rule.id());
      assertEquals(rule.kind() == RuleKind.VERDICT, rule.defaultVerdict().isPresent(), rule.id());
      assertTrue(!rule.helpText().contains("%") && !rule.helpText().equals("..."),
          rule.helpText());
    }
    assertEquals(Rule.GAI104, Rule.byId("gai104").orElseThrow());
    assertTrue(Rule.byId("GAI999").isEmpty());
  }

  @Test
  void useAttributeJavaNames() {
    assertEquals("unionCoveredWork", UseAttribute.UNION_COVERED_WORK.javaName());
    assertEquals("tool", UseAttribute.TOOL.javaName());
    assertEquals("", UseAttribute.ANNOTATION.javaName());
  }
}
