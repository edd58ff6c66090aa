package dev.genaiguidelines.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format, byte for byte, against a reviewed file in {@code src/test/resources/report/}.
 *
 * <p>After an intended change, run with {@code -Dreport.golden.update=true} to rewrite the files
 * (each test that rewrites one fails), review the diff, then run again without it.
 */
class GoldenReportTest {
  /** Stands for the plugin version in the golden files, so a release does not change them. */
  static final String VERSION_TOKEN = "@PLUGIN_VERSION@";
  /** The system property that rewrites the golden files. */
  static final String UPDATE_FLAG = "report.golden.update";
  /** Surefire runs in the module's directory. */
  static final Path GOLDEN_DIRECTORY = Path.of("src/test/resources/report");

  /** The reports of the same build compared with release 1.3.0 ({@code guidelines.baseline}). */
  static final Path SINCE_DIRECTORY = GOLDEN_DIRECTORY.resolve("since-1.3.0");

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void matchesTheReviewedReport(ReportFormat format) throws IOException {
    String actual = ReportFixtures.render(format, ReportFixtures.CONTEXT,
        ReportFixtures.assessment());
    update(GOLDEN_DIRECTORY, format, actual);
    assertEquals(expected(format), actual, format.fileName());
  }

  /** The reports of the same build whose scan could not read two class files. */
  static final Path INCOMPLETE_DIRECTORY = GOLDEN_DIRECTORY.resolve("incomplete");

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void matchesTheReviewedReportOfAnIncompleteScan(ReportFormat format) throws IOException {
    String actual = ReportFixtures.render(format, ReportFixtures.incomplete(),
        ReportFixtures.assessment());
    update(INCOMPLETE_DIRECTORY, format, actual);
    assertEquals(expected(INCOMPLETE_DIRECTORY, format), actual,
        "incomplete/" + format.fileName());
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void matchesTheReviewedReportSinceABaseline(ReportFormat format) throws IOException {
    String actual = ReportFixtures.render(format, ReportFixtures.since(),
        ReportFixtures.assessment());
    update(SINCE_DIRECTORY, format, actual);
    assertEquals(expected(SINCE_DIRECTORY, format), actual, "since-1.3.0/" + format.fileName());
  }

  private static void update(Path directory, ReportFormat format, String actual)
      throws IOException {
    if (Boolean.getBoolean(UPDATE_FLAG)) {
      GoldenUpdate.rewriteAndFailIfChanged(directory.resolve(format.fileName()),
          actual.replace(PluginIdentity.version(), VERSION_TOKEN), UPDATE_FLAG);
    }
  }

  /** Read from the source tree, not the class path, so an update is compared at once. */
  static String expected(ReportFormat format) throws IOException {
    return expected(GOLDEN_DIRECTORY, format);
  }

  static String expected(Path directory, ReportFormat format) throws IOException {
    Path file = directory.resolve(format.fileName());
    if (!Files.exists(file)) {
      throw new IllegalStateException("no golden file " + file
          + "; run with -Dreport.golden.update=true and review it");
    }
    return Files.readString(file, StandardCharsets.UTF_8)
        .replace(VERSION_TOKEN, PluginIdentity.version());
  }
}
