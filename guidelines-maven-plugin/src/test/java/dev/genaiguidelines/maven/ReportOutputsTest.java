package dev.genaiguidelines.maven;

import static dev.genaiguidelines.maven.MojoFixtures.BOARDS;
import static dev.genaiguidelines.maven.MojoFixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code report} writes and attaches, as Maven configures it: every format attached with
 * the classifier and its extension as type, {@code attach=false}, a subset of {@code formats},
 * an unknown format, {@code outputDirectory}, and a module without classes.
 */
class ReportOutputsTest {

  private static final String REPORTS = "target/genai-compliance/";
  private static final List<String> EVERY_FILE = List.of("genai-compliance.cdx.json",
      "genai-compliance.html", "genai-compliance.json", "genai-compliance.md",
      "genai-compliance.sarif");

  @TempDir Path project;

  @RegisterExtension final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();
  private MavenProject maven;

  @BeforeEach
  void writeThePolicy() throws Exception {
    Files.writeString(project.resolve("genai-policy.yaml"), POLICY);
    maven = MojoHarness.project(project, "pipeline");
  }

  private void report(Map<String, String> properties) throws Exception {
    harness.mojo("report", maven, properties, log).execute();
  }

  /** Every attached artifact as {@code classifier type path-from-the-project}. */
  private List<String> attached() {
    return maven.getAttachedArtifacts().stream().map(ReportOutputsTest::describe).toList();
  }

  private static String describe(Artifact artifact) {
    return artifact.getClassifier() + " " + artifact.getType() + " "
        + artifact.getFile().getPath();
  }

  /** The file names in {@code directory}, sorted; none when it does not exist. */
  private static List<String> filesIn(Path directory) throws Exception {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void everyFormatIsAttachedWithTheClassifierAndItsExtensionAsType() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
    report(Map.of());
    Path reports = project.resolve(REPORTS);
    assertEquals(List.of(
            "genai-compliance json " + reports.resolve("genai-compliance.json"),
            "genai-compliance html " + reports.resolve("genai-compliance.html"),
            "genai-compliance sarif " + reports.resolve("genai-compliance.sarif"),
            "genai-compliance cdx.json " + reports.resolve("genai-compliance.cdx.json"),
            "genai-compliance md " + reports.resolve("genai-compliance.md")),
        attached());
    assertEquals(EVERY_FILE, filesIn(reports));
    assertEquals("[INFO] Attached 5 GenAI compliance reports to com.example.studio:pipeline:jar:1.0"
        + " with classifier genai-compliance", log.lines().get(log.lines().size() - 1));
  }

