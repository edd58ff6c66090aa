package dev.genaiguidelines.maven.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the report is about and how to stamp it.
 *
 * @param outputTimestamp the project's {@code project.build.outputTimestamp}, the only time a
 *     report may show, so that the same build always gives the same bytes
 */
public record ReportContext(
    String groupId, String artifactId, String version, Optional<Instant> outputTimestamp) {

  public ReportContext {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(artifactId, "artifactId");
    Objects.requireNonNull(version, "version");
    outputTimestamp = Objects.requireNonNullElse(outputTimestamp, Optional.empty());
  }

  /** {@code groupId:artifactId:version}, as people write Maven coordinates. */
  public String coordinates() {
    return groupId + ':' + artifactId + ':' + version;
  }
}
