package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import dev.genaiguidelines.maven.CheckOutcome.FailOn;
import dev.genaiguidelines.maven.CheckOutcome.Level;
import dev.genaiguidelines.maven.CheckOutcome.Line;
import dev.genaiguidelines.policy.Approval;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.Tool;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckOutcomeTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final String UNREADABLE = "Cannot read class file target/classes/com/x/Cut.class:"
      + " truncated class file (ends after 50 bytes).";

  static Policy policy() {
    return new Policy(Policy.NETFLIX_2025, "genai-policy.yaml", "",
        Map.of(
            "runway-gen4", new Tool("runway-gen4", "Runway", true, false, false, "ENT-1"),
            "cheap-gen", new Tool("cheap-gen", "Cheap", false, true, false, "")),
        Map.of("APR-1", new Approval("APR-1", List.of("crowd-extension"), "Studio Legal",
            LocalDate.of(2025, 9, 1), Optional.of(LocalDate.of(2030, 1, 1)))),
        Map.of(), true, true, Map.of(), Map.of(), null);
  }

  static UseDeclaration storyboard() {
    return UseDeclaration.builder("com.x.Story").id("storyboard").tool("runway-gen4")
        .purpose("Drafts storyboard frames.").inputs(DataInput.NONE).creates(Creates.PREVIS)
        .source("src/main/java/com/x/Story.java", 10).build();
  }

  static UseDeclaration crowd(String approval) {
    return UseDeclaration.builder("com.x.Crowd").id("crowd-extension").tool("runway-gen4")
        .purpose("Extends crowds.").output(Output.FINAL_DELIVERABLE)
        .inputs(DataInput.PRODUCTION_MATERIAL).creates(Creates.BACKGROUND_ELEMENT)
        .approval(approval).source("src/main/java/com/x/Crowd.java", 12).build();
  }

  static UseDeclaration voice() {
    return UseDeclaration.builder("com.x.Voice#run()").id("voice-draft").tool("cheap-gen")
        .purpose("Drafts a voice.").inputs(DataInput.NONE).creates(Creates.IDEATION)
        .source("src/main/java/com/x/Voice.java", 7).build();
  }

  static UndeclaredCall call() {
    return new UndeclaredCall("com.x.Dub#run()", "com.openai.Client#create", "com.openai",
        "src/main/java/com/x/Dub.java", 40);
  }

  private static Assessment assess(List<UseDeclaration> uses, List<UndeclaredCall> calls) {
    return new PolicyEvaluator(policy(), AS_OF).assess(uses, calls, true);
  }

  @Test
  void summaryCountsEveryVerdictUndeclaredCallsErrorsAndWarnings() {
    Assessment assessment = assess(List.of(storyboard(), crowd(""), voice()), List.of(call()));
    List<Line> lines =
        new CheckOutcome(assessment, List.of(), FailOn.ALL).summary("target/classes", 12);
    assertEquals(List.of(
        new Line(Level.INFO, "GenAI guidelines: 3 uses in 12 classes of target/classes, policy"
            + " netflix-2025 (genai-policy.yaml), as of 2026-03-01"),
        new Line(Level.INFO, "  SOCIALIZE             1"),
        new Line(Level.INFO, "  APPROVED              0"),
        new Line(Level.INFO, "  NEEDS_APPROVAL        1"),
        new Line(Level.INFO, "  PROHIBITED            1"),
        new Line(Level.INFO, "  undeclared calls      1"),
        new Line(Level.INFO, "  errors                3"),
        new Line(Level.INFO, "  warnings              0")), lines);
  }

  @Test
  void everyViolationIsAnErrorWithItsFileAndLine() {
    Assessment assessment = assess(List.of(storyboard(), crowd(""), voice()), List.of(call()));
    List<Line> lines = new CheckOutcome(assessment, List.of(), FailOn.ALL).findings();

    assertEquals(3, lines.size(), lines.toString());
    assertEquals(Level.ERROR, lines.get(0).level());
    assertTrue(lines.get(0).text().startsWith("src/main/java/com/x/Crowd.java:12: [GAI104] use"
        + " 'crowd-extension': output is FINAL_DELIVERABLE"), lines.get(0).text());
    assertEquals(Level.ERROR, lines.get(1).level());
    assertTrue(lines.get(1).text().startsWith("src/main/java/com/x/Voice.java:7: [GAI102] use"
        + " 'voice-draft': tool 'cheap-gen' trains on inputs or outputs"), lines.get(1).text());
    assertEquals(Level.ERROR, lines.get(2).level());
    assertTrue(lines.get(2).text().startsWith("src/main/java/com/x/Dub.java:40: [GAI301] call in"
        + " com.x.Dub#run(): calls com.openai.Client#create (marker"
        + " 'com.openai')"), lines.get(2).text());
  }

  @Test
  void anUnusedLedgerRecordIsAWarningOnThePolicyFile() {
    Assessment assessment = assess(List.of(storyboard()), List.of());
    CheckOutcome outcome = new CheckOutcome(assessment, List.of(), FailOn.ALL);
    List<Line> lines = outcome.findings();
    assertEquals(1, lines.size(), lines.toString());
    assertEquals(Level.WARNING, lines.get(0).level());
    assertTrue(lines.get(0).text().startsWith("genai-policy.yaml: [GAI008] approval 'APR-1'"),
        lines.get(0).text());
    assertEquals(Optional.empty(), outcome.failure());
  }

  @Test
  void failsOnceWithTheCountsOfEveryKindOfViolation() {
    Assessment assessment = assess(List.of(storyboard(), crowd(""), voice()), List.of(call()));
    CheckOutcome outcome = new CheckOutcome(assessment, List.of(UNREADABLE), FailOn.ALL);
    assertEquals(Optional.of("GenAI guidelines check failed: 1 PROHIBITED use, 1 use"
        + " NEEDS_APPROVAL, 1 unreadable class file, 1 undeclared GenAI call. Each is listed above"
        + " with its file, line and fix. A class file that cannot be rebuilt is let through,"
        + " unjudged, with guidelines.failOnUnreadable=false."), outcome.failure());
    assertEquals(Optional.empty(), outcome.tolerated());
    assertEquals(List.of(new Line(Level.ERROR, UNREADABLE)), outcome.unreadable());
  }

  @Test
  void anUnreadableClassAloneFailsTheBuildWhateverFailOnViolationSays() {
    Assessment assessment = assess(List.of(storyboard()), List.of());
    for (boolean failOnViolation : new boolean[] {true, false}) {
      CheckOutcome outcome = new CheckOutcome(assessment, List.of(UNREADABLE),
          new FailOn(failOnViolation, true, true));
      assertEquals(Optional.of("GenAI guidelines check failed: 1 unreadable class file. Each is"
          + " listed above with its file, line and fix. A class file that cannot be rebuilt is"
          + " let through, unjudged, with guidelines.failOnUnreadable=false."),
          outcome.failure());
      assertEquals(List.of(new Line(Level.ERROR, UNREADABLE)), outcome.unreadable());
    }
  }

  @Test
  void failOnUnreadableFalseWarnsAndStillFailsOnViolations() {
    Assessment assessment = assess(List.of(crowd("")), List.of());
    CheckOutcome outcome = new CheckOutcome(assessment, List.of(UNREADABLE, UNREADABLE),
        new FailOn(true, true, false));
    assertEquals(List.of(new Line(Level.WARNING, UNREADABLE), new Line(Level.WARNING, UNREADABLE)),
        outcome.unreadable());
    assertEquals(Optional.of("GenAI guidelines check failed: 1 use NEEDS_APPROVAL. Each is listed"
        + " above with its file, line and fix."), outcome.failure());
    assertEquals(Optional.of("GenAI guidelines: 2 unreadable class files; not failing the build"
        + " because guidelines.failOnUnreadable is false."), outcome.tolerated());
  }

  @Test
  void everySwitchOffPassesAndNamesEachSwitch() {
    Assessment assessment = assess(List.of(crowd("")), List.of(call()));
    CheckOutcome outcome = new CheckOutcome(assessment, List.of(UNREADABLE),
        new FailOn(false, false, false));
    assertEquals(Optional.empty(), outcome.failure());
    assertEquals(Optional.of("GenAI guidelines: 1 use NEEDS_APPROVAL, 1 unreadable class file,"
        + " 1 undeclared GenAI call; not failing the build because guidelines.failOnViolation,"
        + " guidelines.failOnUnreadable and guidelines.failOnUndeclared are false."),
        outcome.tolerated());
  }

  @Test
  void passesWhenEveryUseIsAllowedOrApproved() {
    Assessment assessment = assess(List.of(storyboard(), crowd("APR-1")), List.of());
    CheckOutcome outcome = new CheckOutcome(assessment, List.of(), FailOn.ALL);
    assertEquals(Optional.empty(), outcome.failure());
    assertEquals(Optional.empty(), outcome.tolerated());
    assertEquals(List.of(), outcome.findings());
  }

  @Test
  void failOnViolationFalseTurnsViolationsIntoWarningsButStillFailsOnUndeclaredCalls() {
    Assessment assessment = assess(List.of(crowd(""), voice()), List.of(call()));
    CheckOutcome outcome = new CheckOutcome(assessment, List.of(), new FailOn(false, true, true));
    List<Line> lines = outcome.findings();
    assertEquals(Level.WARNING, lines.get(0).level());
    assertEquals(Level.WARNING, lines.get(1).level());
    assertEquals(Level.ERROR, lines.get(2).level());
    assertEquals(Optional.of("GenAI guidelines check failed: 1 undeclared GenAI call. Each is"
        + " listed above with its file, line and fix."), outcome.failure());
    assertEquals(Optional.of("GenAI guidelines: 1 PROHIBITED use, 1 use NEEDS_APPROVAL; not"
        + " failing the build because guidelines.failOnViolation is false."),
        outcome.tolerated());
  }

  @Test
  void failOnUndeclaredFalseTurnsUndeclaredCallsIntoWarningsButStillFailsOnViolations() {
    Assessment assessment = assess(List.of(crowd("")), List.of(call()));
    CheckOutcome outcome = new CheckOutcome(assessment, List.of(), new FailOn(true, false, true));
    List<Line> lines = outcome.findings();
    assertEquals(Level.ERROR, lines.get(0).level());
    assertEquals(Level.WARNING, lines.get(1).level());
    assertTrue(lines.get(1).text().startsWith("src/main/java/com/x/Dub.java:40: [GAI301]"));
    assertEquals(Optional.of("GenAI guidelines check failed: 1 use NEEDS_APPROVAL. Each is listed"
        + " above with its file, line and fix."), outcome.failure());
    assertEquals(Optional.of("GenAI guidelines: 1 undeclared GenAI call; not failing the build"
        + " because guidelines.failOnUndeclared is false."), outcome.tolerated());
  }

  @Test
  void bothSwitchesOffPassesAndNamesBoth() {
    Assessment assessment = assess(List.of(crowd("")), List.of(call()));
    CheckOutcome outcome = new CheckOutcome(assessment, List.of(), new FailOn(false, false, true));
    assertEquals(Optional.empty(), outcome.failure());
    assertEquals(Optional.of("GenAI guidelines: 1 use NEEDS_APPROVAL, 1 undeclared GenAI call;"
        + " not failing the build because guidelines.failOnViolation and"
        + " guidelines.failOnUndeclared are false."), outcome.tolerated());
  }

  @Test
  void anErrorFindingOnAnAllowedUseFailsAsAnotherErrorFinding() {
    // An approval id the ledger does not know: GAI003 is an ERROR on a SOCIALIZE use.
    UseDeclaration unknownApproval = UseDeclaration.builder("com.x.Story").id("storyboard")
        .tool("runway-gen4").purpose("Drafts.").inputs(DataInput.NONE).creates(Creates.PREVIS)
        .approval("APR-404").source("src/main/java/com/x/Story.java", 10).build();
    Assessment assessment = new PolicyEvaluator(policy(), AS_OF)
        .assess(List.of(unknownApproval), List.of(), false);
    CheckOutcome outcome = new CheckOutcome(assessment, List.of(), FailOn.ALL);
    assertEquals(Optional.of("GenAI guidelines check failed: 1 other error finding. Each is listed"
        + " above with its file, line and fix."), outcome.failure());
    assertTrue(outcome.findings().get(0).text()
        .startsWith("src/main/java/com/x/Story.java:10: [GAI003] use 'storyboard'"));
  }
  @Test
  void locationsFromACraftedClassFileAndAPolicyPathStayOnOneLine() {
    String file = "src/main/java/com/x/" + HostileText.RAW + ".java";
    // Another id than the one APR-1 lists, so the ledger has an unused record to report.
    UseDeclaration crowd = UseDeclaration.builder("com.x.Crowd").id("crowd-v2")
        .tool("runway-gen4").purpose("Extends crowds.").output(Output.FINAL_DELIVERABLE)
        .inputs(DataInput.PRODUCTION_MATERIAL).creates(Creates.BACKGROUND_ELEMENT)
        .source(file, 12).build();
    UndeclaredCall call = new UndeclaredCall("com.x.Dub#run()", "com.openai.Client#create",
        "com.openai", file, 40);
    Policy policy = policy();
    Policy crafted = new Policy(policy.name(), HostileText.RAW + ".yaml", "", policy.tools(),
        policy.approvals(), policy.consents(), true, true, Map.of(), Map.of(), null);
    Assessment assessment = new PolicyEvaluator(crafted, AS_OF)
        .assess(List.of(crowd), List.of(call), true);

    List<String> lines = new CheckOutcome(assessment, List.of(), FailOn.ALL).findings().stream()
        .map(Line::text).toList();

    String quoted = "src/main/java/com/x/" + HostileText.QUOTED + ".java:";
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith(quoted + "12: [GAI104] use 'crowd-v2'"),
        lines.get(0));
    assertTrue(lines.get(1).startsWith(quoted + "40: [GAI301] call in com.x.Dub#run()"),
        lines.get(1));
    assertTrue(lines.get(2).startsWith(HostileText.QUOTED + ".yaml: [GAI008] approval 'APR-1'"),
        lines.get(2));
    HostileText.assertOneLineEach(lines);
  }
}
