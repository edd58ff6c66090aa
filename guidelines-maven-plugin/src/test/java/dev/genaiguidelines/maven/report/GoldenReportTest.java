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
 * <p>After an intended change, run with {@code -Dreport.golden.update=true} to rewrite the files,
 * then review the diff before committing it.
 */
class GoldenReportTest {
  /** Stands for the plugin version in the golden files, so a release does not change them. */
  static final String VERSION_TOKEN = "@PLUGIN_VERSION@";
  /** Surefire runs in the module's directory. */
  static final Path GOLDEN_DIRECTORY = Path.of("src/test/resources/report");

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void matchesTheReviewedReport(ReportFormat format) throws IOException {
    String actual = ReportFixtures.render(format, ReportFixtures.CONTEXT,
        ReportFixtures.assessment());

    if (Boolean.getBoolean("report.golden.update")) {
      Path file = GOLDEN_DIRECTORY.resolve(format.fileName());
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual.replace(PluginIdentity.version(), VERSION_TOKEN),
          StandardCharsets.UTF_8);
    }
    assertEquals(expected(format), actual, format.fileName());
  }

  /** Read from the source tree, not the class path, so an update is compared at once. */
  static String expected(ReportFormat format) throws IOException {
    Path file = GOLDEN_DIRECTORY.resolve(format.fileName());
    if (!Files.exists(file)) {
      throw new IllegalStateException("no golden file " + file
          + "; run with -Dreport.golden.update=true and review it");
    }
    return Files.readString(file, StandardCharsets.UTF_8)
        .replace(VERSION_TOKEN, PluginIdentity.version());
  }
}
