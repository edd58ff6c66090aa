package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.report.DependencyAnalysis;
import dev.genaiguidelines.maven.scan.DependencyScanner;
import dev.genaiguidelines.maven.scan.DependencyScanner.Dependency;
import dev.genaiguidelines.maven.scan.DependencyUseReader;
import dev.genaiguidelines.maven.scan.GenAiDependency;
import dev.genaiguidelines.maven.scan.MarkerCatalog;
import dev.genaiguidelines.maven.scan.WrapperCalls;
import dev.genaiguidelines.policy.DetectionMarkers;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.UseDeclaration;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.SessionData;

/** The GenAI SDKs on a project's runtime class path, as {@code report} and {@code check} see it. */
final class RuntimeDependencies {

  /** The scopes that ship: what the module needs to compile and to run. */
  private static final Set<String> SHIPPED_SCOPES =
      Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME);

  /** Where the analyses of the dependencies are kept between builds, below the build directory. */
  static final String CACHE_DIRECTORY = DependencyAnalysis.CACHE_DIRECTORY;

  /**
   * What the class path holds.
   *
   * @param sdks every GenAI SDK on it, sorted
   * @param unclaimed the SDKs that neither declare a use themselves nor are brought by a
   *     dependency that declares one: those GAI302 fires for when the module declares none
   * @param declaring the dependencies that carry the processor's catalog, by coordinates
   * @param wrappers the calls into dependency methods that make an undeclared GenAI call
   * @param analysis how many dependencies were analysed, how many from the cache
   */
  record Found(List<GenAiDependency> sdks, List<GenAiDependency> unclaimed,
      List<Dependency> declaring, WrapperCalls wrappers, DependencyAnalysis analysis) {

    /**
     * The uses the {@link #declaring} dependencies declare, read from their class files (see
     * {@link DependencyUseReader}), logging each that cannot be read through {@code warn}.
     */
    List<UseDeclaration> declaredUses(Consumer<String> warn) {
      DependencyUseReader.Result read = new DependencyUseReader().read(declaring);
      read.warnings().forEach(warn);
      return read.uses();
    }

    /**
     * The same class path without the declaring dependencies whose coordinates are in
     * {@code excluded}: an aggregate leaves out the modules of its own reactor, whose uses it
     * already lists as its own.
     */
    /** The same findings, with {@code counts} as how they were analysed. */
    Found withAnalysis(DependencyAnalysis counts) {
      return new Found(sdks, unclaimed, declaring, wrappers, counts);
    }

    /** What was found, as text two equal analyses share (not how it was analysed). */
    String findings() {
      return sdks + "\n" + unclaimed + "\n" + declaring + "\n"
          + new TreeMap<>(wrappers.exact()) + "\n" + new TreeMap<>(wrappers.virtual());
    }

    Found withoutDeclaring(Set<String> excluded) {
      return new Found(sdks, unclaimed, declaring.stream()
          .filter(dependency -> !excluded.contains(dependency.coordinates())).toList(),
          wrappers, analysis);
    }
  }

  /** Where a project's resolved dependencies are kept, see {@link #resolved}. */
  private static final String RESOLVED = RuntimeDependencies.class.getName() + ".resolved";

  /** Where the counts of a goal's analysis are kept for the project's later goals. */
  private static final String FOUND = RuntimeDependencies.class.getName() + ".found";

  private RuntimeDependencies() {}

  /** The GenAI SDKs on the project's runtime class path, by the built-in markers. */
  static List<GenAiDependency> of(MavenProject project, Consumer<String> warn) {
    return find(project, DetectionMarkers.NONE, warn).sdks();
  }

  /**
   * Scans the project's resolved compile and runtime dependencies, transitive ones included (the
   * mojo requires their resolution), for SDKs (the built-in marker packages and those of the
   * policy's {@code detect} section) and for wrapper calls, whose GenAI calls are those
   * {@code detect} and the built-in markers match, logging each dependency that cannot be read
   * through {@code warn}.
   */
  static Found find(MavenProject project, DetectionMarkers detect, Consumer<String> warn) {
    return find(project, null, detect, warn);
  }

  /**
   * The same; the counts of the analysis ({@link Found#analysis()}) are kept for the project's
   * later goals in {@code session}'s data when there is a session, else in the project's
   * context: a report that {@code mvn site} runs gets a copy of the project, in a class realm of
   * its own.
   */
  static Found find(MavenProject project, MavenSession session, DetectionMarkers detect,
      Consumer<String> warn) {
    List<Dependency> shipped = new ArrayList<>();
    Map<String, Artifact> byCoordinates = new HashMap<>();
    for (Artifact artifact : resolved(project)) {
      if (artifact.getScope() == null || SHIPPED_SCOPES.contains(artifact.getScope())) {
        File file = artifact.getFile();
        Dependency dependency = new Dependency(artifact.getGroupId(), artifact.getArtifactId(),
            artifact.getBaseVersion(), file == null ? null : file.toPath());
        shipped.add(dependency);
        byCoordinates.put(dependency.coordinates(), artifact);
      }
    }
    // Sorted, so that the warnings come in the same order in every build.
    shipped.sort(Comparator.comparing(Dependency::coordinates));
    // A later goal of the same build (check after report, site-report) reads back from the
    // cache what an earlier goal analysed: it counts as that goal counted it, not as an earlier
    // build's, or the reports would say the analysis was not made in this build. Only when it
    // finds exactly what that goal found: a cache forged between the two goals (by a plugin
    // bound between them) finds something else, and is counted as read from the cache. Kept as
    // JDK types: mvn site runs the reports in a class realm of their own.
    String analysed = analysedState(shipped, detect);
    SessionData data = session == null || session.getRepositorySession() == null ? null
        : session.getRepositorySession().getData();
    String name = FOUND + ':' + project.getId() + ':' + project.getBuild().getDirectory();
    Object earlier = data == null ? project.getContextValue(FOUND) : data.get(name);
    Found found = analyse(project, shipped, byCoordinates, detect, warn);
    if (earlier instanceof List<?> made && made.size() == 4 && analysed.equals(made.get(0))
        && found.findings().equals(made.get(1))
        && made.get(2) instanceof Integer count && made.get(3) instanceof Integer cached) {
      return found.withAnalysis(new DependencyAnalysis(count, cached));
    }
    List<Object> made = List.of(analysed, found.findings(), found.analysis().analysed(),
        found.analysis().fromCache());
    if (data == null) {
      project.setContextValue(FOUND, made);
    } else {
      data.set(name, made);
    }
    return found;
  }

  /** Each dependency's coordinates, path, size and modification time, and the markers. */
  private static String analysedState(List<Dependency> shipped, DetectionMarkers detect) {
    StringBuilder state = new StringBuilder(detect.toString());
    for (Dependency dependency : shipped) {
      state.append('\n').append(dependency.coordinates()).append(' ').append(dependency.file());
      if (dependency.file() != null) {
        File file = dependency.file().toFile();
        state.append(' ').append(file.length()).append('@').append(file.lastModified());
      }
    }
    return state.toString();
  }

  private static Found analyse(MavenProject project, List<Dependency> shipped,
      Map<String, Artifact> byCoordinates, DetectionMarkers detect, Consumer<String> warn) {
    String buildDirectory = project.getBuild().getDirectory();
    Path cache = buildDirectory == null ? null : Path.of(buildDirectory).resolve(CACHE_DIRECTORY);
    DependencyScanner.Result result =
        new DependencyScanner(MarkerCatalog.builtIn().withPackages(detect),
            MarkerCatalog.effective(detect), cache)
            .scan(shipped);
    result.warnings().forEach(warn);
    Set<String> declaring = new HashSet<>();
    for (String coordinates : result.declaring()) {
      Artifact artifact = byCoordinates.get(coordinates);
      declaring.add(artifact.getGroupId() + ':' + artifact.getArtifactId());
    }
    List<Dependency> declaringFiles = shipped.stream()
        .filter(dependency -> result.declaring().contains(dependency.coordinates())).toList();
    List<GenAiDependency> unclaimed = new ArrayList<>();
    for (GenAiDependency sdk : result.sdks()) {
      if (!sdk.declaresUses() && !broughtByDeclaring(
          byCoordinates.get(sdk.coordinates()), declaring)) {
        unclaimed.add(sdk);
      }
    }
    return new Found(result.sdks(), unclaimed, declaringFiles, result.wrappers(),
        new DependencyAnalysis(result.analysed(), result.fromCache()));
  }

  /**
   * The project's resolved dependencies, kept in its context the first time a goal that resolves
   * the runtime class path reads them: Maven clears or narrows them as the project's later goals
   * run, and {@code report-aggregate} reads each module's class path after the module is built.
   */
  @SuppressWarnings("unchecked")
  private static Set<Artifact> resolved(MavenProject project) {
    if (project.getContextValue(RESOLVED) instanceof Set<?> kept) {
      return (Set<Artifact>) kept;
    }
    Set<Artifact> artifacts = project.getArtifacts();
    if (!artifacts.isEmpty()) {
      project.setContextValue(RESOLVED, new LinkedHashSet<>(artifacts));
    }
    return artifacts;
  }

  /**
   * False when nothing in this build resolved the project's dependencies although it declares
   * some (its {@code report} and {@code check} did not run): an aggregate cannot tell then which
   * GenAI SDKs it ships.
   */
  static boolean isResolved(MavenProject project) {
    return !project.getArtifacts().isEmpty() || project.getContextValue(RESOLVED) != null
        || project.getDependencies().isEmpty();
  }

  /**
   * Each SDK of {@code byModule} (the SDKs each module's class path ships, by artifactId) once,
   * with the modules that ship it, sorted: how an aggregate report lists them.
   */
  static List<GenAiDependency> shippedBy(Map<String, List<GenAiDependency>> byModule) {
    Map<String, GenAiDependency> merged = new java.util.TreeMap<>();
    byModule.forEach((module, sdks) -> sdks.forEach(sdk -> merged.merge(sdk.coordinates(),
        sdk.shippedBy(List.of(module)), (known, more) -> known.shippedBy(more.modules()))));
    return merged.values().stream().sorted().toList();
  }

  /**
   * GAI302, judged by {@code evaluator}: one finding per SDK of {@code found} that nothing
   * answers for, when {@code module} declares no use; none when it declares one.
   */
  static List<Finding> undeclared(Found found, boolean declaresUses, PolicyEvaluator evaluator,
      String module) {
    if (declaresUses) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (GenAiDependency sdk : found.unclaimed()) {
      evaluator.undeclaredDependency(module, sdk.coordinates(), sdk.vendor())
          .ifPresent(findings::add);
    }
    return findings;
  }

  /**
   * True when a dependency on the path that brought {@code sdk} declares a use: a wrapper
   * library that declares its use of the SDK it depends on answers for it.
   */
  private static boolean broughtByDeclaring(Artifact sdk, Set<String> declaring) {
    List<String> trail = sdk == null ? null : sdk.getDependencyTrail();
    if (trail == null) {
      return false;
    }
    // Entries are groupId:artifactId:type[:classifier]:version; the first is the project itself.
    for (String entry : trail.subList(Math.min(1, trail.size()), trail.size())) {
      String[] parts = entry.split(":");
      if (parts.length >= 2 && declaring.contains(parts[0] + ':' + parts[1])) {
        return true;
      }
    }
    return false;
  }
}
