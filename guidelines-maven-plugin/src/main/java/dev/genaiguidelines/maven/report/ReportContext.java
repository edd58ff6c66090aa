package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.maven.baseline.Changes;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the report is about, how to stamp it, what it is compared with, and what it could not
 * read.
 *
 * @param outputTimestamp the project's {@code project.build.outputTimestamp}, the only time a
 *     report may show, so that the same build always gives the same bytes
 * @param changes what changed since the baseline ({@code guidelines.baseline}); empty when the
 *     build has none, and then no report mentions one
 * @param unreadable the class files the scan could not read, sorted; every report lists them
 *     and, when there are any, warns that it may be incomplete
 */
public record ReportContext(
    String groupId, String artifactId, String version, Optional<Instant> outputTimestamp,
    Optional<Changes> changes, List<UnreadableFile> unreadable) {

  public ReportContext {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(artifactId, "artifactId");
    Objects.requireNonNull(version, "version");
    outputTimestamp = Objects.requireNonNullElse(outputTimestamp, Optional.empty());
    changes = Objects.requireNonNullElse(changes, Optional.empty());
    unreadable = Objects.requireNonNullElse(unreadable, List.<UnreadableFile>of()).stream()
        .sorted().toList();
  }

  /** A report of classes that were all read. */
  public ReportContext(String groupId, String artifactId, String version,
      Optional<Instant> outputTimestamp, Optional<Changes> changes) {
    this(groupId, artifactId, version, outputTimestamp, changes, List.of());
  }

  /** A report compared with no baseline. */
  public ReportContext(
      String groupId, String artifactId, String version, Optional<Instant> outputTimestamp) {
    this(groupId, artifactId, version, outputTimestamp, Optional.empty());
  }

  /** The same context, compared with the baseline {@code changes} were computed against. */
  public ReportContext withChanges(Changes changes) {
    return new ReportContext(groupId, artifactId, version, outputTimestamp,
        Optional.of(changes), unreadable);
  }

  /** The same context, for a scan that could not read {@code files}. */
  public ReportContext withUnreadable(List<UnreadableFile> files) {
    return new ReportContext(groupId, artifactId, version, outputTimestamp, changes, files);
  }

  /** The same context without a timestamp, as the parts of a report that name it need it. */
  ReportContext withoutTimestamp() {
    return new ReportContext(groupId, artifactId, version, Optional.empty(), changes, unreadable);
  }

  /** {@code groupId:artifactId:version}, as people write Maven coordinates. */
  public String coordinates() {
    return groupId + ':' + artifactId + ':' + version;
  }

  /** "1 class file", "3 class files": how the reports count {@link #unreadable()}. */
  String unreadableCount() {
    int n = unreadable.size();
    return n + (n == 1 ? " class file" : " class files");
  }
}
