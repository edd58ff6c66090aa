package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.genaiguidelines.maven.report.ReportFormat;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ReportFilesTest {

  @Test
  void outputTimestampReadsIsoInstantsOffsetsAndEpochSeconds() throws MojoExecutionException {
    assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")),
        ReportFiles.outputTimestamp("2026-01-01T00:00:00Z"));
    assertEquals(Optional.of(Instant.parse("2025-12-31T22:00:00Z")),
        ReportFiles.outputTimestamp("2026-01-01T00:00:00+02:00"));
    assertEquals(Optional.of(Instant.parse("2023-11-14T22:13:20Z")),
        ReportFiles.outputTimestamp("1700000000"));
  }

  @Test
  void anAbsentOrDisabledOutputTimestampIsNone() throws MojoExecutionException {
    assertEquals(Optional.empty(), ReportFiles.outputTimestamp(null));
    assertEquals(Optional.empty(), ReportFiles.outputTimestamp(""));
    assertEquals(Optional.empty(), ReportFiles.outputTimestamp("a"));
  }

  @Test
  void aMalformedOutputTimestampIsAMisconfiguration() {
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> ReportFiles.outputTimestamp("yesterday"));
    assertEquals("Invalid project.build.outputTimestamp 'yesterday': expected an ISO-8601"
        + " date-time such as 2026-01-01T00:00:00Z or seconds since 1970-01-01.", e.getMessage());
  }

  @Test
  void formatsAreParsedInTheGivenOrder() throws MojoExecutionException {
    assertEquals(List.of(ReportFormat.JSON, ReportFormat.MARKDOWN),
        ReportFiles.parseFormats("json,markdown"));
  }

  @Test
  void anUnknownFormatNamesTheParameterAndTheKnownFormats() {
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> ReportFiles.parseFormats("json,pdf"));
    assertEquals("Invalid guidelines.formats 'json,pdf': unknown report format 'pdf'; expected any"
        + " of: json, html, sarif, cyclonedx, markdown", e.getMessage());
  }

  @Test
  void noFormatAtAllIsAMisconfigurationToo() {
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> ReportFiles.parseFormats(" , "));
    assertEquals("Invalid guidelines.formats ' , ': no report format given; expected any of:"
        + " json, html, sarif, cyclonedx, markdown", e.getMessage());
  }
}
