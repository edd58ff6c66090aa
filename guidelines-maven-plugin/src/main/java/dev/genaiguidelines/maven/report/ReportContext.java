package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.maven.baseline.Changes;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the report is about, how to stamp it, and what it is compared with.
 *
 * @param outputTimestamp the project's {@code project.build.outputTimestamp}, the only time a
 *     report may show, so that the same build always gives the same bytes
 * @param changes what changed since the baseline ({@code guidelines.baseline}); empty when the
 *     build has none, and then no report mentions one
 */
public record ReportContext(
    String groupId, String artifactId, String version, Optional<Instant> outputTimestamp,
    Optional<Changes> changes) {

  public ReportContext {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(artifactId, "artifactId");
    Objects.requireNonNull(version, "version");
    outputTimestamp = Objects.requireNonNullElse(outputTimestamp, Optional.empty());
    changes = Objects.requireNonNullElse(changes, Optional.empty());
  }

  /** A report compared with no baseline. */
  public ReportContext(
      String groupId, String artifactId, String version, Optional<Instant> outputTimestamp) {
    this(groupId, artifactId, version, outputTimestamp, Optional.empty());
  }

  /** The same context, compared with the baseline {@code changes} were computed against. */
  public ReportContext withChanges(Changes changes) {
    return new ReportContext(groupId, artifactId, version, outputTimestamp,
        Optional.of(changes));
  }

  /** {@code groupId:artifactId:version}, as people write Maven coordinates. */
  public String coordinates() {
    return groupId + ':' + artifactId + ':' + version;
  }
}
