package dev.genaiguidelines.maven;

import static dev.genaiguidelines.maven.MojoFixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mojos as Maven configures them from plugin.xml: skipping, misconfiguration and the two
 * switches that turn failures into warnings.
 */
class MojoConfigurationTest {

  private static final String CROWD = """
      package com.example.vfx;

      import dev.genaiguidelines.annotations.Creates;
      import dev.genaiguidelines.annotations.DataInput;
      import dev.genaiguidelines.annotations.GenAiUse;
      import dev.genaiguidelines.annotations.Output;

      @GenAiUse(id = "crowd-extension", tool = "studio-gateway",
          purpose = "Extends crowds in wide shots.", output = Output.FINAL_DELIVERABLE,
          inputs = DataInput.PRODUCTION_MATERIAL, creates = Creates.BACKGROUND_ELEMENT)
      public class CrowdExtender {
        public void extend() {}
      }
      """;

  private static final String FAKE_SDK = """
      package com.openai;

      public class Client {
        public String complete(String prompt) { return prompt; }
      }
      """;

  private static final String DUB = """
      package com.example.dub;

      public class QuickDub {
        public String run(String line) {
          return new com.openai.Client().complete(line);
        }
      }
      """;

  @TempDir Path project;

  @RegisterExtension final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();

  private Mojo mojo(String goal, Map<String, String> properties) throws Exception {
    MavenProject maven = MojoHarness.project(project, "pipeline");
    return harness.mojo(goal, maven, properties, log);
  }

  private void writePolicy(String text) throws Exception {
    Files.writeString(project.resolve("genai-policy.yaml"), text);
  }

  @Test
  void skipLogsWhyAndOnlyReportSaysItWasSkipped() throws Exception {
    // Sources but no classes: without skip this is an error.
    Files.createDirectories(project.resolve("src/main/java/com/x"));
    Files.writeString(project.resolve("src/main/java/com/x/A.java"), "package com.x; class A {}");
    mojo("check", Map.of("guidelines.skip", "true")).execute();
    assertEquals(List.of("[INFO] Skipping GenAI guidelines: guidelines.skip is true"),
        log.lines());
    assertFalse(Files.exists(project.resolve("target")));

    mojo("report", Map.of("guidelines.skip", "true")).execute();
    assertEquals(List.of(
        "[INFO] Skipping GenAI guidelines: guidelines.skip is true",
        "[INFO] Skipping GenAI guidelines: guidelines.skip is true",
        "[INFO] GenAI compliance report (skipped, no result):"
            + " target/genai-compliance/genai-compliance.json",
        "[INFO] Attached 1 GenAI compliance report to com.example.studio:pipeline:jar:1.0 with"
            + " classifier genai-compliance"), log.lines());
    // The release carries a report that claims nothing: no summary, no uses.
    assertEquals("{\"schemaVersion\":1,\"timestamp\":\"2026-01-01T00:00:00Z\",\"project\":"
        + "{\"groupId\":\"com.example.studio\",\"artifactId\":\"pipeline\",\"version\":\"1.0\"},"
        + "\"skipped\":true,\"note\":\"guidelines.skip was set: nothing was scanned or judged, and"
        + " this report vouches for no result\",\"enforcement\":{\"checkRuns\":false,"
        + "\"failOnViolation\":true,\"failOnUndeclared\":true,\"failOnUnreadable\":true,"
        + "\"failOnMissingCatalog\":false}}",
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(
            project.resolve("target/genai-compliance/genai-compliance.json").toFile()).toString());
  }

