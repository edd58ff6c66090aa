package dev.genaiguidelines.policy;

import static dev.genaiguidelines.policy.Fixtures.only;
import static dev.genaiguidelines.policy.Fixtures.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * GAI009 and GAI010 over real signatures made by {@code ssh-keygen -Y sign -n genai-approval}
 * (test resources in {@code policy/ssh}), each with the twin that passes.
 */
class SignedLedgerTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  private static final String PROJECT = "com.studio:vfx";
  private static final String ED25519_FINGERPRINT =
      "SHA256:gvjhKwIPAP1dyD/57MmpjZRjlbabWRKXuUjEJMnE5KU";

  private static String resource(String name) {
    try (InputStream in = SignedLedgerTest.class.getResourceAsStream("ssh/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String STATEMENT = resource("approval-statement.txt");

  private static Approval approval(String signature, String statement, Optional<LocalDate> expires,
      List<String> uses) {
    return new Approval("APR-2025-0042", uses, "Studio Legal", LocalDate.of(2025, 9, 1), expires,
        signature, statement);
  }

  private static Approval signedBy(String sigFile) {
    return approval(resource(sigFile), STATEMENT, Optional.of(LocalDate.of(2026, 9, 1)),
        List.of("crowd-extension", "sky-replacement"));
  }

  private static Policy policy(Approval approval, boolean required) {
    Tool runway = new Tool("runway-gen4", "Runway", true, false, false, "");
    List<Approver> approvers = List.of(new Approver("Studio Legal",
        resource("test-ed25519.pub").strip(), ED25519_FINGERPRINT));
    return new Policy(Policy.NETFLIX_2025, "com.studio:genai-policy:1.0", "ab",
        Map.of(runway.id(), runway), Map.of(approval.id(), approval), Map.of(), true, true,
        Map.of(), Map.of(), null,
        new Policy.Trust(List.of(new PolicyLayer("com.studio:genai-policy:1.0", "ab", true)),
            approvers, required));
  }

  private static UseDeclaration.Builder crowd() {
    return UseDeclaration.builder("com.studio.vfx.CrowdExtender")
        .id("crowd-extension")
        .tool("runway-gen4")
        .model("gen4")
        .purpose("Extends crowd plates in wide shots.")
        .output(Output.FINAL_DELIVERABLE)
        .inputs(DataInput.PRODUCTION_MATERIAL, DataInput.TALENT_LIKENESS)
        .creates(Creates.BACKGROUND_ELEMENT)
        .consent("")
        .approval("APR-2025-0042");
  }

  private static UseEvaluation judge(Policy policy, UseDeclaration use, String project) {
    return new PolicyEvaluator(policy, AS_OF, AS_OF, project).evaluate(use);
  }

  @Test
  void aSignatureByAnApproverOverTheDeclarationAsSignedApproves() {
    Policy policy = policy(signedBy("approval-statement.txt.ed25519.sig"), true);
    UseDeclaration use = crowd().build();

    UseEvaluation judged = judge(policy, use, PROJECT);

    // GAI105 (likeness without consent) stays: a signature clears approval, never a prohibition.
    assertEquals(List.of(Rule.GAI104, Rule.GAI105), rules(judged));
    Assessment assessment =
        new PolicyEvaluator(policy, AS_OF, AS_OF, PROJECT).assess(List.of(use), List.of(), false);
    assertEquals(List.of(new LedgerReference("approval", "APR-2025-0042", "Studio Legal",
        Optional.of(LocalDate.of(2025, 9, 1)), Optional.of(LocalDate.of(2026, 9, 1)),
        ED25519_FINGERPRINT, List.of("crowd-extension"))), assessment.ledger());
  }

  @Test
  void twinWithoutTheLikenessTheSignedUseIsApproved() throws Exception {
    // The statement binds TALENT_LIKENESS: dropping it is a change, so GAI010 names the field.
    UseEvaluation judged = judge(policy(signedBy("approval-statement.txt.ed25519.sig"), true),
        crowd().inputs(DataInput.PRODUCTION_MATERIAL).build(), PROJECT);

    assertEquals("[GAI010] use 'crowd-extension': approval 'APR-2025-0042' was signed for another"
        + " declaration: use 'crowd-extension' field inputs: signed"
        + " 'PRODUCTION_MATERIAL,TALENT_LIKENESS', now 'PRODUCTION_MATERIAL' (Netflix GenAI"
        + " guidance, written approval comes from the studio: signed by an approver, for the use as"
        + " declared). Fix: restore what was signed, or ask the approver to sign the new statement"
        + " (mvn guidelines:approval-request -Dguidelines.approval=APR-2025-0042).",
        only(judged, Rule.GAI010).message());
    assertEquals(Verdict.NEEDS_APPROVAL, judged.verdict());
  }

  @Test
  void anUnsignedApprovalIsGai009WhenSignaturesAreRequired() {
    Approval unsigned = approval("", "", Optional.of(LocalDate.of(2026, 9, 1)),
        List.of("crowd-extension"));
    UseEvaluation judged = judge(policy(unsigned, true), crowd().build(), PROJECT);

    assertEquals("[GAI009] use 'crowd-extension': approval 'APR-2025-0042' carries no signature,"
        + " and com.studio:genai-policy:1.0 requires signed approvals (Netflix GenAI guidance,"
        + " written approval comes from the studio: signed by an approver, for the use as"
        + " declared). Fix: run mvn guidelines:approval-request"
        + " -Dguidelines.approval=APR-2025-0042, have an approver of com.studio:genai-policy:1.0"
        + " sign the file with ssh-keygen -Y sign -n genai-approval, and add its text as statement:"
        + " and the signature as signature: to the entry.", only(judged, Rule.GAI009).message());
    assertEquals(Severity.ERROR, only(judged, Rule.GAI009).severity());
  }

  @Test
  void twinAnUnsignedApprovalStandsWhenSignaturesAreNotRequired() {
    Approval unsigned = approval("", "", Optional.of(LocalDate.of(2026, 9, 1)),
        List.of("crowd-extension"));
    UseEvaluation judged = judge(policy(unsigned, false), crowd().build(), PROJECT);

    assertEquals(List.of(Rule.GAI104, Rule.GAI105), rules(judged));
  }

  @Test
  void aSignatureByAKeyThatIsNotAnApproversIsGai009() {
    UseEvaluation judged = judge(policy(signedBy("approval-statement.txt.other-ed25519.sig"), true),
        crowd().build(), PROJECT);

    assertEquals(Rule.GAI009, only(judged, Rule.GAI009).rule());
    assertEquals(true, only(judged, Rule.GAI009).message().contains("approval 'APR-2025-0042' is"
        + " signed by key SHA256:MUq7/w1p4KWIv4PglGgy/rzjyYg0/tSY91+0D6PLMRk, which is not an"
        + " approver's key in com.studio:genai-policy:1.0"), only(judged, Rule.GAI009).message());
  }

  @Test
  void aSignatureForAnotherNamespaceIsGai009() {
    UseEvaluation judged = judge(
        policy(signedBy("approval-statement.txt.other-namespace.sig"), true), crowd().build(),
        PROJECT);

    assertEquals(true, only(judged, Rule.GAI009).message().contains("has a signature that does"
        + " not verify"), only(judged, Rule.GAI009).message());
  }

  @Test
  void aStatementEditedAfterSigningDoesNotVerify() {
    Approval edited = approval(resource("approval-statement.txt.ed25519.sig"),
        STATEMENT.replace("expires: 2026-09-01", "expires: 2029-09-01"),
        Optional.of(LocalDate.of(2029, 9, 1)), List.of("crowd-extension", "sky-replacement"));

    UseEvaluation judged = judge(policy(edited, true), crowd().build(), PROJECT);

    assertEquals(true, only(judged, Rule.GAI009).message().contains("does not verify"),
        only(judged, Rule.GAI009).message());
  }

  @Test
  void aLedgerEntryWhoseExpiryWasExtendedAfterSigningIsGai010() {
    Approval extended = approval(resource("approval-statement.txt.ed25519.sig"), STATEMENT,
        Optional.of(LocalDate.of(2029, 9, 1)), List.of("crowd-extension", "sky-replacement"));

    UseEvaluation judged = judge(policy(extended, true), crowd().build(), PROJECT);

    assertEquals(true, only(judged, Rule.GAI010).message().contains(
        "was signed for another declaration: expires: signed '2026-09-01', now '2029-09-01'"),
        only(judged, Rule.GAI010).message());
  }

  @Test
  void theApprovalUsedFromAnotherProjectIsGai010NamingTheProject() {
    UseEvaluation judged = judge(policy(signedBy("approval-statement.txt.ed25519.sig"), true),
        crowd().build(), "com.studio:dub");

    assertEquals(true, only(judged, Rule.GAI010).message().contains(
        "project: signed 'com.studio:vfx', now 'com.studio:dub'"),
        only(judged, Rule.GAI010).message());
  }

  @Test
  void aDependencysUseIsJudgedAgainstTheApprovalSignedForTheModuleJudgingIt() {
    // The dependency com.studio:vfx-kit declares the use; the statement was signed for the
    // pipeline com.studio:vfx that ships it, so it verifies there.
    Assessment assessment = new PolicyEvaluator(
        policy(signedBy("approval-statement.txt.ed25519.sig"), true), AS_OF, AS_OF, PROJECT)
        .assess(List.of(), List.of(), List.of(crowd().build().inModule("com.studio:vfx-kit:1.0")),
            false);

    assertEquals(List.of(Rule.GAI104, Rule.GAI105), rules(assessment.dependencyUses().get(0)));
  }

  @Test
  void twinTheSameDependencyInAnotherPipelineIsGai010NamingThePipeline() {
    // An approval signed for one project (the library's, or another pipeline's) counts nowhere
    // else.
    Assessment assessment = new PolicyEvaluator(
        policy(signedBy("approval-statement.txt.ed25519.sig"), true), AS_OF, AS_OF,
        "com.studio:dub")
        .assess(List.of(), List.of(), List.of(crowd().build().inModule("com.studio:vfx-kit:1.0")),
            false);

    Finding changed = only(assessment.dependencyUses().get(0), Rule.GAI010);
    assertEquals(true, changed.message().contains(
        "project: signed 'com.studio:vfx', now 'com.studio:dub'"), changed.message());
  }

  @Test
  void twinAJudgeThatDoesNotKnowTheProjectLeavesItToCheck() {
    UseEvaluation judged = judge(policy(signedBy("approval-statement.txt.ed25519.sig"), true),
        crowd().build(), "");

    assertEquals(List.of(Rule.GAI104, Rule.GAI105), rules(judged));
  }

  @Test
  void aUseAddedToASignedEntrysListIsGai010() {
    Approval widened = approval(resource("approval-statement.txt.ed25519.sig"), STATEMENT,
        Optional.of(LocalDate.of(2026, 9, 1)),
        List.of("crowd-extension", "hero-creature", "sky-replacement"));
    UseDeclaration hero = crowd().id("hero-creature").build();

    UseEvaluation judged = judge(policy(widened, true), hero, PROJECT);

    assertEquals(true, only(judged, Rule.GAI010).message().contains("uses: signed"
        + " 'crowd-extension,sky-replacement', now 'crowd-extension,hero-creature,sky-replacement'"),
        only(judged, Rule.GAI010).message());
  }

  @Test
  void eachChangedFieldIsNamed() {
    Policy policy = policy(signedBy("approval-statement.txt.ed25519.sig"), true);
    Map<String, UseDeclaration> changed = Map.of(
        "tool", crowd().tool("sora").build(),
        "purpose", crowd().purpose("Makes crowds.").build(),
        "output", crowd().output(Output.TEMPORARY).build(),
        "creates", crowd().creates(Creates.KEY_CHARACTER).build(),
        "context", crowd().context(dev.genaiguidelines.annotations.Context.DOCUMENTARY).build(),
        "unionCoveredWork", crowd().unionCoveredWork(true).build(),
        "model", crowd().model("gen5").build());
    changed.forEach((field, use) -> {
      UseEvaluation judged = judge(policy, use, PROJECT);
      String message = only(judged, Rule.GAI010).message();
      assertEquals(true, message.contains("use 'crowd-extension' field " + field + ": signed"),
          field + " -> " + message);
    });
  }
}
