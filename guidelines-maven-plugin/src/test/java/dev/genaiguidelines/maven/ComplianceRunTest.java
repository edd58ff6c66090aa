package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.policy.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplianceRunTest {

  private static final LocalDate BUILD_DAY = LocalDate.of(2026, 2, 14);

  @TempDir Path project;

  @Test
  void asOfDefaultsToTheBuildDay() throws MojoExecutionException {
    assertEquals(BUILD_DAY, ComplianceRun.parseAsOf(null, BUILD_DAY));
    assertEquals(BUILD_DAY, ComplianceRun.parseAsOf("  ", BUILD_DAY));
  }

  @Test
  void asOfIsAnIsoDate() throws MojoExecutionException {
    assertEquals(LocalDate.of(2025, 6, 1), ComplianceRun.parseAsOf("2025-06-01", BUILD_DAY));
  }

  @Test
  void aBadAsOfSaysWhatIsExpected() {
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> ComplianceRun.parseAsOf("01/06/2025", BUILD_DAY));
    assertEquals("Invalid guidelines.asOf '01/06/2025': expected an ISO date YYYY-MM-DD, e.g."
        + " 2026-03-31 (the day approval and consent expiry is judged on; leave it unset to use"
        + " the build date).", e.getMessage());
  }

  @Test
  void anExplicitPolicyThatDoesNotExistIsAMisconfiguration() {
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> ComplianceRun.loadPolicy(Optional.of(Path.of("policies/missing.yaml")), project,
            project));
    assertEquals("guidelines.policy points to " + project.resolve("policies/missing.yaml")
        + ", which is not a file: fix the path, or remove the setting to use the"
        + " genai-policy.yaml found in the project or its parents.", e.getMessage());
  }

  @Test
  void withoutAPolicyFileTheBuiltInRulesApply() throws MojoExecutionException {
    Policy policy = ComplianceRun.loadPolicy(Optional.empty(), project, project);
    assertTrue(policy.isBuiltInOnly());
    assertEquals(Policy.NETFLIX_2025, policy.name());
  }

  @Test
  void theMissingPolicyNoteSaysWhereItLookedAndHowToAddOne() {
    Path module = project.resolve("vfx");
    assertEquals("No genai-policy.yaml in " + module + " or its parents up to " + project
        + ": the built-in netflix-2025 rules apply with an empty tool registry, so every use"
        + " needs approval (GAI101). Add genai-policy.yaml at the root of the project with your"
        + " studio's tools:, approvals: and consents:, or set guidelines.policy.",
        ComplianceRun.missingPolicyNote(module, project));
  }

  @Test
  void aModuleWithoutClassesScansToNothing() throws MojoExecutionException {
    ComplianceRun run = new ComplianceRun(Policy.builtIn(), BUILD_DAY);
    CompiledModule module =
        new CompiledModule("", project, Path.of("target/classes"), List.of());
    ModuleScan scan = run.scan(module, project);
    assertEquals(0, scan.classCount());
    assertEquals(List.of(), scan.uses());
    assertEquals(0, run.assess(List.of(scan), true).uses().size());
  }

  @Test
  void aPolicyFileWithAnErrorIsReportedWithItsLocation() throws Exception {
    Files.writeString(project.resolve("genai-policy.yaml"), "policy: netflix-2025\nbogus: 1\n");
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> ComplianceRun.loadPolicy(Optional.empty(), project, project));
    assertTrue(e.getMessage().startsWith("Invalid GenAI policy " + project.resolve(
        "genai-policy.yaml") + ":2:1: "), e.getMessage());
    assertTrue(e.getMessage().contains("bogus"), e.getMessage());
  }
}
