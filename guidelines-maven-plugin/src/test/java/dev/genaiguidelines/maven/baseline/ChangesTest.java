package dev.genaiguidelines.maven.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.Tool;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseAttribute;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import dev.genaiguidelines.policy.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The comparison itself, over hand-made baselines: the built-in rules with an empty registry
 * make every use NEEDS_APPROVAL (GAI101), so verdicts are set in the baseline where a test
 * needs another one.
 */
class ChangesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  private static UseDeclaration.Builder use(String id) {
    return UseDeclaration.builder("com.studio." + id.replace("-", "") + ".Tool")
        .id(id).tool("studio-gen").purpose("Drafts " + id + ".")
        .inputs(DataInput.NONE).creates(Creates.PREVIS)
        .source("src/main/java/com/studio/Tool.java", 10);
  }

  private static Assessment assess(UseDeclaration... uses) {
    return assess(List.of(uses), List.of());
  }

  private static Assessment assess(List<UseDeclaration> uses, List<UndeclaredCall> calls) {
    return new PolicyEvaluator(Policy.builtIn(), AS_OF).assess(uses, calls, true);
  }

  /** The snapshots of {@code assessment}, as a baseline report named 1.0.0. */
  private static BaselineReport baselineOf(Assessment assessment) {
    return new BaselineReport("1.0.0",
        assessment.uses().stream().map(UseSnapshot::of).toList(), Set.of(), Set.of());
  }

  private static List<String> keys(List<UseChange> changes) {
    return changes.stream().map(change -> change.key().toString()).toList();
  }

  @Test
  void addedRemovedAndChangedAreSortedById() {
    BaselineReport before = baselineOf(assess(use("zoom-plate").build(),
        use("crowd").build(), use("old-matte").build(), use("alpha-pass").model("v1").build()));
    Changes changes = Changes.between(before, assess(use("zoom-plate").model("v2").build(),
        use("crowd").build(), use("new-matte").build(), use("beta-pass").build(),
        use("alpha-pass").model("v2").build()));

    assertEquals("1.0.0", changes.baseline());
    assertEquals(List.of("beta-pass", "new-matte"), keys(changes.added()));
    assertEquals(List.of("old-matte"), keys(changes.removed()));
    assertEquals(List.of("alpha-pass", "zoom-plate"), keys(changes.changed()));
    assertEquals(List.of(UseField.of(UseAttribute.MODEL)), changes.changed().get(0).fields());
    assertEquals(Optional.of(Verdict.NEEDS_APPROVAL), changes.changed().get(0).verdictBefore());
    assertFalse(changes.isEmpty());
  }

  @Test
  void everyDeclaredFieldIsComparedInTheFixedOrder() {
    UseDeclaration was = use("dub").build();
    UseDeclaration now = UseDeclaration.builder("com.studio.dub.Other#run()")
        .id("dub").tool("other-gen").model("m2").purpose("Dubs.")
        .output(Output.FINAL_DELIVERABLE).inputs(DataInput.PRODUCTION_MATERIAL)
        .creates(Creates.LOCALIZATION).context(dev.genaiguidelines.annotations.Context.DOCUMENTARY)
        .unionCoveredWork(true).approval("APR-1").consent("CON-1")
        .source("src/main/java/com/studio/dub/Other.java", 99)
        .build();
    UseChange change = Changes.between(baselineOf(assess(was)), assess(now)).changed().get(0);
    assertEquals(List.of(UseField.values()), change.fields());
    assertEquals(List.of("tool", "model", "purpose", "output", "inputs", "creates", "context",
        "unionCoveredWork", "approval", "consent", "element"),
        change.fields().stream().map(UseField::jsonName).toList());
  }

  @Test
  void movingTheAnnotationOrReorderingItsListsIsNoChange() {
    UseDeclaration was = use("grade").inputs(DataInput.PUBLIC_DOMAIN, DataInput.THIRD_PARTY_IP)
        .creates(Creates.IDEATION, Creates.PREVIS).build();
    UseDeclaration now = use("grade").inputs(DataInput.THIRD_PARTY_IP, DataInput.PUBLIC_DOMAIN)
        .creates(Creates.PREVIS, Creates.IDEATION)
        .source("src/main/java/com/studio/Moved.java", 200).build();
    Changes changes = Changes.between(baselineOf(assess(was)), assess(now));
    assertTrue(changes.isEmpty(), changes.changed().toString());
    assertEquals(List.of(), changes.escalations());
  }

  @Test
  void aUseWhoseOnlyChangeIsItsVerdictIsChangedWithNoFields() {
    UseSnapshot approved = snapshot(use("crowd").build(), Verdict.APPROVED);
    Changes changes = Changes.between(
        new BaselineReport("1.0.0", List.of(approved), Set.of(), Set.of()),
        assess(use("crowd").build()));
    UseChange change = changes.changed().get(0);
    assertEquals(List.of(), change.fields());
    assertEquals(Optional.of(Verdict.APPROVED), change.verdictBefore());
    assertEquals(Optional.of(Verdict.NEEDS_APPROVAL), change.verdictAfter());
  }

  @Test
  void inAnAggregateTheModuleIsPartOfTheKey() {
    BaselineReport before = baselineOf(assess(use("tagging").build().inModule("vfx"),
        use("tagging").build().inModule("previs")));
    Changes changes = Changes.between(before, assess(use("tagging").build().inModule("vfx"),
        use("tagging").model("v2").build().inModule("dailies")));
    assertEquals(List.of("dailies/tagging"), keys(changes.added()));
    assertEquals(List.of("previs/tagging"), keys(changes.removed()));
    assertEquals(List.of(), changes.changed());
  }

  @Test
  void keysSortByIdThenModule() {
    List<UseKey> keys = new java.util.ArrayList<>(List.of(new UseKey("vfx", "b"),
        new UseKey("", "b"), new UseKey("dub", "a"), new UseKey("audio", "b")));
    java.util.Collections.sort(keys);
    assertEquals("[dub/a, b, audio/b, vfx/b]", keys.toString());
  }

  @Test
  void escalationsAreAddedOrChangedUsesWhoseVerdictIsNowEscalated() {
    BaselineReport before = new BaselineReport("1.0.0", List.of(
        snapshot(use("kept").build(), Verdict.NEEDS_APPROVAL),
        snapshot(use("expired").build(), Verdict.APPROVED),
        snapshot(use("reworded").build(), Verdict.SOCIALIZE),
        snapshot(use("dropped").build(), Verdict.PROHIBITED)), Set.of(), Set.of());
    Changes changes = Changes.between(before, assess(use("kept").build(),
        use("expired").build(), use("reworded").purpose("Reworded.").build(),
        use("brand-new").build()));
    // kept: unchanged; dropped: removed, so nothing to look at in this release.
    assertEquals(List.of("brand-new", "expired", "reworded"),
        keys(concat(changes.added(), changes.changed())).stream().sorted().toList());
    assertEquals(List.of("brand-new", "expired", "reworded"), keys(changes.escalations()));
    assertTrue(changes.escalations().stream().allMatch(UseChange::isEscalated));
  }

  @Test
  void aChangeIntoSocializeIsNoEscalation() {
    UseDeclaration allowed = use("allowed").build();
    // Registered and enterprise-secured, the tool makes a previs use SOCIALIZE.
    Policy policy = new Policy(Policy.NETFLIX_2025, "genai-policy.yaml", "",
        Map.of("studio-gen", new Tool("studio-gen", "Studio", true, false, false, "")),
        Map.of(), Map.of(), true, true, Map.of(), Map.of(), null);
    Assessment now = new PolicyEvaluator(policy, AS_OF).assess(
        List.of(allowed, use("also-new").build()), List.of(), true);
    BaselineReport before = new BaselineReport("1.0.0",
        List.of(snapshot(allowed, Verdict.NEEDS_APPROVAL)), Set.of(), Set.of());
    Changes changes = Changes.between(before, now);
    assertEquals(List.of("allowed"), keys(changes.changed()));
    assertEquals(List.of("also-new"), keys(changes.added()));
    assertEquals(List.of(), changes.escalations());
  }

  @Test
  void baselineStatesOfUsesCallsAndLedgerFindings() {
    UndeclaredCall known = new UndeclaredCall("com.studio.A#run()", "api.openai.com",
        "api.openai.com", "src/main/java/com/studio/A.java", 3);
    UndeclaredCall moved = new UndeclaredCall("com.studio.A#run()", "api.openai.com",
        "api.openai.com", "src/main/java/com/studio/A.java", 30);
    UndeclaredCall fresh = new UndeclaredCall("com.studio.B#run()", "api.openai.com",
        "api.openai.com", "", 0);
    Assessment now = assess(List.of(use("same").build(), use("edited").model("v2").build(),
        use("added").build()), List.of(known, fresh));
    BaselineReport before = new BaselineReport("1.0.0",
        List.of(snapshot(use("same").build(), Verdict.NEEDS_APPROVAL),
            snapshot(use("edited").build(), Verdict.NEEDS_APPROVAL)),
        Set.of(new BaselineReport.Call("com.studio.A#run()", "api.openai.com")), Set.of());
    Changes changes = Changes.between(before, now);
    assertEquals(List.of("added NEW", "edited UPDATED", "same UNCHANGED"),
        now.uses().stream().map(e -> e.use().id() + " " + changes.stateOf(e)).toList());
    assertEquals(BaselineState.UNCHANGED, changes.stateOf(known));
    assertEquals(BaselineState.UNCHANGED, changes.stateOf(moved), "the line is not compared");
    assertEquals(BaselineState.NEW, changes.stateOf(fresh));
    assertEquals("new", BaselineState.NEW.sarifName());
  }

  private static UseSnapshot snapshot(UseDeclaration use, Verdict verdict) {
    return UseSnapshot.of(new UseEvaluation(use, verdict, List.of()));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
