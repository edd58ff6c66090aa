package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.UndeclaredCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding each module's policy, and merging what each policy judged into one assessment. */
class ReactorPoliciesTest {

  private static final String POLICY = "policy: netflix-2025\n";

  @TempDir Path reactor;

  /** The root's file and dub's; vfx has none. */
  private void reactorWith(String rootPolicy, String dubPolicy) throws Exception {
    Files.writeString(reactor.resolve("genai-policy.yaml"), rootPolicy);
    Files.createDirectories(reactor.resolve("vfx"));
    Files.createDirectories(reactor.resolve("dub"));
    Files.writeString(reactor.resolve("dub/genai-policy.yaml"), dubPolicy);
  }

  private ReactorPolicies load(ComplianceRun root) throws MojoExecutionException {
    return ReactorPolicies.load(root, reactor,
        List.of(reactor.resolve("vfx"), reactor.resolve("dub")), dir -> reactor);
  }

  private ComplianceRun rootRun() throws MojoExecutionException {
    Policy policy = ComplianceRun.readPolicy(Optional.of(reactor.resolve("genai-policy.yaml")),
        reactor);
    return new ComplianceRun(policy, LocalDate.of(2026, 1, 15));
  }

  private ModuleScan scanWithOneCall(String module) {
    CompiledModule compiled = new CompiledModule(module, reactor.resolve(module),
        Path.of("target/classes"), List.of());
    return new ModuleScan(compiled, List.of(), List.of(new UndeclaredCall(
        "com.example." + module + ".Quick#run()", "com.openai.Client#<init>()", "com.openai",
        module + "/src/main/java/com/example/Quick.java", 7)), List.of(),
        new dev.genaiguidelines.maven.report.ScanScope("target/classes", "", 1, 0));
  }

  @Test
  void modulesWithoutAFileShareTheRootsRunAndAFileOfTheirOwnIsReadOnce() throws Exception {
    reactorWith(POLICY, POLICY + "tools: []\n");
    ComplianceRun root = rootRun();
    ReactorPolicies policies = load(root);
    assertSame(root, policies.runFor(reactor.resolve("vfx")));
    assertSame(root, policies.runFor(reactor.resolve("elsewhere")));
    ComplianceRun dub = policies.runFor(reactor.resolve("dub"));
    assertEquals("dub/genai-policy.yaml", dub.policy().source());
    assertSame(dub, policies.runFor(reactor.resolve("dub/../dub")));
    assertEquals(Map.of("dub", dub.policy()), policies.differingPolicies(
        List.of(scanWithOneCall("vfx"), scanWithOneCall("dub"))));
  }

  @Test
  void aMalformedModulePolicyNamesItsFile() throws Exception {
    reactorWith(POLICY, POLICY + "colour: blue\n");
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> load(rootRun()));
    assertTrue(e.getMessage().startsWith("Invalid GenAI policy "
        + reactor.resolve("dub/genai-policy.yaml") + ":2:1: "), e.getMessage());
  }

  @Test
  void callsOfAModuleWhosePolicyTurnsGai301OffAreLeftOutBesideReportedOnes() throws Exception {
    reactorWith(POLICY, POLICY + "severity:\n  GAI301: OFF\n");
    Assessment merged = load(rootRun()).assess(
        List.of(scanWithOneCall("vfx"), scanWithOneCall("dub")), true);
    assertEquals(List.of("com.example.vfx.Quick#run()"),
        merged.undeclared().stream().map(entry -> entry.call().element()).toList());
    assertEquals(List.of("com.example.vfx.Quick#run()"),
        merged.undeclaredFindings().stream().map(Finding::subject).toList());
    assertEquals("genai-policy.yaml", merged.policy().source());
  }

  @Test
  void whenNoPolicyReportsGai301EveryCallIsListedWithoutAFinding() throws Exception {
    reactorWith(POLICY + "severity:\n  GAI301: OFF\n",
        POLICY + "tools: []\nseverity:\n  GAI301: OFF\n");
    Assessment merged = load(rootRun()).assess(
        List.of(scanWithOneCall("vfx"), scanWithOneCall("dub")), true);
    assertEquals(List.of("com.example.dub.Quick#run()", "com.example.vfx.Quick#run()"),
        merged.undeclared().stream().map(entry -> entry.call().element()).toList());
    assertEquals(List.of(), merged.undeclaredFindings());
  }
}
