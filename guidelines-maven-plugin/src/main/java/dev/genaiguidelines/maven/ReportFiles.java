package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.report.ReportContext;
import dev.genaiguidelines.maven.report.ReportFormat;
import dev.genaiguidelines.maven.scan.Background;
import dev.genaiguidelines.policy.Assessment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
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
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot create the report directory " + directory + ": "
          + e, e);
    }
    // Two writers, this thread and one more, take the formats in turn, the costliest first: each
    // writer runs cold in a build, and HTML and CycloneDX alone cost what the others do together.
    List<ReportFormat> queue = new ArrayList<>(formats);
    queue.sort(Comparator.comparingInt(WRITING_ORDER::indexOf));
    AtomicInteger next = new AtomicInteger();
    try {
      FutureTask<Void> other = queue.size() < 2 ? null : Background.start("reports", () -> {
        writeInTurn(queue, next, context, assessment, directory);
        return null;
      });
      try {
        writeInTurn(queue, next, context, assessment, directory);
      } catch (IOException | RuntimeException | Error e) {
        if (other != null) {
          Background.join(other);
        }
        throw e;
      }
      if (other != null) {
        Background.await(other);
      }
    } catch (FormatFailure e) {
      throw new MojoExecutionException("Cannot write the " + e.format.id() + " report " + e.file
          + ": " + e.getCause(), e.getCause());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the reports in " + directory + ": " + e, e);
    }
    Map<ReportFormat, Path> written = new LinkedHashMap<>();
    for (ReportFormat format : formats) {
      written.put(format, directory.resolve(format.fileName()));
    }
    return written;
  }

  /** Writes the next format of {@code queue} not yet taken, until none is left. */
  private static void writeInTurn(List<ReportFormat> queue, AtomicInteger next,
      ReportContext context, Assessment assessment, Path directory) throws FormatFailure {
    for (int i = next.getAndIncrement(); i < queue.size(); i = next.getAndIncrement()) {
      ReportFormat format = queue.get(i);
      Path file = directory.resolve(format.fileName());
      try (OutputStream out = Files.newOutputStream(file)) {
        format.write(context, assessment, out);
      } catch (IOException e) {
        throw new FormatFailure(format, file, e);
      }
    }
  }

  /** The formats by what they cost to write, measured in a build (the costliest first). */
  private static final List<ReportFormat> WRITING_ORDER = List.of(ReportFormat.HTML,
      ReportFormat.CYCLONEDX, ReportFormat.JSON, ReportFormat.MARKDOWN, ReportFormat.SARIF);

  /** A format that could not be written, with the file it was written to. */
  private static final class FormatFailure extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient ReportFormat format;
    private final transient Path file;

    FormatFailure(ReportFormat format, Path file, IOException cause) {
      super(cause);
      this.format = format;
      this.file = file;
    }
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
