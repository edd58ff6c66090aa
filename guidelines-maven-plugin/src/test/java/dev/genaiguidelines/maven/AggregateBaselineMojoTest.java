package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report-aggregate with {@code guidelines.baseline} set to a version whose root published no
 * aggregate report: the baseline is merged from the reports every module's {@code report}
 * published with it. Regression test for the root-bound aggregate that could never find its
 * previous release.
 */
class AggregateBaselineMojoTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** previs 1.0.0: storyboard-frames on model gen-3, and old-boards, gone since. */
  private static final String PREVIS_1_0 = """
      {"schemaVersion": 1, "uses": [
        {"id": "old-boards", "tool": "studio-gen", "verdict": "SOCIALIZE"},
        {"id": "storyboard-frames", "element": "com.example.previs.Storyboards#draft(java.lang.String)",
         "tool": "studio-gen", "model": "gen-3", "purpose": "Drafts frames.",
         "output": "TEMPORARY", "inputs": ["NONE"], "creates": ["PREVIS"], "context": "FICTION",
         "unionCoveredWork": false, "verdict": "SOCIALIZE", "approval": "", "consent": ""}]}
      """;

  /** vfx 1.0.0 declared nothing yet. */
  private static final String VFX_1_0 = "{\"schemaVersion\": 1, \"uses\": []}";

  @TempDir Path reactor;

  private final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();
  private Path localRepository;
  private MavenProject root;
  private List<MavenProject> all;

  @BeforeEach
  void reactorOfTwoModules() throws Exception {
    harness.start();
    Files.writeString(reactor.resolve("genai-policy.yaml"), AggregatePoliciesTest.ROOT_POLICY);
    FixtureCompiler.compile(reactor.resolve("previs"),
        Map.of("com/example/previs/Storyboards.java", AggregatePoliciesTest.BOARDS));
    FixtureCompiler.compile(reactor.resolve("vfx"),
        Map.of("com/example/vfx/CrowdExtender.java", AggregatePoliciesTest.CROWD));
    root = MojoHarness.project(reactor, "studio-reactor");
    root.getModel().setPackaging("pom");
    all = List.of(root, MojoHarness.project(reactor.resolve("previs"), "previs"),
        MojoHarness.project(reactor.resolve("vfx"), "vfx"));
    localRepository = reactor.resolve("local-repo");
  }

  @AfterEach
  void stop() throws Exception {
    harness.stop();
  }

  private Path publish(String artifactId, String version, String json) throws Exception {
    Path file = localRepository.resolve("com/example/studio/" + artifactId + "/" + version + "/"
        + artifactId + "-" + version + "-genai-compliance.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json);
    return file;
  }

  private JsonNode aggregate(String baseline) throws Exception {
    Mojo mojo = harness.aggregateMojo(root, all, all,
        Map.of("guidelines.asOf", "2026-01-15", "guidelines.baseline", baseline), log);
    harness.useLocalRepository(mojo, localRepository, true).execute();
    return MAPPER.readTree(reactor.resolve("target/genai-compliance/genai-compliance.json")
        .toFile());
  }

  @Test
  void withoutAPublishedAggregateTheModulesReportsAreTheBaseline() throws Exception {
    publish("previs", "1.0.0", PREVIS_1_0);
    publish("vfx", "1.0.0", VFX_1_0);
    JsonNode changes = aggregate("1.0.0").get("changes");

    assertEquals("1.0.0", changes.get("baseline").asText());
    assertEquals("[\"vfx/crowd-extension\"]", changes.get("added").toString());
    assertEquals("[\"previs/old-boards\"]", changes.get("removed").toString());
    assertEquals(1, changes.get("changed").size(), changes.toString());
    // Every list names a use by the same key; a changed entry also splits it into id and module.
    assertEquals("{\"id\":\"storyboard-frames\",\"module\":\"previs\","
        + "\"key\":\"previs/storyboard-frames\",\"fields\":[\"model\"],"
        + "\"verdictBefore\":\"SOCIALIZE\",\"verdictAfter\":\"SOCIALIZE\"}",
        changes.get("changed").get(0).toString());
    assertTrue(log.lines().contains("[INFO] GenAI baseline 1.0.0: com.example.studio:"
        + "studio-reactor published no aggregate report with 1.0.0, so the baseline is merged"
        + " from the modules' own reports of 1.0.0: previs (2 uses), vfx (0 uses)"),
        log.lines().toString());
    assertTrue(log.lines().contains("[INFO] GenAI changes since 1.0.0: 1 use added, 1 removed,"
        + " 1 changed"), log.lines().toString());
    assertTrue(log.lines().stream().noneMatch(l -> l.startsWith("[WARNING] GenAI baseline")),
        log.lines().toString());
  }

  @Test
  void thePublishedAggregateStaysTheFirstChoice() throws Exception {
    publish("previs", "1.0.0", PREVIS_1_0);
    Path aggregate = publish("studio-reactor", "1.0.0", """
        {"schemaVersion": 1, "uses": [
          {"id": "crowd-extension", "module": "vfx", "tool": "studio-gen",
           "verdict": "NEEDS_APPROVAL"}]}""");
    JsonNode changes = aggregate("1.0.0").get("changes");
    assertEquals("[\"previs/storyboard-frames\"]", changes.get("added").toString());
    assertEquals("[]", changes.get("removed").toString());
    assertEquals("vfx", changes.at("/changed/0/module").asText());
    assertTrue(log.lines().contains("[INFO] GenAI baseline 1.0.0: 1 use in " + aggregate),
        log.lines().toString());
  }

  @Test
  void aModuleThatPublishedNothingIsNamedAndItsUsesCountAsAdded() throws Exception {
    publish("previs", "1.0.0", PREVIS_1_0);
    JsonNode changes = aggregate("1.0.0").get("changes");
    assertEquals("[\"vfx/crowd-extension\"]", changes.get("added").toString());
    assertTrue(log.lines().contains("[WARNING] GenAI baseline 1.0.0: module vfx published no"
        + " report with 1.0.0 (com.example.studio:vfx:json:genai-compliance:1.0.0 was not"
        + " found), so its uses count as added; that is right only if the module is new since"
        + " 1.0.0."), log.lines().toString());
  }

  @Test
  void whenNoModulePublishedEitherTheWarningSaysSoAndThereAreNoChanges() throws Exception {
    JsonNode report = aggregate("1.0.0");
    assertFalse(report.has("changes"));
    String warning = log.lines().stream()
        .filter(l -> l.startsWith("[WARNING] No GenAI baseline report for version 1.0.0"))
        .findFirst().orElseThrow(() -> new AssertionError(log.lines()));
    assertTrue(warning.contains(" Nor did any module publish its own report with 1.0.0"
        + " (com.example.studio:previs:json:genai-compliance:1.0.0,"
        + " com.example.studio:vfx:json:genai-compliance:1.0.0), which the aggregate's baseline"
        + " is otherwise merged from."), warning);
  }
}