  @Test
  void reportsABuildCacheRestoredAndAttachedAreReplacedByTheOnesJustWritten() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
    // The Build Cache Extension attaches the saved build's reports, from its own store.
    Path saved = project.resolve("cache/pipeline-genai-compliance.json");
    harness.component(org.apache.maven.project.MavenProjectHelper.class).attachArtifact(maven, "json", "genai-compliance", saved.toFile());
    report(Map.of("guidelines.formats", "json"));
    Path reports = project.resolve(REPORTS);
    assertEquals(List.of("genai-compliance json " + reports.resolve("genai-compliance.json")),
        attached());
    assertEquals("[INFO] Replaced 1 GenAI compliance report attached to"
        + " com.example.studio:pipeline:jar:1.0 before this goal ran (a build cache restores the"
        + " reports of the build it saved) with the ones just written; the first was"
        + " cache/pipeline-genai-compliance.json", log.lines().get(log.lines().size() - 1));
  }

  @Test
  void aReportAttachedByAnEarlierExecutionWithTheSameFileIsLeftAsItIs() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
    report(Map.of("guidelines.formats", "json"));
    report(Map.of("guidelines.formats", "json"));
    assertEquals(List.of("genai-compliance json "
        + project.resolve(REPORTS).resolve("genai-compliance.json")), attached());
    assertEquals(1, log.lines().stream().filter(l -> l.startsWith("[INFO] Attached ")).count());
    assertFalse(log.lines().stream().anyMatch(l -> l.startsWith("[INFO] Replaced ")));
  }

  @Test
  void attachFalseWritesEveryReportButAttachesOnlyTheJsonEveryReleaseCarries()
      throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
    report(Map.of("guidelines.attach", "false"));
    Path reports = project.resolve(REPORTS);
    assertEquals(List.of("genai-compliance json " + reports.resolve("genai-compliance.json")),
        attached());
    assertEquals(EVERY_FILE, filesIn(reports));
    assertEquals("[INFO] guidelines.attach is false: attaching only the JSON GenAI compliance"
        + " report, which every release carries", log.lines().get(log.lines().size() - 2));
  }

  @Test
  void aSubsetOfFormatsWritesAndAttachesExactlyThose() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
    report(Map.of("guidelines.formats", "sarif, JSON"));
    Path reports = project.resolve(REPORTS);
    assertEquals(List.of("genai-compliance.json", "genai-compliance.sarif"), filesIn(reports));
    assertEquals(List.of("genai-compliance json " + reports.resolve("genai-compliance.json"),
        "genai-compliance sarif " + reports.resolve("genai-compliance.sarif")), attached());
  }

  @Test
  void anUnknownFormatNamesTheKnownOnesAndWritesNothing() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> report(Map.of("guidelines.formats", "json,pdf")));
    assertEquals("Invalid guidelines.formats 'json,pdf': unknown report format 'pdf'; expected any"
        + " of: json, html, sarif, cyclonedx, markdown", e.getMessage());
    assertFalse(Files.exists(project.resolve("target/genai-compliance")));
    assertEquals(List.of(), attached());
  }

  /**
   * The formats are written by two threads; one that cannot be written (a folder stands where
   * its file goes) fails the goal with its format and file named, and nothing is attached.
   */
  @Test
  void aReportThatCannotBeWrittenNamesItsFormatAndFileAndAttachesNothing() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
    Path blocked = Files.createDirectories(project.resolve(REPORTS + "genai-compliance.cdx.json"));
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> report(Map.of()));
    assertEquals("Cannot write the cyclonedx report " + blocked + ": java.nio.file."
        + "FileSystemException: " + blocked + ": Is a directory", e.getMessage());
    assertEquals(List.of(), attached());
  }

  /** The twin: with the folder gone, every format is written and attached. */
  @Test
  void everyFormatIsWrittenWhenNothingStandsInTheWay() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
    Files.createDirectories(project.resolve(REPORTS));
    report(Map.of());
    assertEquals(EVERY_FILE, filesIn(project.resolve(REPORTS)));
    assertEquals(5, attached().size());
  }

  @Test
  void outputDirectoryFromThePomIsWhereReportsGoAndWhatIsAttached() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
    MojoHarness.configure(maven, Map.of("outputDirectory", "build/compliance"));
    report(Map.of("guidelines.formats", "markdown"));
    Path reports = project.resolve("build/compliance");
    // JSON is always written and attached: no choice of formats ships a release without it.
    assertEquals(List.of("genai-compliance.json", "genai-compliance.md"), filesIn(reports));
    assertEquals(List.of("genai-compliance json " + reports.resolve("genai-compliance.json"),
        "genai-compliance md " + reports.resolve("genai-compliance.md")), attached());
    assertEquals(List.of(), filesIn(project.resolve(REPORTS)));
    assertEquals("[INFO] GenAI compliance report: build/compliance/genai-compliance.md",
        log.lines().get(log.lines().size() - 2));
  }

  @Test
  void aModuleWithoutClassesSaysSoAndItsReportsListNothing() throws Exception {
    report(Map.of("guidelines.formats", "json"));
    assertEquals(List.of(
            "[INFO] No compiled classes in target/classes: the GenAI compliance reports of"
                + " pipeline list no uses and no GenAI calls",
            "[INFO] GenAI compliance report of pipeline: 0 uses (0 SOCIALIZE, 0 APPROVED,"
                + " 0 NEEDS_APPROVAL, 0 PROHIBITED), 0 undeclared calls, 0 errors, 0 warnings",
            "[INFO] GenAI compliance report: target/genai-compliance/genai-compliance.json",
            "[INFO] Attached 1 GenAI compliance report to com.example.studio:pipeline:jar:1.0"
                + " with classifier genai-compliance"),
        log.lines());
  }

  @Test
  void aModuleWithClassesDoesNotSayItHasNone() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
    report(Map.of("guidelines.formats", "json"));
    assertEquals("[INFO] GenAI compliance report of pipeline: 1 use (1 SOCIALIZE, 0 APPROVED,"
        + " 0 NEEDS_APPROVAL, 0 PROHIBITED), 0 undeclared calls, 0 errors, 0 warnings",
        log.lines().get(0));
  }
}
