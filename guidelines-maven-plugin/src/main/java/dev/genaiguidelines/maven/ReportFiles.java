package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.report.ReportContext;
import dev.genaiguidelines.maven.report.ReportFormat;
import dev.genaiguidelines.policy.Assessment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/** Writes the chosen report formats into one directory, as {@code report} and the aggregate do. */
final class ReportFiles {

  private ReportFiles() {}

  /** The formats named in {@code guidelines.formats}; an unknown one is a misconfiguration. */
  static List<ReportFormat> parseFormats(String csv) throws MojoExecutionException {
    try {
      return ReportFormat.parse(csv == null ? "" : csv);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Invalid guidelines.formats '" + csv + "': "
          + e.getMessage(), e);
    }
  }

  /**
   * The timestamp reports may show, from {@code project.build.outputTimestamp}: an ISO-8601
   * instant or offset date-time, or seconds since the epoch, as maven-archiver reads it. Absent,
   * or a single character (Maven's way to switch it off), means none.
   */
  static Optional<Instant> outputTimestamp(String value) throws MojoExecutionException {
    if (value == null || value.trim().length() < 2) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    try {
      if (trimmed.chars().allMatch(Character::isDigit)) {
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(trimmed)));
      }
      return Optional.of(OffsetDateTime.parse(trimmed).toInstant());
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new MojoExecutionException("Invalid project.build.outputTimestamp '" + value
          + "': expected an ISO-8601 date-time such as 2026-01-01T00:00:00Z or seconds since"
          + " 1970-01-01.", e);
    }
  }

  /** One line of counts for the build log: uses by verdict, undeclared calls, errors, warnings. */
  static String summaryLine(Assessment assessment) {
    Assessment.Summary s = assessment.summary();
    return CheckOutcome.plural(s.uses(), "use") + " (" + s.socialize() + " SOCIALIZE, "
        + s.approved() + " APPROVED, " + s.needsApproval() + " NEEDS_APPROVAL, " + s.prohibited()
        + " PROHIBITED" + (s.dependencyUses() == 0 ? "" : "; " + s.dependencyUses()
            + " declared by dependencies") + "), "
        + CheckOutcome.plural(s.undeclared(), "undeclared call") + ", "
        + CheckOutcome.plural(s.errors(), "error") + ", "
        + CheckOutcome.plural(s.warnings(), "warning");
  }

  /**
   * Writes every format to {@code directory}/{@link ReportFormat#fileName()}, creating the
   * directory, and returns the files in format order.
   */
  static Map<ReportFormat, Path> write(List<ReportFormat> formats, ReportContext context,
      Assessment assessment, Path directory) throws MojoExecutionException {
    Map<ReportFormat, Path> written = new LinkedHashMap<>();
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot create the report directory " + directory + ": "
          + e, e);
    }
    for (ReportFormat format : formats) {
      Path file = directory.resolve(format.fileName());
      try (OutputStream out = Files.newOutputStream(file)) {
        format.write(context, assessment, out);
      } catch (IOException e) {
        throw new MojoExecutionException("Cannot write the " + format.id() + " report " + file
            + ": " + e, e);
      }
      written.put(format, file);
    }
    return written;
  }

  /** Writes the JSON report of a skipped build into {@code directory}. */
  static Path writeSkipped(ReportContext context, Path directory) throws MojoExecutionException {
    Path file = directory.resolve(ReportFormat.JSON.fileName());
    try {
      Files.createDirectories(directory);
      Files.write(file, dev.genaiguidelines.maven.report.SkippedReport.render(context));
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the skipped report " + file + ": " + e, e);
    }
    return file;
  }
}
