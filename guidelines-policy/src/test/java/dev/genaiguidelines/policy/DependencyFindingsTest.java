package dev.genaiguidelines.policy;

import static dev.genaiguidelines.policy.Fixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GAI302 findings in an assessment: counted in its summary like the module's own findings. */
class DependencyFindingsTest {

  private static final String OPENAI = "com.openai:openai-java-core:4.8.0";

  private static Finding gai302(Policy policy, String module) {
    return new PolicyEvaluator(policy, AS_OF).undeclaredDependency(module, OPENAI, "OpenAI")
        .orElseThrow();
  }

  private static Assessment empty(Policy policy) {
    return new PolicyEvaluator(policy, AS_OF).assess(List.of(), List.of(), false);
  }

  @Test
  void anUndeclaredSdkIsAnErrorOfTheSummary() {
    Policy policy = Fixtures.studioPolicy();
    Assessment assessment = empty(policy).withDependencyFindings(
        List.of(gai302(policy, "vfx-core"), gai302(policy, "dub-tools")));

    assertEquals(new Assessment.Summary(0, 0, 0, 0, 0, 0, 2, 0), assessment.summary());
    assertTrue(assessment.hasUndeclaredErrors());
    assertEquals(List.of("module dub-tools", "module vfx-core"),
        assessment.dependencyFindings(OPENAI).stream().map(Finding::about).toList());
    assertEquals(List.of(), assessment.dependencyFindings("com.openai:openai-java:4.8.0"));
  }

  @Test
  void withoutTheFindingTheSummaryCountsNoError() {
    Assessment assessment = empty(Fixtures.studioPolicy()).withDependencyFindings(List.of());

    assertEquals(new Assessment.Summary(0, 0, 0, 0, 0, 0, 0, 0), assessment.summary());
    assertFalse(assessment.hasUndeclaredErrors());
  }

  @Test
  void aLoweredSeverityCountsAsAWarning() {
    Policy policy = Fixtures.policy(Map.of(Rule.GAI302, Severity.WARNING), Map.of());
    Assessment assessment = empty(policy).withDependencyFindings(List.of(gai302(policy, "x")));

    assertEquals(new Assessment.Summary(0, 0, 0, 0, 0, 0, 0, 1), assessment.summary());
    assertFalse(assessment.hasUndeclaredErrors());
  }
}
