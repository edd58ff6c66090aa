package dev.genaiguidelines.maven;

import static dev.genaiguidelines.maven.MojoFixtures.BOARDS;
import static dev.genaiguidelines.maven.MojoFixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.LocalRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report} compared with a baseline, as Maven configures it: a file or a version,
 * missing or corrupt baselines, and {@code failOnNewEscalation}.
 */
class BaselineMojoTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** FINAL_DELIVERABLE: NEEDS_APPROVAL (GAI104). */
  private static final String CROWD = """
      package com.example.vfx;

      import dev.genaiguidelines.annotations.*;

      @GenAiUse(id = "crowd-extension", tool = "studio-gateway",
          purpose = "Extends crowds in wide shots.", output = Output.FINAL_DELIVERABLE,
          inputs = DataInput.PRODUCTION_MATERIAL, creates = Creates.BACKGROUND_ELEMENT)
      public class CrowdExtender {
        public void extend() {}
      }
      """;

  private static final String STORYBOARD_USE = """
      {"id": "storyboard-frames", "element": "com.example.previs.Boards",
       "tool": "studio-gateway", "model": "", "purpose": "Drafts storyboard frames.",
       "output": "TEMPORARY", "inputs": ["NONE"], "creates": ["PREVIS"], "context": "FICTION",
       "unionCoveredWork": false, "verdict": "SOCIALIZE", "approval": "", "consent": ""}""";

  private static final String CROWD_USE = """
      {"id": "crowd-extension", "element": "com.example.vfx.CrowdExtender",
       "tool": "studio-gateway", "model": "", "purpose": "Extends crowds in wide shots.",
       "output": "FINAL_DELIVERABLE", "inputs": ["PRODUCTION_MATERIAL"],
       "creates": ["BACKGROUND_ELEMENT"], "context": "FICTION", "unionCoveredWork": false,
       "verdict": "NEEDS_APPROVAL", "approval": "", "consent": ""}""";

  private static final String RETIRED_USE = """
      {"id": "retired-matte", "tool": "studio-gateway", "verdict": "SOCIALIZE"}""";

  @TempDir Path project;

  @RegisterExtension final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void start() throws Exception {
    Files.writeString(project.resolve("genai-policy.yaml"), POLICY);
    FixtureCompiler.compile(project, Map.of("com/example/vfx/CrowdExtender.java", CROWD,
        "com/example/previs/Boards.java", BOARDS));
  }

  private ReportMojo report(Map<String, String> properties) throws Exception {
    MavenProject maven = MojoHarness.project(project, "pipeline");
    Map<String, String> all = new HashMap<>(properties);
    all.putIfAbsent("guidelines.asOf", "2026-01-15");
    return harness.mojo("report", maven, all, log);
  }

  private Path baselineFile(String name, String... uses) throws Exception {
    Path file = project.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"schemaVersion\": 1, \"uses\": [" + String.join(",\n", uses)
        + "], \"undeclared\": []}\n");
    return file;
  }

  private JsonNode jsonReport() throws Exception {
    return MAPPER.readTree(
        project.resolve("target/genai-compliance/genai-compliance.json").toFile());
  }

  @Test
  void aBaselineFileAddsTheChangesToEveryReport() throws Exception {
    Path file = baselineFile("baselines/1.0.json", STORYBOARD_USE, RETIRED_USE);
    report(Map.of("guidelines.baseline", "baselines/1.0.json")).execute();

    assertEquals("{\"baseline\":\"1.0.json\",\"added\":[\"crowd-extension\"],"
        + "\"removed\":[\"retired-matte\"],\"changed\":[]}",
        jsonReport().get("changes").toString());
    String md = Files.readString(project.resolve("target/genai-compliance/genai-compliance.md"));
    assertTrue(md.contains("### Since 1.0.json\n"), md);
    String sarif = Files.readString(
        project.resolve("target/genai-compliance/genai-compliance.sarif"));
    assertTrue(sarif.contains("\"baselineState\": \"new\""), sarif);
    List<String> lines = log.lines();
    assertTrue(lines.contains("[INFO] GenAI baseline 1.0.json: 2 uses in " + file),
        lines.toString());
    int summary = lines.indexOf(
        "[INFO] GenAI changes since 1.0.json: 1 use added, 1 removed, 0 changed");
    assertTrue(summary > 0, lines.toString());
    assertEquals(List.of("[INFO]   added   crowd-extension (NEEDS_APPROVAL)",
        "[INFO]   removed retired-matte (was SOCIALIZE)"),
        lines.subList(summary + 1, lines.size()));
  }

  @Test
  void failOnNewEscalationFailsAfterTheReportsAreWritten() throws Exception {
    baselineFile("baseline.json", STORYBOARD_USE);
    MojoFailureException e = assertThrows(MojoFailureException.class,
        () -> report(Map.of("guidelines.baseline", "baseline.json",
            "guidelines.failOnNewEscalation", "true")).execute());
    assertEquals("GenAI guidelines: 1 use is new or changed since baseline.json with a verdict of"
        + " APPROVED, NEEDS_APPROVAL or PROHIBITED (listed above), and"
        + " guidelines.failOnNewEscalation is true. Have each reviewed for this release, then"
        + " build without guidelines.failOnNewEscalation.", e.getMessage());
    assertTrue(log.lines().contains("[ERROR] GenAI use 'crowd-extension' is new since"
        + " baseline.json, with verdict NEEDS_APPROVAL"), log.lines().toString());
    assertEquals("[\"crowd-extension\"]", jsonReport().get("changes").get("added").toString());
    assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("[INFO] Attached 5 GenAI")),
        "attached before failing: " + log.lines());
  }

  @Test
  void aChangedEscalatedUseFailsToo() throws Exception {
    baselineFile("baseline.json", STORYBOARD_USE,
        CROWD_USE.replace("\"purpose\": \"Extends crowds in wide shots.\"",
            "\"purpose\": \"Extends crowds.\""));
    assertThrows(MojoFailureException.class,
        () -> report(Map.of("guidelines.baseline", "baseline.json",
            "guidelines.failOnNewEscalation", "true")).execute());
    assertTrue(log.lines().contains("[ERROR] GenAI use 'crowd-extension' changed since"
        + " baseline.json (purpose), with verdict NEEDS_APPROVAL"), log.lines().toString());
  }

  @Test
  void failOnNewEscalationPassesWhenNoEscalatedUseIsNewOrChanged() throws Exception {
    // crowd-extension was already NEEDS_APPROVAL in the baseline; storyboard-frames is new but
    // SOCIALIZE.
    baselineFile("baseline.json", CROWD_USE);
    report(Map.of("guidelines.baseline", "baseline.json",
        "guidelines.failOnNewEscalation", "true")).execute();
    assertEquals("{\"baseline\":\"baseline.json\",\"added\":[\"storyboard-frames\"],"
        + "\"removed\":[],\"changed\":[]}", jsonReport().get("changes").toString());
    assertTrue(log.lines().stream().noneMatch(l -> l.startsWith("[ERROR]")),
        log.lines().toString());
  }

  @Test
  void withoutFailOnNewEscalationANewEscalatedUseOnlyShowsInTheReports() throws Exception {
    baselineFile("baseline.json", STORYBOARD_USE);
    report(Map.of("guidelines.baseline", "baseline.json")).execute();
    assertTrue(log.lines().contains("[INFO]   added   crowd-extension (NEEDS_APPROVAL)"),
        log.lines().toString());
    assertTrue(log.lines().stream().noneMatch(l -> l.startsWith("[ERROR]")),
        log.lines().toString());
  }

  @Test
  void aMissingBaselineFileWarnsAndWritesTheReportsWithoutChanges() throws Exception {
    report(Map.of("guidelines.baseline", "baselines/1.0.json")).execute();
    assertFalse(jsonReport().has("changes"));
    assertTrue(log.lines().contains("[WARNING] The GenAI baseline file "
        + project.resolve("baselines/1.0.json") + " does not exist (guidelines.baseline="
        + "baselines/1.0.json names a file because it contains a path separator or ends in"
        + " .json). Fix the path, or set guidelines.baseline to a released version of the"
        + " project to compare with the report it was published with. Writing the reports"
        + " without changes since a baseline (set guidelines.failOnMissingBaseline to make this"
        + " fail the build)."), log.lines().toString());
  }

  @Test
  void failOnMissingBaselineStopsTheBuildBeforeWriting() throws Exception {
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> report(Map.of("guidelines.baseline", "previous.json",
            "guidelines.failOnMissingBaseline", "true")).execute());
    assertTrue(e.getMessage().startsWith("The GenAI baseline file "
        + project.resolve("previous.json") + " does not exist"), e.getMessage());
    assertTrue(e.getMessage().endsWith(" The build stops because"
        + " guidelines.failOnMissingBaseline is true."), e.getMessage());
    assertFalse(Files.exists(project.resolve("target/genai-compliance")));
  }

  @Test
  void aCorruptBaselineIsAMisconfigurationEvenWithoutFailOnMissingBaseline() throws Exception {
    Path file = project.resolve("baseline.json");
    Files.writeString(file, "{\"schemaVersion\": 1, \"uses\": [\n");
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> report(Map.of("guidelines.baseline", "baseline.json")).execute());
    assertTrue(e.getMessage().startsWith("Invalid GenAI baseline report " + file
        + ":2:1: expected a value, found the end of the file; it is not JSON."),
        e.getMessage());
  }

  @Test
  void aVersionResolvesTheReportThatReleaseWasPublishedWith() throws Exception {
    Path localRepository = project.resolve("local-repo");
    Path published = localRepository.resolve(
        "com/example/studio/pipeline/1.0.0/pipeline-1.0.0-genai-compliance.json");
    Files.createDirectories(published.getParent());
    Files.writeString(published, "{\"schemaVersion\": 1, \"uses\": [" + STORYBOARD_USE + "]}");

    ReportMojo mojo = report(Map.of("guidelines.baseline", "1.0.0"));
    useLocalRepository(mojo, localRepository, false);
    mojo.execute();

    assertEquals("{\"baseline\":\"1.0.0\",\"added\":[\"crowd-extension\"],\"removed\":[],"
        + "\"changed\":[]}", jsonReport().get("changes").toString());
    assertTrue(log.lines().contains("[INFO] GenAI baseline 1.0.0: 1 use in " + published),
        log.lines().toString());
  }

  @Test
  void anUnresolvableVersionOfflineSaysWhatWasTriedAndHowToFixIt() throws Exception {
    Path localRepository = project.resolve("local-repo");
    ReportMojo mojo = report(Map.of("guidelines.baseline", "0.9.0"));
    useLocalRepository(mojo, localRepository, true);
    mojo.execute();

    assertFalse(jsonReport().has("changes"));
    String warning = log.lines().stream().filter(l -> l.startsWith("[WARNING] No GenAI baseline"))
        .findFirst().orElseThrow(() -> new AssertionError(log.lines()));
    assertTrue(warning.startsWith("[WARNING] No GenAI baseline report for version 0.9.0:"
        + " com.example.studio:pipeline:json:genai-compliance:0.9.0 is not in the local"
        + " repository (" + localRepository + "), and Maven is offline (-o), so no remote"
        + " repository was asked. Check that 0.9.0 is a released version of this project built"
        + " with the report goal attaching its reports (the default), build once online to"
        + " download it, or set guidelines.baseline to the path of its genai-compliance.json."
        + " Maven said: "), warning);
    assertTrue(warning.endsWith(" Writing the reports without changes since a baseline (set"
        + " guidelines.failOnMissingBaseline to make this fail the build)."), warning);
  }

  @Test
  void anUnresolvableVersionFailsUnderFailOnMissingBaseline() throws Exception {
    ReportMojo mojo = report(Map.of("guidelines.baseline", "0.9.0",
        "guidelines.failOnMissingBaseline", "true"));
    useLocalRepository(mojo, project.resolve("local-repo"), true);
    MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(e.getMessage().startsWith("No GenAI baseline report for version 0.9.0: "),
        e.getMessage());
    assertFalse(Files.exists(project.resolve("target/genai-compliance")));
  }

  @Test
  void theValueDecidesBetweenFileAndVersion() {
    assertTrue(BaselineLocator.isFile("baselines/1.0.json"));
    assertTrue(BaselineLocator.isFile("..\\release\\report"));
    assertTrue(BaselineLocator.isFile("previous.JSON"));
    assertFalse(BaselineLocator.isFile("1.0.0"));
    assertFalse(BaselineLocator.isFile("2.3.0-SNAPSHOT"));
    assertFalse(BaselineLocator.isFile("1.0.0-json"));
  }

  private void useLocalRepository(ReportMojo mojo, Path directory, boolean offline)
      throws Exception {
    DefaultRepositorySystemSession repositorySession =
        (DefaultRepositorySystemSession) mojo.session.getRepositorySession();
    RepositorySystem system = harness.component(RepositorySystem.class);
    repositorySession.setLocalRepositoryManager(
        system.newLocalRepositoryManager(repositorySession,
            new LocalRepository(directory.toFile())));
    repositorySession.setOffline(offline);
  }
}
