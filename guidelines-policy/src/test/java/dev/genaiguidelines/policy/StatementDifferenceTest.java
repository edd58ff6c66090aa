package dev.genaiguidelines.policy;

import static dev.genaiguidelines.policy.ApprovalStatementTest.APPROVAL;
import static dev.genaiguidelines.policy.ApprovalStatementTest.CROWD;
import static dev.genaiguidelines.policy.ApprovalStatementTest.DECLARED;
import static dev.genaiguidelines.policy.ApprovalStatementTest.PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What GAI010 will say changed: each field of the statement, named, with both values. */
class StatementDifferenceTest {
  private static final ApprovalStatement SIGNED = signed();

  @Test
  void identicalStatementsHaveNoDifferences() {
    assertEquals(List.of(), ApprovalStatement.differences(SIGNED,
        ApprovalStatement.of(PROJECT, APPROVAL, DECLARED)));
    // A declaration's place in the code and its approval id are not what the approver signed.
    UseDeclaration moved = UseDeclaration.builder("com.studio.vfx.Elsewhere")
        .id(CROWD.id()).tool(CROWD.tool()).purpose(CROWD.purpose()).output(CROWD.output())
        .inputs(DataInput.PRODUCTION_MATERIAL, DataInput.TALENT_LIKENESS, DataInput.TALENT_LIKENESS)
        .creates(CROWD.creates()).context(CROWD.context()).model(CROWD.model())
        .approval("APR-2025-0042").source("Elsewhere.java", 99).build();
    assertEquals(List.of(), ApprovalStatement.differences(SIGNED,
        ApprovalStatement.of(PROJECT, APPROVAL, Map.of(CROWD.id(), moved))));
  }

  @Test
  void eachUseFieldIsNamed() {
    assertUseChange("use 'crowd-extension' field tool: signed 'runway-gen4', now 'sora'",
        b -> b.tool("sora"));
    assertUseChange("use 'crowd-extension' field purpose: signed 'Extends crowd plates in wide "
        + "shots.', now 'Replaces\\u000Athe crowd.'", b -> b.purpose("Replaces\nthe crowd."));
    assertUseChange("use 'crowd-extension' field output: signed 'FINAL_DELIVERABLE', now "
        + "'TEMPORARY'", b -> b.output(Output.TEMPORARY));
    assertUseChange("use 'crowd-extension' field inputs: signed "
        + "'PRODUCTION_MATERIAL,TALENT_LIKENESS', now 'PRODUCTION_MATERIAL,PERSONAL_DATA,"
        + "TALENT_LIKENESS'", b -> b.inputs(DataInput.TALENT_LIKENESS, DataInput.PERSONAL_DATA,
            DataInput.PRODUCTION_MATERIAL));
    assertUseChange("use 'crowd-extension' field creates: signed 'BACKGROUND_ELEMENT', now ''",
        b -> b.creates());
    assertUseChange("use 'crowd-extension' field context: signed 'FICTION', now 'DOCUMENTARY'",
        b -> b.context(Context.DOCUMENTARY));
    assertUseChange("use 'crowd-extension' field unionCoveredWork: signed 'false', now 'true'",
        b -> b.unionCoveredWork(true));
    assertUseChange("use 'crowd-extension' field model: signed 'gen4', now ''", b -> b.model(""));
  }

  @Test
  void entryAndProjectFieldsAreNamed() {
    assertEquals(List.of("project: signed 'com.studio:vfx', now 'com.studio:dub'"),
        messages(ApprovalStatement.of("com.studio:dub", APPROVAL, DECLARED)));
    assertEquals(List.of("expires: signed '2026-09-01', now '2027-09-01'"),
        messages(ApprovalStatement.of(PROJECT, approval(APPROVAL.approvedBy(), APPROVAL.date(),
            Optional.of(LocalDate.of(2027, 9, 1)), APPROVAL.uses()), DECLARED)));
    assertEquals(List.of("expires: signed '2026-09-01', now 'none'"),
        messages(ApprovalStatement.of(PROJECT, approval(APPROVAL.approvedBy(), APPROVAL.date(),
            Optional.empty(), APPROVAL.uses()), DECLARED)));
    assertEquals(List.of("approvedBy: signed 'Studio Legal', now 'Studio Legal\\u202E'"),
        messages(ApprovalStatement.of(PROJECT, approval("Studio Legal\u202E", APPROVAL.date(),
            APPROVAL.expires(), APPROVAL.uses()), DECLARED)));
    assertEquals(List.of("date: signed '2025-09-01', now '2025-09-02'"),
        messages(ApprovalStatement.of(PROJECT, approval(APPROVAL.approvedBy(),
            LocalDate.of(2025, 9, 2), APPROVAL.expires(), APPROVAL.uses()), DECLARED)));
    Consent consent = new Consent(APPROVAL.id(), APPROVAL.uses(), "Studio Legal",
        APPROVAL.expires());
    assertEquals(List.of("kind: signed 'approval', now 'consent'"),
        messages(ApprovalStatement.of(PROJECT, consent, DECLARED)));
  }

