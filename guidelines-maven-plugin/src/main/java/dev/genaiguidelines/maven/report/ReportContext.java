package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.scan.GenAiDependency;
import dev.genaiguidelines.policy.Policy;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who the report is about, how to stamp it, what it is compared with, which policies judged it,
 * what it read and could not read, and how the build enforces it.
 *
 * @param outputTimestamp the project's {@code project.build.outputTimestamp}, the only time a
 *     report may show, so that the same build always gives the same bytes
 * @param changes what changed since the baseline ({@code guidelines.baseline}); empty when the
 *     build has none, and then no report mentions one
 * @param modulePolicies in an aggregate, the modules judged with a policy other than the
 *     report's own {@code policy} (their own {@code genai-policy.yaml}), by module, sorted; empty
 *     otherwise
 * @param unreadable the class files the scan could not read, sorted; every report lists them
 *     and, when there are any, warns that it may be incomplete
 * @param scope what a single module's scan read; empty for an aggregate, whose modules each
 *     have their own
 * @param enforcement how the same build's {@code check} is set, which every report states
 * @param dependencies the GenAI SDKs on the module's runtime class path, sorted by coordinates
 * @param dependencyAnalysis how many dependencies were analysed and how many of those analyses
 *     came from the cache; empty where no dependency was analysed (aggregates, tests)
 */
public record ReportContext(
    String groupId, String artifactId, String version, Optional<Instant> outputTimestamp,
    Optional<Changes> changes, Map<String, Policy> modulePolicies,
    List<UnreadableFile> unreadable, Optional<ScanScope> scope, Enforcement enforcement,
    List<GenAiDependency> dependencies, Optional<DependencyAnalysis> dependencyAnalysis) {

  public ReportContext {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(artifactId, "artifactId");
    Objects.requireNonNull(version, "version");
    outputTimestamp = Objects.requireNonNullElse(outputTimestamp, Optional.empty());
    changes = Objects.requireNonNullElse(changes, Optional.empty());
    modulePolicies = Collections.unmodifiableMap(
        new TreeMap<>(Objects.requireNonNullElse(modulePolicies, Map.of())));
    unreadable = Objects.requireNonNullElse(unreadable, List.<UnreadableFile>of()).stream()
        .sorted().toList();
    scope = Objects.requireNonNullElse(scope, Optional.empty());
    enforcement = Objects.requireNonNullElse(enforcement, Enforcement.FULL);
    dependencies = Objects.requireNonNullElse(dependencies, List.<GenAiDependency>of()).stream()
        .sorted().toList();
    dependencyAnalysis = Objects.requireNonNullElse(dependencyAnalysis, Optional.empty());
  }

  /** A context without a scope, with {@code check} at its defaults, as aggregates and tests make it. */
  public ReportContext(String groupId, String artifactId, String version,
      Optional<Instant> outputTimestamp, Optional<Changes> changes,
      Map<String, Policy> modulePolicies, List<UnreadableFile> unreadable) {
    this(groupId, artifactId, version, outputTimestamp, changes, modulePolicies, unreadable,
        Optional.empty(), Enforcement.FULL, List.of(), Optional.empty());
  }

  /** A report of classes that were all read and judged with its own policy. */
  public ReportContext(String groupId, String artifactId, String version,
      Optional<Instant> outputTimestamp, Optional<Changes> changes) {
    this(groupId, artifactId, version, outputTimestamp, changes, Map.of(), List.of());
  }

  /** A report compared with no baseline. */
  public ReportContext(
      String groupId, String artifactId, String version, Optional<Instant> outputTimestamp) {
    this(groupId, artifactId, version, outputTimestamp, Optional.empty());
  }

  /** The same context, for a scan that read {@code scope}. */
  public ReportContext withScope(ScanScope scope) {
    return new ReportContext(groupId, artifactId, version, outputTimestamp, changes,
        modulePolicies, unreadable, Optional.of(scope), enforcement, dependencies, dependencyAnalysis);
  }

  /** The same context, compared with the baseline {@code changes} were computed against. */
  public ReportContext withChanges(Changes changes) {
    return new ReportContext(groupId, artifactId, version, outputTimestamp,
        Optional.of(changes), modulePolicies, unreadable, scope, enforcement, dependencies, dependencyAnalysis);
  }

  /** The same context, with the modules an aggregate judged with a policy of their own. */
  public ReportContext withModulePolicies(Map<String, Policy> modulePolicies) {
    return new ReportContext(groupId, artifactId, version, outputTimestamp, changes,
        modulePolicies, unreadable, scope, enforcement, dependencies, dependencyAnalysis);
  }

  /** The same context, stating how the build's {@code check} enforces the policy. */
  public ReportContext withEnforcement(Enforcement enforcement) {
    return new ReportContext(groupId, artifactId, version, outputTimestamp, changes,
        modulePolicies, unreadable, scope, enforcement, dependencies, dependencyAnalysis);
  }

  /** The same context, for a scan that could not read {@code files}. */
  public ReportContext withUnreadable(List<UnreadableFile> files) {
    return new ReportContext(groupId, artifactId, version, outputTimestamp, changes,
        modulePolicies, files, scope, enforcement, dependencies, dependencyAnalysis);
  }

  /** The same context, listing the GenAI SDKs on the module's runtime class path. */
  public ReportContext withDependencies(List<GenAiDependency> dependencies) {
    return new ReportContext(groupId, artifactId, version, outputTimestamp, changes,
        modulePolicies, unreadable, scope, enforcement, dependencies, dependencyAnalysis);
  }

  /** The same context, stating how the dependencies were analysed. */
  public ReportContext withDependencyAnalysis(DependencyAnalysis analysis) {
    return new ReportContext(groupId, artifactId, version, outputTimestamp, changes,
        modulePolicies, unreadable, scope, enforcement, dependencies, Optional.of(analysis));
  }

  /**
   * The dependency analysis the HTML and Markdown dependency sections state: empty where no
   * dependency was analysed, which they do not mention.
   */
  Optional<DependencyAnalysis> dependencyAnalysisShown() {
    return dependencyAnalysis.filter(analysis -> analysis.analysed() > 0);
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
