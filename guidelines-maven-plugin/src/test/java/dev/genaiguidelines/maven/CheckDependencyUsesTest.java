package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.maven.CheckOutcome.FailOn;
import dev.genaiguidelines.maven.CheckOutcome.Level;
import dev.genaiguidelines.maven.CheckOutcome.Line;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.UseDeclaration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What {@code check} prints and whether it fails when a dependency declares uses: they count like
 * the module's own, and a failing one is named with its dependency and element.
 */
class CheckDependencyUsesTest {

  private static final String AIKIT = "com.studio:aikit:1.0";

  /** A use of {@code tool} that com.studio:aikit declares in its class com.studio.aikit.Chat. */
  private static UseDeclaration upstream(UseDeclaration use) {
    return new UseDeclaration(use.id(), "com.studio.aikit.Chat", use.tool(), use.purpose(),
        use.output(), use.inputs(), use.creates(), use.context(), use.unionCoveredWork(),
        use.model(), use.approval(), use.consent(), AIKIT,
        "aikit-1.0.jar!/com/studio/aikit/Chat.java", 8);
  }

  private static CheckOutcome outcome(UseDeclaration dependencyUse) {
    Assessment assessment = new PolicyEvaluator(CheckOutcomeTest.policy(), LocalDate.of(2026, 3, 1))
        .assess(List.of(CheckOutcomeTest.storyboard()), List.of(), List.of(dependencyUse), false);
    return new CheckOutcome(assessment, List.of(), FailOn.ALL);
  }

  @Test
  void aProhibitedDependencyUseFailsNamingTheDependencyAndElement() {
    // cheap-gen trains on inputs in this module's registry.
    CheckOutcome outcome = outcome(upstream(CheckOutcomeTest.voice()));

    assertEquals(Optional.of("GenAI guidelines check failed: 1 PROHIBITED use. Each is listed"
        + " above with its file, line and fix. Declared by dependencies: use 'voice-draft' of"
        + " com.studio:aikit:1.0 (com.studio.aikit.Chat) is PROHIBITED: no approval clears a"
        + " PROHIBITED use; drop or replace the dependency, or have its maintainers change the"
        + " use."), outcome.failure());
    Line error = outcome.findings().get(0);
    assertEquals(Level.ERROR, error.level());
    assertEquals(true, error.text().startsWith("aikit-1.0.jar!/com/studio/aikit/Chat.java:8:"
        + " [GAI102] use 'voice-draft' of dependency com.studio:aikit:1.0"
        + " (com.studio.aikit.Chat): "), error.text());
    assertEquals("GenAI guidelines: 2 uses (1 declared by dependencies) in 3 classes of"
        + " target/classes, policy netflix-2025 (genai-policy.yaml), as of 2026-03-01",
        outcome.summary("target/classes", 3).get(0).text());
    assertEquals("  PROHIBITED            1", outcome.summary("target/classes", 3).get(4).text());
  }

  @Test
  void aDependencyUseThatNeedsApprovalFailsSayingWhereToApproveIt() {
    // crowd-extension names APR-1, which this module's ledger has; without it, it needs one.
    CheckOutcome outcome = outcome(upstream(CheckOutcomeTest.crowd("")));

    assertEquals(Optional.of("GenAI guidelines check failed: 1 use NEEDS_APPROVAL. Each is listed"
        + " above with its file, line and fix. Declared by dependencies: use 'crowd-extension' of"
        + " com.studio:aikit:1.0 (com.studio.aikit.Chat) is NEEDS_APPROVAL: approve it in this"
        + " project's own ledger (see \"Approving a dependency's use\" in the README), or drop or"
        + " replace the dependency."), outcome.failure());
  }

  @Test
  void twinTheSameUseNamingThisModulesApprovalPasses() {
    CheckOutcome outcome = outcome(upstream(CheckOutcomeTest.crowd("APR-1")));

    assertEquals(Optional.empty(), outcome.failure());
    assertEquals("  APPROVED              1", outcome.summary("target/classes", 3).get(2).text());
  }

  @Test
  void twinTheSameUseOfARegisteredSecuredToolPasses() {
    CheckOutcome outcome = outcome(upstream(CheckOutcomeTest.storyboard()));

    assertEquals(Optional.empty(), outcome.failure());
    assertEquals(List.of(), outcome.findings());
    assertEquals("  SOCIALIZE             2", outcome.summary("target/classes", 3).get(1).text());
  }
}
