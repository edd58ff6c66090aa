package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.maven.baseline.BaselineReader;
import dev.genaiguidelines.maven.baseline.BaselineReport;
import dev.genaiguidelines.maven.report.ReportContext;
import dev.genaiguidelines.maven.report.ReportFormat;
import dev.genaiguidelines.policy.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aggregate compared with the root's previous aggregate report: uses keyed by module, and new
 * escalations logged as errors and returned as the failure.
 */
class AggregateBaselineTest {

  private static final String STORYBOARD = """
      package com.example.previs;

      import dev.genaiguidelines.annotations.*;

      public class Storyboards {
        @GenAiUse(id = "storyboard-frames", tool = "studio-gen", purpose = "Drafts frames.",
            output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.PREVIS)
        public String draft(String shot) {
          return shot;
        }
      }
      """;

  /** The previous aggregate: storyboard-frames was in vfx, and previs had another use. */
  private static final String PREVIOUS = """
      {"schemaVersion": 1, "uses": [
        {"id": "storyboard-frames", "module": "vfx", "verdict": "NEEDS_APPROVAL"},
        {"id": "old-boards", "module": "previs", "verdict": "SOCIALIZE"}]}
      """;

  @TempDir Path reactor;

  private final RecordingLog log = new RecordingLog();
  private BaselineReport baseline;
  private List<MavenProject> projects;

  @BeforeEach
  void reactorWithOneCompiledModule() throws Exception {
    FixtureCompiler.compile(reactor.resolve("previs"),
        Map.of("com/example/previs/Storyboards.java", STORYBOARD));
    MavenProject root = MojoHarness.project(reactor, "studio-reactor");
    root.getModel().setPackaging("pom");
    projects = List.of(root, MojoHarness.project(reactor.resolve("previs"), "previs"));
    baseline = BaselineReader.parse(PREVIOUS, reactor.resolve("previous.json"), "2.0.0");
  }

  private AggregateWriter writer(boolean failOnNewEscalation) {
    // The built-in rules with an empty registry: storyboard-frames needs approval (GAI101).
    return new AggregateWriter(
        ReactorPolicies.of(new ComplianceRun(Policy.builtIn(), LocalDate.of(2026, 1, 15))),
        List.of(ReportFormat.JSON, ReportFormat.MARKDOWN),
        new ReportContext("com.example.studio", "studio-reactor", "2.1.0", Optional.empty()),
        reactor.resolve("target/genai-compliance"), reactor, projects, log)
        .comparedWith(Optional.of(baseline), failOnNewEscalation);
  }

  @Test
  void usesAreComparedByModuleAndId() throws Exception {
    AggregateWriter.Written written = writer(false).write();
    var changes = written.changes().orElseThrow();
    assertEquals("[previs/storyboard-frames]", changes.added().stream()
        .map(change -> change.key().toString()).toList().toString());
    assertEquals("[previs/old-boards, vfx/storyboard-frames]", changes.removed().stream()
        .map(change -> change.key().toString()).toList().toString());
    String json =
        Files.readString(reactor.resolve("target/genai-compliance/genai-compliance.json"));
    assertTrue(json.contains("""
          "changes": {
            "baseline": "2.0.0",
            "added": [
              "previs/storyboard-frames"
            ],
            "removed": [
              "previs/old-boards",
              "vfx/storyboard-frames"
            ],
            "changed": []
          },
        """), json);
    String md = Files.readString(reactor.resolve("target/genai-compliance/genai-compliance.md"));
    assertTrue(md.contains("| Added | storyboard-frames | previs | uses studio-gen |"
        + " 🟠 **needs approval** |\n"), md);
  }

  @Test
  void newEscalationsAreLoggedAsErrorsAndReturnedAsTheFailure() throws Exception {
    AggregateWriter.Written written = writer(true).write();
    List<String> lines = log.lines();
    assertTrue(lines.contains("[INFO] GenAI changes since 2.0.0: 1 use added, 2 removed,"
        + " 0 changed"), lines.toString());
    assertTrue(lines.contains("[ERROR] GenAI use 'previs/storyboard-frames' is new since 2.0.0,"
        + " with verdict NEEDS_APPROVAL"), lines.toString());
    assertEquals(Optional.of("GenAI guidelines: 1 use is new or changed since 2.0.0 with a"
        + " verdict of APPROVED, NEEDS_APPROVAL or PROHIBITED (listed above), and"
        + " guidelines.failOnNewEscalation is true. Have each reviewed for this release, then"
        + " build without guidelines.failOnNewEscalation."), written.failure());
  }

  @Test
  void withoutFailOnNewEscalationAWriteOnlyLogsTheChanges() throws Exception {
    assertEquals(Optional.empty(), writer(false).write().failure());
    assertTrue(log.lines().contains("[INFO]   added   previs/storyboard-frames (NEEDS_APPROVAL)"),
        log.lines().toString());
    assertTrue(log.lines().stream().noneMatch(line -> line.startsWith("[ERROR]")),
        log.lines().toString());
  }
}
