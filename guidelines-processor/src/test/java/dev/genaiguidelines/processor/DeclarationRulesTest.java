package dev.genaiguidelines.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GAI001 and GAI003-GAI007 at compile time, each on the attribute at fault, each with a twin.
 * GAI002 needs several uses: see {@link DuplicateIdsTest}.
 */
class DeclarationRulesTest {

  private static final String CLASS = "com.studio.vfx.Shot";

  @TempDir Path dir;

  private Compilation compile(String policyYaml, JavaFileObject source) {
    return Policies.compile(Policies.write(dir, policyYaml), source);
  }

  private Compilation compile(JavaFileObject source) {
    return compile(Policies.STUDIO, source);
  }

  @Test
  void gai001MalformedIdIsAnErrorOnTheId() {
    JavaFileObject source = Sources.use("Hero Creature").onClass(CLASS);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[GAI001] use 'Hero Creature': id 'Hero Creature' does not match "
            + "[a-z0-9][a-z0-9.-]{1,63}")
        .inFile(source)
        .onLineContaining("id = \"Hero Creature\"");
    assertThat(compilation).hadErrorContaining("e.g. \"hero-creature\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void gai001NoneBesideOtherInputsIsAnErrorOnInputs() {
    JavaFileObject source = Sources.use("storyboards")
        .set("inputs", "{DataInput.NONE, DataInput.PUBLIC_DOMAIN}").onClass(CLASS);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[GAI001] use 'storyboards': inputs lists NONE beside PUBLIC_DOMAIN")
        .inFile(source)
        .onLineContaining("inputs = {DataInput.NONE, DataInput.PUBLIC_DOMAIN}");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void gai001BlankPurposeAndEmptyCreatesAreTwoErrors() {
    JavaFileObject source = Sources.use("storyboards").string("purpose", " ")
        .set("creates", "{}").onClass(CLASS);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[GAI001] use 'storyboards': purpose is blank")
        .inFile(source)
        .onLineContaining("purpose = \" \"");
    assertThat(compilation)
        .hadErrorContaining("[GAI001] use 'storyboards': creates is empty")
        .inFile(source)
        .onLineContaining("creates = {}");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void gai001BlankIdIsAnErrorOnTheId() {
    JavaFileObject source = Sources.use("").onClass(CLASS);
    Policies.assertOnlyError(compile(source), source, "id = \"\"",
        "[GAI001] use '': id is blank",
        "Fix: give the use a stable id such as \"storyboard-frames\".");
  }

  @Test
  void gai001BlankToolIsAnErrorOnTheToolAndIsJudgedAsAnUnregisteredOne() {
    JavaFileObject source = Sources.use("storyboards").string("tool", " ").onClass(CLASS);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[GAI001] use 'storyboards': tool is blank (Netflix GenAI guidance,"
            + " every intended use is shared with the studio, so every use is declared once and"
            + " well). Fix: name the tool by its id in the policy's tools: registry.")
        .inFile(source).onLineContaining("tool = \" \"");
    // A blank tool must never be judged better than one nobody vetted.
    assertThat(compilation)
        .hadErrorContaining("[GAI101] use 'storyboards': tool ' ' is not in the tool registry")
        .inFile(source).onLineContaining("tool = \" \"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void gai001EmptyInputsIsAnErrorOnInputs() {
    JavaFileObject source = Sources.use("storyboards").set("inputs", "{}").onClass(CLASS);
    Policies.assertOnlyError(compile(source), source, "inputs = {}",
        "[GAI001] use 'storyboards': inputs is empty",
        "Fix: list what is sent to the tool, or DataInput.NONE when only prompts are.");
  }

  @Test
  void gai001TwinAShortIdARegisteredToolAndOneInputCompile() {
    // The smallest values that are neither blank nor empty: each of the three errors is gone.
    assertThat(compile(Sources.use("ab").string("tool", "runway-gen4")
            .set("inputs", "{DataInput.NONE}").onClass(CLASS)))
        .succeededWithoutWarnings();
  }

  @Test
  void gai001TwinWellFormedDeclarationCompiles() {
    assertThat(compile(Sources.use("hero-creature")
            .set("inputs", "{DataInput.PUBLIC_DOMAIN}").onClass(CLASS)))
        .succeededWithoutWarnings();
  }

  @Test
  void gai003ApprovalNotInTheLedgerIsAnErrorOnTheApproval() {
    JavaFileObject source = Sources.use("hero-creature").set("output", "Output.FINAL_DELIVERABLE")
        .string("approval", "APR-2099-0001").onClass(CLASS);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[GAI003] use 'hero-creature': approval 'APR-2099-0001' is not in "
            + "the ledger of genai-policy.yaml")
        .inFile(source)
        .onLineContaining("approval = \"APR-2099-0001\"");
    // The approval does not clear the verdict either.
    assertThat(compilation)
        .hadErrorContaining("[GAI104] use 'hero-creature'")
        .inFile(source)
        .onLineContaining("output = Output.FINAL_DELIVERABLE");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void gai003TwinApprovalInTheLedgerCompiles() {
    assertThat(compile(Sources.use("hero-creature").set("output", "Output.FINAL_DELIVERABLE")
            .string("approval", "APR-2025-0042").onClass(CLASS)))
        .succeededWithoutWarnings();
  }

  @Test
  void gai004ExpiredApprovalIsAnErrorOnTheApproval() {
    JavaFileObject source = Sources.use("old-pass").set("output", "Output.FINAL_DELIVERABLE")
        .string("approval", "APR-2024-0001").onClass(CLASS);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[GAI004] use 'old-pass': approval 'APR-2024-0001' expired on "
            + "2025-06-30 (as of " + LocalDate.now() + ")")
        .inFile(source)
        .onLineContaining("approval = \"APR-2024-0001\"");
    assertThat(compilation).hadErrorContaining("[GAI104] use 'old-pass'");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void gai004AnAsOfBeforeTheExpiryDoesNotReviveAnApprovalExpiredByTheRealDate() {
    JavaFileObject source = Sources.use("old-pass").set("output", "Output.FINAL_DELIVERABLE")
        .string("approval", "APR-2024-0001").onClass(CLASS);
    Compilation compilation =
        Policies.compile(Policies.write(dir, Policies.STUDIO), "2025-06-30", source);
    assertThat(compilation)
        .hadErrorContaining("[GAI004] use 'old-pass': approval 'APR-2024-0001' expired on "
            + "2025-06-30 (as of " + LocalDate.now() + ")")
        .inFile(source)
        .onLineContaining("approval = \"APR-2024-0001\"");
  }

  @Test
  void gai004TwinAnApprovalThatHasNotExpiredCompiles() {
    JavaFileObject source = Sources.use("hero-creature").set("output", "Output.FINAL_DELIVERABLE")
        .string("approval", "APR-2025-0042").onClass(CLASS);
    assertThat(Policies.compile(Policies.write(dir, Policies.STUDIO), "2025-06-30", source))
        .succeededWithoutWarnings();
  }

  @Test
  void gai005ApprovalForAnotherUseIsAnErrorOnTheApproval() {
    JavaFileObject source = Sources.use("crowd-extension")
        .set("output", "Output.FINAL_DELIVERABLE").string("approval", "APR-2025-0042")
        .onClass(CLASS);
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining("[GAI005] use 'crowd-extension': approval 'APR-2025-0042' covers "
            + "'hero-creature', not this use")
        .inFile(source)
        .onLineContaining("approval = \"APR-2025-0042\"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void gai005TwinTheUseTheApprovalListsCompiles() {
    assertThat(compile(Sources.use("hero-creature").set("output", "Output.FINAL_DELIVERABLE")
            .string("approval", "APR-2025-0042").onClass(CLASS)))
        .succeededWithoutWarnings();
  }

  @Test
  void gai006ApprovalWithoutALedgerIsAWarningOnTheApproval() {
    JavaFileObject source = Sources.use("hero-creature").set("output", "Output.FINAL_DELIVERABLE")
        .string("approval", "APR-2025-0042").onClass(CLASS);
    Compilation compilation = compile(Policies.REGISTRY_ONLY, source);
    assertThat(compilation)
        .hadWarningContaining("[GAI006] use 'hero-creature': approval 'APR-2025-0042' cannot be "
            + "verified: the policy has no approvals: ledger")
        .inFile(source)
        .onLineContaining("approval = \"APR-2025-0042\"");
    assertThat(compilation).hadWarningCount(1);
    // Unverified, the approval clears nothing.
    assertThat(compilation).hadErrorContaining("[GAI104] use 'hero-creature'");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void gai006TwinTheSameUseWithALedgerCompiles() {
    assertThat(compile(Policies.STUDIO, Sources.use("hero-creature")
            .set("output", "Output.FINAL_DELIVERABLE").string("approval", "APR-2025-0042")
            .onClass(CLASS)))
        .succeededWithoutWarnings();
  }

  @Test
  void gai007ApprovalOnAUseThatNeedsNoneIsAWarningOnTheApproval() {
    JavaFileObject source = Sources.use("hero-creature").string("approval", "APR-2025-0042")
        .onClass(CLASS);
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[GAI007] use 'hero-creature': approval 'APR-2025-0042' is named "
            + "but the use only needs to be shared with the studio")
        .inFile(source)
        .onLineContaining("approval = \"APR-2025-0042\"");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void gai007TwinApprovalOnAUseThatNeedsItIsSilent() {
    assertThat(compile(Sources.use("hero-creature").set("output", "Output.FINAL_DELIVERABLE")
            .string("approval", "APR-2025-0042").onClass(CLASS)))
        .succeededWithoutWarnings();
  }
}
