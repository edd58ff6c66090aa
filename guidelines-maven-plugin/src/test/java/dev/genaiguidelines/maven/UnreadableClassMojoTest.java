package dev.genaiguidelines.maven;

import static dev.genaiguidelines.maven.MojoFixtures.BOARDS;
import static dev.genaiguidelines.maven.MojoFixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class files the scanner cannot read, written into a real classes directory beside a compiled
 * class: {@code check} fails naming each, {@code failOnUnreadable=false} lets them through with
 * a warning, and {@code report} lists them in every format.
 */
class UnreadableClassMojoTest {

  private static final String CLASSES = "target/classes/com/example/previs/";
  private static final String FIX = ". Rebuild it (mvn clean verify); if it comes from another"
      + " tool, report the file to the GenAI guidelines project.";
  private static final String CUT = "Cannot read class file " + CLASSES + "Cut.class: truncated"
      + " class file (ends after 50 bytes)" + FIX;
  private static final String FUTURE = "Cannot read class file " + CLASSES + "Future.class: class"
      + " file version 255 is newer than this scanner supports (up to Java ";
  private static final String README = "Cannot read class file " + CLASSES + "Readme.class: not a"
      + " class file (bad magic 0x3C68746D)" + FIX;
  private static final String FAILURE = "GenAI guidelines check failed: 3 unreadable class files."
      + " Each is listed above with its file, line and fix. A class file that cannot be rebuilt is"
      + " let through, unjudged, with guidelines.failOnUnreadable=false.";

  @TempDir Path project;

  @RegisterExtension final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void start() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
    Files.writeString(project.resolve("genai-policy.yaml"), POLICY);
  }

  /** A truncated class, one compiled for class-file version 255, and a file that is no class. */
  private void writeBrokenClasses() throws Exception {
    Path dir = project.resolve(CLASSES);
    byte[] boards = Files.readAllBytes(dir.resolve("Boards.class"));
    Files.write(dir.resolve("Cut.class"), Arrays.copyOf(boards, 50));
    byte[] future = boards.clone();
    future[6] = 0;
    future[7] = (byte) 255;
    Files.write(dir.resolve("Future.class"), future);
    Files.writeString(dir.resolve("Readme.class"), "<html>not a class</html>",
        StandardCharsets.UTF_8);
  }

  private Mojo mojo(String goal, Map<String, String> properties) throws Exception {
    MavenProject maven = MojoHarness.project(project, "pipeline");
    return harness.mojo(goal, maven, properties, log);
  }

  private List<String> linesStartingWith(String prefix) {
    return log.lines().stream().filter(line -> line.startsWith(prefix)).toList();
  }

  /** The three lines naming the broken files, at {@code level}. */
  private void assertNamesEachBrokenFile(String level) {
    List<String> lines = linesStartingWith("[" + level + "] Cannot read class file ");
    assertEquals(3, lines.size(), log.lines().toString());
    assertEquals("[" + level + "] " + CUT, lines.get(0));
    assertTrue(lines.get(1).startsWith("[" + level + "] " + FUTURE), lines.get(1));
    assertTrue(lines.get(1).endsWith("); update the guidelines-maven-plugin" + FIX),
        lines.get(1));
    assertEquals("[" + level + "] " + README, lines.get(2));
  }

  @Test
  void checkFailsNamingEachUnreadableClassFile() throws Exception {
    writeBrokenClasses();
    MojoFailureException e = assertThrows(MojoFailureException.class,
        () -> mojo("check", Map.of("guidelines.asOf", "2026-01-15")).execute());
    assertEquals(FAILURE, e.getMessage());
    assertNamesEachBrokenFile("ERROR");
    assertTrue(log.lines().contains("[INFO] GenAI guidelines: 1 use in 4 classes of"
        + " target/classes, policy netflix-2025 (genai-policy.yaml), as of 2026-01-15"),
        log.lines().toString());
  }

  @Test
  void failOnViolationFalseDoesNotLetAnUnreadableClassThrough() throws Exception {
    writeBrokenClasses();
    MojoFailureException e = assertThrows(MojoFailureException.class,
        () -> mojo("check", Map.of("guidelines.failOnViolation", "false")).execute());
    assertEquals(FAILURE, e.getMessage());
    assertNamesEachBrokenFile("ERROR");
  }

  @Test
  void failOnUnreadableFalseWarnsAndPasses() throws Exception {
    writeBrokenClasses();
    mojo("check", Map.of("guidelines.failOnUnreadable", "false")).execute();
    assertNamesEachBrokenFile("WARNING");
    assertEquals(List.of(), linesStartingWith("[ERROR]"));
    assertEquals("[WARNING] GenAI guidelines: 3 unreadable class files; not failing the build"
        + " because guidelines.failOnUnreadable is false.",
        log.lines().get(log.lines().size() - 1));
  }

  @Test
  void withoutBrokenFilesTheSameProjectPassesQuietly() throws Exception {
    mojo("check", Map.of()).execute();
    assertEquals(List.of(), linesStartingWith("[ERROR]"));
    assertEquals(List.of(), linesStartingWith("[WARNING]"));
    assertTrue(log.lines().contains("[INFO]   SOCIALIZE             1"), log.lines().toString());
  }

  private String report(String extension) throws Exception {
    return Files.readString(project.resolve("target/genai-compliance/genai-compliance."
        + extension), StandardCharsets.UTF_8);
  }

  @Test
  void reportListsEachUnreadableFileInEveryFormatAndWarns() throws Exception {
    writeBrokenClasses();
    mojo("report", Map.of()).execute();

    assertNamesEachBrokenFile("WARNING");
    assertTrue(log.lines().contains("[WARNING] The GenAI compliance reports of pipeline may be"
        + " incomplete: they list 3 class files that could not be read"), log.lines().toString());
    JsonNode unreadable = new ObjectMapper().readTree(report("json")).get("unreadable");
    assertEquals(3, unreadable.size(), unreadable.toString());
    assertEquals("{\"file\":\"" + CLASSES + "Cut.class\",\"reason\":\"truncated class file"
        + " (ends after 50 bytes)\"}", unreadable.get(0).toString());
    assertEquals(CLASSES + "Future.class", unreadable.get(1).get("file").textValue());
    assertEquals("{\"file\":\"" + CLASSES + "Readme.class\",\"reason\":\"not a class file"
        + " (bad magic 0x3C68746D)\"}", unreadable.get(2).toString());
    JsonNode notifications = new ObjectMapper().readTree(report("sarif")).get("runs").get(0)
        .get("invocations").get(0).get("toolExecutionNotifications");
    assertEquals(3, notifications.size());
    assertTrue(report("html").contains("<h2 id=\"incomplete-title\">This report may be"
        + " incomplete</h2>\n<p>3 class files were not read"), report("html"));
    assertTrue(report("md").contains("> **This report may be incomplete:** 3 class files were"
        + " not read"), report("md"));
    assertTrue(report("cdx.json").contains("\"value\" : \"" + CLASSES + "Readme.class: not a"
        + " class file (bad magic 0x3C68746D)\""), report("cdx.json"));
  }

  @Test
  void withoutBrokenFilesTheReportsListNoneAndDoNotWarn() throws Exception {
    mojo("report", Map.of()).execute();
    assertEquals(List.of(), linesStartingWith("[WARNING]"));
    assertEquals("[]", new ObjectMapper().readTree(report("json")).get("unreadable").toString());
    assertFalse(report("html").contains("This report may be incomplete"));
    assertFalse(report("md").contains("This report may be incomplete"));
  }
}