  @Test
  void withoutSkipMissingClassesOfAProjectWithSourcesIsAnError() throws Exception {
    Files.createDirectories(project.resolve("src/main/java/com/x"));
    Files.writeString(project.resolve("src/main/java/com/x/A.java"), "package com.x; class A {}");
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> mojo("check", Map.of()).execute());
    assertEquals("No compiled classes in target/classes although the project has Java sources:"
        + " run check after compile (mvn verify), or set guidelines.classesDirectory to where the"
        + " classes are.", e.getMessage());
  }

  @Test
  void aProjectWithoutSourcesHasNothingToCheck() throws Exception {
    writePolicy(POLICY);
    mojo("check", Map.of()).execute();
    assertEquals(List.of("[INFO] No compiled classes in target/classes: nothing to check"),
        log.lines());
  }

  @Test
  void aBadAsOfFailsEvenWhereThereIsNothingToCheck() throws Exception {
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> mojo("check", Map.of("guidelines.asOf", "tomorrow")).execute());
    assertTrue(e.getMessage().startsWith("Invalid guidelines.asOf 'tomorrow'"), e.getMessage());
  }

  @Test
  void aBadAsOfIsAMisconfiguration() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/vfx/CrowdExtender.java", CROWD));
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> mojo("check", Map.of("guidelines.asOf", "2025-02-30")).execute());
    assertTrue(e.getMessage().startsWith("Invalid guidelines.asOf '2025-02-30': expected an ISO"
        + " date YYYY-MM-DD"), e.getMessage());
  }

  @Test
  void anUnknownFormatIsAMisconfigurationBeforeAnythingIsWritten() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/vfx/CrowdExtender.java", CROWD));
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> mojo("report", Map.of("guidelines.formats", "json,pdf")).execute());
    assertEquals("Invalid guidelines.formats 'json,pdf': unknown report format 'pdf'; expected any"
        + " of: json, html, sarif, cyclonedx, markdown", e.getMessage());
    assertFalse(Files.exists(project.resolve("target/genai-compliance")));
  }

  @Test
  void aPolicyFileErrorNamesFileLineAndColumn() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/vfx/CrowdExtender.java", CROWD));
    writePolicy("policy: netflix-2025\ntools:\n  - id: x\n    colour: blue\n");
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> mojo("check", Map.of()).execute());
    String prefix = "Invalid GenAI policy " + project.resolve("genai-policy.yaml") + ":4:5: ";
    assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    assertTrue(e.getMessage().contains("colour"), e.getMessage());
  }

  @Test
  void aViolationFailsTheCheckWithItsFileAndLine() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/vfx/CrowdExtender.java", CROWD));
    writePolicy(POLICY);
    MojoFailureException e = assertThrows(MojoFailureException.class,
        () -> mojo("check", Map.of("guidelines.asOf", "2026-01-15")).execute());
    assertEquals("GenAI guidelines check failed: 1 use NEEDS_APPROVAL. Each is listed above with"
        + " its file, line and fix.", e.getMessage());
    assertTrue(log.lines().contains("[INFO]   NEEDS_APPROVAL        1"), log.lines().toString());
    assertTrue(log.lines().stream().anyMatch(l -> l.startsWith(
        "[ERROR] src/main/java/com/example/vfx/CrowdExtender.java:11: [GAI104] use"
            + " 'crowd-extension': output is FINAL_DELIVERABLE")), log.lines().toString());
  }

  @Test
  void failOnViolationFalseWarnsInsteadOfFailing() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/vfx/CrowdExtender.java", CROWD));
    writePolicy(POLICY);
    mojo("check", Map.of("guidelines.failOnViolation", "false")).execute();
    assertTrue(log.lines().stream().anyMatch(l -> l.startsWith(
        "[WARNING] src/main/java/com/example/vfx/CrowdExtender.java:11: [GAI104]")),
        log.lines().toString());
    assertEquals("[WARNING] GenAI guidelines: 1 use NEEDS_APPROVAL; not failing the build"
        + " because guidelines.failOnViolation is false.", log.lines().get(log.lines().size() - 1));
    assertTrue(log.lines().stream().noneMatch(l -> l.startsWith("[ERROR]")), log.lines().toString());
  }

  @Test
  void anUndeclaredCallFailsTheCheck() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/openai/Client.java", FAKE_SDK,
        "com/example/dub/QuickDub.java", DUB));
    writePolicy(POLICY);
    MojoFailureException e = assertThrows(MojoFailureException.class,
        () -> mojo("check", Map.of()).execute());
    // The constructor and the method are two calls into the SDK.
    assertEquals("GenAI guidelines check failed: 2 undeclared GenAI calls. Each is listed above"
        + " with its file, line and fix.", e.getMessage());
    String call = "[ERROR] src/main/java/com/example/dub/QuickDub.java:5: [GAI301] call in"
        + " com.example.dub.QuickDub#run(java.lang.String): calls ";
    assertTrue(log.lines().contains(call + "com.openai.Client#<init>() (marker 'com.openai') with"
        + " no @GenAiUse covering it (Netflix GenAI guidance, every intended use is shared with the"
        + " studio, so every use is declared once and well). Fix: declare the use with @GenAiUse on"
        + " com.example.dub.QuickDub#run(java.lang.String), its class or its package."),
        log.lines().toString());
    assertTrue(log.lines().stream().anyMatch(l -> l.startsWith(
        call + "com.openai.Client#complete(java.lang.String) (marker 'com.openai')")),
        log.lines().toString());
  }

  @Test
  void failOnUndeclaredFalseWarnsInsteadOfFailing() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/openai/Client.java", FAKE_SDK,
        "com/example/dub/QuickDub.java", DUB));
    writePolicy(POLICY);
    mojo("check", Map.of("guidelines.failOnUndeclared", "false")).execute();
    assertTrue(log.lines().stream().anyMatch(l -> l.startsWith(
        "[WARNING] src/main/java/com/example/dub/QuickDub.java:5: [GAI301]")),
        log.lines().toString());
    assertEquals("[WARNING] GenAI guidelines: 2 undeclared GenAI calls; not failing the build"
        + " because guidelines.failOnUndeclared is false.",
        log.lines().get(log.lines().size() - 1));
  }

  @Test
  void anUnusedApprovalIsJudgedOnlyWhenThisProjectIsTheWholeReactor() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/vfx/CrowdExtender.java",
        CROWD.replace("creates = Creates.BACKGROUND_ELEMENT)",
            "creates = Creates.BACKGROUND_ELEMENT, approval = \"APR-9\")")));
    writePolicy(POLICY.replace("approvals: []", """
        approvals:
          - id: APR-9
            uses: [crowd-extension, matte-painting]
            approvedBy: Studio Legal
            date: 2025-09-01
          - id: APR-10
            uses: [matte-painting]
            approvedBy: Studio Legal
            date: 2025-09-01"""));
    String unused = "[WARNING] genai-policy.yaml: [GAI008] approval 'APR-10'";

    mojo("check", Map.of()).execute();
    assertTrue(log.lines().stream().anyMatch(l -> l.startsWith(unused)), log.lines().toString());

    // Built alone from a larger reactor (mvn -pl), another module may hold matte-painting.
    RecordingLog moduleLog = new RecordingLog();
    MavenProject alone = MojoHarness.project(project, "pipeline");
    MavenProject sibling = MojoHarness.project(project.resolve("matte"), "matte");
    harness.mojo("check", alone, Map.of(), moduleLog, List.of(alone, sibling)).execute();
    assertTrue(moduleLog.lines().stream().noneMatch(l -> l.contains("[GAI008]")),
        moduleLog.lines().toString());
    assertTrue(moduleLog.lines().contains("[INFO]   APPROVED              1"),
        moduleLog.lines().toString());
  }

  @Test
  void reportWritesEveryFormatAndNeverFailsOnViolations() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/vfx/CrowdExtender.java", CROWD));
    writePolicy(POLICY);
    mojo("report", Map.of()).execute();
    for (String name : List.of("json", "html", "sarif", "cdx.json", "md")) {
      assertTrue(Files.isRegularFile(project.resolve("target/genai-compliance/genai-compliance."
          + name)), name);
    }
    assertTrue(log.lines().contains(
        "[INFO] GenAI compliance report: target/genai-compliance/genai-compliance.json"),
        log.lines().toString());
  }

  @Test
  void classesWithoutDeclarationsOrCallsAreSaidToBeSo() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/edit/Cut.java",
        "package com.example.edit;\npublic class Cut { public int frames() { return 24; } }\n",
        "com/example/edit/Reel.java",
        "package com.example.edit;\npublic class Reel { public Cut first() { return null; } }\n"));
    writePolicy(POLICY);
    mojo("check", Map.of()).execute();
    assertEquals(List.of("[INFO] GenAI guidelines: no @GenAiUse declarations and no GenAI calls in"
        + " 2 classes of target/classes"), log.lines());
  }

  @Test
  void aDeclarationGetsTheSummaryTableInsteadOfTheNothingFoundLine() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java",
        MojoFixtures.BOARDS));
    writePolicy(POLICY);
    mojo("check", Map.of("guidelines.asOf", "2026-01-15")).execute();
    assertEquals(List.of("[INFO] GenAI guidelines: 1 use in 1 class of target/classes, policy"
            + " netflix-2025 (genai-policy.yaml), as of 2026-01-15",
            "[INFO]   SOCIALIZE             1", "[INFO]   APPROVED              0",
            "[INFO]   NEEDS_APPROVAL        0", "[INFO]   PROHIBITED            0",
            "[INFO]   undeclared calls      0", "[INFO]   errors                0",
            "[INFO]   warnings              0"),
        log.lines());
  }
}
