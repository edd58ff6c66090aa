package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.policy.Policy;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who the report is about, how to stamp it, and what it is compared with.
 *
 * @param outputTimestamp the project's {@code project.build.outputTimestamp}, the only time a
 *     report may show, so that the same build always gives the same bytes
 * @param changes what changed since the baseline ({@code guidelines.baseline}); empty when the
 *     build has none, and then no report mentions one
 * @param modulePolicies in an aggregate, the modules judged with a policy other than the
 *     report's own {@code policy} (their own {@code genai-policy.yaml}), by module, sorted; empty
 *     otherwise
 */
public record ReportContext(
    String groupId, String artifactId, String version, Optional<Instant> outputTimestamp,
    Optional<Changes> changes, Map<String, Policy> modulePolicies) {

  public ReportContext {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(artifactId, "artifactId");
    Objects.requireNonNull(version, "version");
    outputTimestamp = Objects.requireNonNullElse(outputTimestamp, Optional.empty());
    changes = Objects.requireNonNullElse(changes, Optional.empty());
    modulePolicies = Collections.unmodifiableMap(
        new TreeMap<>(Objects.requireNonNullElse(modulePolicies, Map.of())));
  }

  /** A report whose uses are all judged with its own policy. */
  public ReportContext(String groupId, String artifactId, String version,
      Optional<Instant> outputTimestamp, Optional<Changes> changes) {
    this(groupId, artifactId, version, outputTimestamp, changes, Map.of());
  }

  /** A report compared with no baseline. */
  public ReportContext(
      String groupId, String artifactId, String version, Optional<Instant> outputTimestamp) {
    this(groupId, artifactId, version, outputTimestamp, Optional.empty());
  }

  /** The same context, compared with the baseline {@code changes} were computed against. */
  public ReportContext withChanges(Changes changes) {
    return new ReportContext(groupId, artifactId, version, outputTimestamp,
        Optional.of(changes), modulePolicies);
  }

  /** The same context, with the modules an aggregate judged with a policy of their own. */
  public ReportContext withModulePolicies(Map<String, Policy> modulePolicies) {
    return new ReportContext(groupId, artifactId, version, outputTimestamp, changes,
        modulePolicies);
  }

  /** {@code groupId:artifactId:version}, as people write Maven coordinates. */
  public String coordinates() {
    return groupId + ':' + artifactId + ':' + version;
  }
}