  @Test
  void useDeclaredOrNotAndListedOrNotAreNamed() {
    assertEquals(List.of("use 'crowd-extension' declared: signed 'yes', now 'no'"),
        messages(ApprovalStatement.of(PROJECT, APPROVAL, Map.of())));
    UseDeclaration sky = UseDeclaration.builder("x.Sky").id("sky-replacement").tool("t")
        .purpose("p").build();
    assertEquals(List.of("use 'sky-replacement' declared: signed 'no', now 'yes'"),
        messages(ApprovalStatement.of(PROJECT, APPROVAL,
            Map.of(CROWD.id(), CROWD, sky.id(), sky))));
    assertEquals(List.of("uses: signed 'crowd-extension,sky-replacement', now "
            + "'crowd-extension,sky-replacement,wire-removal'"),
        messages(ApprovalStatement.of(PROJECT, approval(APPROVAL.approvedBy(), APPROVAL.date(),
            APPROVAL.expires(), List.of("crowd-extension", "sky-replacement", "wire-removal")),
            DECLARED)));
  }

  @Test
  void differenceKeepsItsPartsApart() {
    StatementDifference difference = ApprovalStatement.differences(SIGNED,
        ApprovalStatement.of(PROJECT, APPROVAL, Map.of(CROWD.id(), change(b -> b.tool("sora")))))
        .get(0);
    assertEquals(new StatementDifference(Optional.of("crowd-extension"), "tool", "runway-gen4",
        "sora"), difference);
    assertEquals("use 'crowd-extension' field tool", difference.path());
  }

  @Test
  void longValuesAreCutInMessagesOnly() {
    String purpose = "p".repeat(500);
    StatementDifference difference = ApprovalStatement.differences(SIGNED,
        ApprovalStatement.of(PROJECT, APPROVAL, Map.of(CROWD.id(),
            change(b -> b.purpose(purpose))))).get(0);
    assertEquals(purpose, difference.now());
    assertEquals("use 'crowd-extension' field purpose: signed 'Extends crowd plates in wide "
        + "shots.', now '" + "p".repeat(120) + "... (500 characters)'", difference.message());
  }

  private static ApprovalStatement signed() {
    try {
      // As GAI010 will have it: the statement read back from what the approver signed.
      return ApprovalStatement.parse(ApprovalStatementTest.APPROVAL_TEXT);
    } catch (ApprovalStatementException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static Approval approval(String approvedBy, LocalDate date,
      Optional<LocalDate> expires, List<String> uses) {
    return new Approval(APPROVAL.id(), uses, approvedBy, date, expires);
  }

  private static UseDeclaration change(UnaryOperator<UseDeclaration.Builder> change) {
    return change.apply(UseDeclaration.builder(CROWD.element())
        .id(CROWD.id()).tool(CROWD.tool()).purpose(CROWD.purpose()).output(CROWD.output())
        .inputs(CROWD.inputs()).creates(CROWD.creates()).context(CROWD.context())
        .unionCoveredWork(CROWD.unionCoveredWork()).model(CROWD.model())).build();
  }

  private static void assertUseChange(String expected,
      UnaryOperator<UseDeclaration.Builder> change) {
    assertEquals(List.of(expected), messages(ApprovalStatement.of(PROJECT, APPROVAL,
        Map.of(CROWD.id(), change(change)))));
  }

  private static List<String> messages(ApprovalStatement now) {
    return ApprovalStatement.differences(SIGNED, now).stream()
        .map(StatementDifference::message).toList();
  }
}
