package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.maven.baseline.BaselineReport;
import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.baseline.UseSnapshot;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.UseDeclaration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The log lines about changes since a baseline; the built-in rules make every use
 * NEEDS_APPROVAL, so every added or changed use is an escalation.
 */
class BaselineMessagesTest {

  private static UseDeclaration use(String id, String tool) {
    return UseDeclaration.builder("com.studio.Tool").id(id).tool(tool).purpose("Drafts.")
        .inputs(DataInput.NONE).creates(Creates.PREVIS)
        .source("src/main/java/com/studio/Tool.java", 10).build();
  }

  private static Assessment assess(UseDeclaration... uses) {
    return new PolicyEvaluator(Policy.builtIn(), LocalDate.of(2026, 1, 15))
        .assess(List.of(uses), List.of(), true);
  }

  /** Release {@code label} had {@code removed} and {@code changed}; now added, changed. */
  private static Changes changes(String label, String added, String removed, String changed) {
    Assessment before = assess(use(removed, "studio-gen"), use(changed, "studio-gen"));
    BaselineReport baseline = new BaselineReport(label,
        before.uses().stream().map(UseSnapshot::of).toList(), Set.of(), Set.of());
    return Changes.between(baseline, assess(use(added, "studio-gen"), use(changed, "other-gen")));
  }

  @Test
  void namesEveryAddedRemovedAndChangedUse() {
    Changes changes = changes("1.0.0", "new-use", "old-use", "kept-use");
    assertEquals(List.of("GenAI changes since 1.0.0: 1 use added, 1 removed, 1 changed",
            "  added   new-use (NEEDS_APPROVAL)",
            "  removed old-use (was NEEDS_APPROVAL)",
            "  changed kept-use (tool; NEEDS_APPROVAL)"),
        BaselineMessages.summary(changes));
    assertEquals(List.of(
            "GenAI use 'kept-use' changed since 1.0.0 (tool), with verdict NEEDS_APPROVAL",
            "GenAI use 'new-use' is new since 1.0.0, with verdict NEEDS_APPROVAL"),
        BaselineMessages.escalations(changes));
  }

  @Test
  void idsAndTheLabelFromABaselineFileStayOnOneLine() {
    String raw = HostileText.RAW;
    String quoted = HostileText.QUOTED;
    Changes changes = changes("1.0.0" + raw, "new" + raw, "old" + raw, "kept" + raw);

    List<String> summary = BaselineMessages.summary(changes);
    List<String> escalations = BaselineMessages.escalations(changes);
    String failure = BaselineMessages.escalationFailure(changes);

    assertEquals(List.of("GenAI changes since 1.0.0" + quoted + ": 1 use added, 1 removed,"
                + " 1 changed",
            "  added   new" + quoted + " (NEEDS_APPROVAL)",
            "  removed old" + quoted + " (was NEEDS_APPROVAL)",
            "  changed kept" + quoted + " (tool; NEEDS_APPROVAL)"),
        summary);
    assertEquals(List.of("GenAI use 'kept" + quoted + "' changed since 1.0.0" + quoted
                + " (tool), with verdict NEEDS_APPROVAL",
            "GenAI use 'new" + quoted + "' is new since 1.0.0" + quoted
                + ", with verdict NEEDS_APPROVAL"),
        escalations);
    assertEquals("GenAI guidelines: 2 uses are new or changed since 1.0.0" + quoted + " with a"
        + " verdict of APPROVED, NEEDS_APPROVAL or PROHIBITED (listed above), and"
        + " guidelines.failOnNewEscalation is true. Have each reviewed for this release, then"
        + " build without guidelines.failOnNewEscalation.", failure);
    HostileText.assertOneLineEach(summary);
    HostileText.assertOneLineEach(escalations);
    HostileText.assertOneLineEach(List.of(failure));
  }
}
