package dev.genaiguidelines.maven;

import static dev.genaiguidelines.maven.MojoFixtures.BOARDS;
import static dev.genaiguidelines.maven.MojoFixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.genaiguidelines.maven.report.Enforcement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release built with enforcement off says so: {@code report} states how the same build's
 * {@code check} is set, in the JSON and as a banner a reader cannot miss.
 */
class EnforcementReportTest {

  @TempDir Path project;

  @RegisterExtension final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();
  private MavenProject maven;

  @BeforeEach
  void compile() throws Exception {
    Files.writeString(project.resolve("genai-policy.yaml"), POLICY);
    maven = MojoHarness.project(project, "pipeline");
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
  }

  /** Binds {@code check} in the pom, with {@code configuration} on its execution. */
  private static void bindCheck(MavenProject maven, Map<String, String> configuration) {
    Xpp3Dom dom = new Xpp3Dom("configuration");
    configuration.forEach((name, value) -> {
      Xpp3Dom child = new Xpp3Dom(name);
      child.setValue(value);
      dom.addChild(child);
    });
    PluginExecution execution = new PluginExecution();
    execution.setId("genai-check");
    execution.addGoal("check");
    execution.setConfiguration(dom);
    Plugin plugin = new Plugin();
    plugin.setGroupId("dev.genaiguidelines");
    plugin.setArtifactId("guidelines-maven-plugin");
    plugin.addExecution(execution);
    maven.getBuild().addPlugin(plugin);
  }

  private JsonNode reportJson() throws Exception {
    return new ObjectMapper().readTree(
        project.resolve("target/genai-compliance/genai-compliance.json").toFile());
  }

  private String report(String extension) throws Exception {
    return Files.readString(project.resolve("target/genai-compliance/genai-compliance."
        + extension));
  }

  @Test
  void failOnViolationFalseOnTheCommandLineIsInTheReportAndItsBanner() throws Exception {
    bindCheck(maven, Map.of());
    harness.mojo("report", maven, Map.of("guidelines.failOnViolation", "false",
        "guidelines.failOnMissingCatalog", "true"), log).execute();

    assertEquals("{\"checkRuns\":true,\"failOnViolation\":false,\"failOnUndeclared\":true,"
        + "\"failOnUnreadable\":true,\"failOnMissingCatalog\":true}",
        reportJson().get("enforcement").toString());
    assertTrue(report("html").contains("<li>Enforcement was off in this build:"
        + " guidelines.failOnViolation is false. Uses this report lists as failing did not fail"
        + " it.</li>"), report("html"));
    assertTrue(report("md").contains("> - Enforcement was off in this build:"
        + " guidelines.failOnViolation is false."), report("md"));
  }

  @Test
  void aCheckExecutionConfiguredNotToFailIsReadFromThePom() throws Exception {
    bindCheck(maven, Map.of("failOnUndeclared", "false"));

    assertEquals(new Enforcement(true, true, false, true, true),
        EnforcementReader.of(maven, null));
  }

  @Test
  void aPropertyExpressionInTheConfigurationIsResolvedFromTheProject() throws Exception {
    bindCheck(maven, Map.of("failOnUnreadable", "${lenient}"));
    maven.getProperties().setProperty("lenient", "false");

    assertEquals(new Enforcement(true, true, true, false, true),
        EnforcementReader.of(maven, null));
  }

  @Test
  void aCheckBoundButSkippedInItsExecutionRunsNoGate() throws Exception {
    // Regression: <skip>true</skip> on the check execution left the report saying it ran.
    bindCheck(maven, Map.of("skip", "true"));

    assertEquals(new Enforcement(false, true, true, true, true),
        EnforcementReader.of(maven, null));
  }

  @Test
  void twinACheckExecutionSayingSkipFalseRuns() throws Exception {
    bindCheck(maven, Map.of("skip", "false"));

    assertEquals(new Enforcement(true, true, true, true, true),
        EnforcementReader.of(maven, null));
  }

  @Test
  void aBuildThatDoesNotRunCheckSaysSo() throws Exception {
    harness.mojo("report", maven, Map.of("guidelines.failOnMissingCatalog", "true"), log)
        .execute();

    assertEquals(false, reportJson().get("enforcement").get("checkRuns").booleanValue());
    assertTrue(report("html").contains("<li>Enforcement was off in this build:"
        + " guidelines:check does not run in this build."), report("html"));
  }

  @Test
  void twinCheckBoundAndLeftAtItsDefaultsIsNoWarning() throws Exception {
    bindCheck(maven, Map.of());
    // The harness compiles without the processor and turns the catalog check off: on again.
    harness.mojo("report", maven, Map.of("guidelines.failOnMissingCatalog", "true"), log)
        .execute();

    assertEquals("{\"checkRuns\":true,\"failOnViolation\":true,\"failOnUndeclared\":true,"
        + "\"failOnUnreadable\":true,\"failOnMissingCatalog\":true}",
        reportJson().get("enforcement").toString());
    assertFalse(report("html").contains("Enforcement was off"), report("html"));
    assertEquals(List.of(), List.of(report("md").split("\n")).stream()
        .filter(line -> line.contains("Enforcement was off")).toList());
  }
}
