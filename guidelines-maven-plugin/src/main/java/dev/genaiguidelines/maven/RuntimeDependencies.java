package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.report.DependencyAnalysis;
import dev.genaiguidelines.maven.scan.DependencyScanner;
import dev.genaiguidelines.maven.scan.DependencyScanner.Dependency;
import dev.genaiguidelines.maven.scan.GenAiDependency;
import dev.genaiguidelines.maven.scan.MarkerCatalog;
import dev.genaiguidelines.maven.scan.WrapperCalls;
import dev.genaiguidelines.policy.DetectionMarkers;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/** The GenAI SDKs on a project's runtime class path, as {@code report} and {@code check} see it. */
final class RuntimeDependencies {

  /** The scopes that ship: what the module needs to compile and to run. */
  private static final Set<String> SHIPPED_SCOPES =
      Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME);

  /** Where the analyses of the dependencies are kept between builds, below the build directory. */
  static final String CACHE_DIRECTORY = "genai-guidelines/dependency-cache";

  /**
   * What the class path holds.
   *
   * @param sdks every GenAI SDK on it, sorted
   * @param unclaimed the SDKs that neither declare a use themselves nor are brought by a
   *     dependency that declares one: those GAI302 fires for when the module declares none
   * @param wrappers the calls into dependency methods that make an undeclared GenAI call
   * @param analysis how many dependencies were analysed, how many from the cache
   */
  record Found(List<GenAiDependency> sdks, List<GenAiDependency> unclaimed,
      WrapperCalls wrappers, DependencyAnalysis analysis) {}

  private RuntimeDependencies() {}

  /**
   * Scans the project's resolved compile and runtime dependencies, transitive ones included (the
   * mojo requires their resolution), for SDKs and for wrapper calls, whose GenAI calls are those
   * {@code callMarkers} match, logging each dependency that cannot be read through {@code warn}.
   */
  static Found find(MavenProject project, DetectionMarkers callMarkers, Consumer<String> warn) {
    List<Dependency> shipped = new ArrayList<>();
    Map<String, Artifact> byCoordinates = new HashMap<>();
    for (Artifact artifact : project.getArtifacts()) {
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
    String buildDirectory = project.getBuild().getDirectory();
    Path cache = buildDirectory == null ? null : Path.of(buildDirectory).resolve(CACHE_DIRECTORY);
    DependencyScanner.Result result =
        new DependencyScanner(MarkerCatalog.builtIn(), callMarkers, cache).scan(shipped);
    result.warnings().forEach(warn);
    Set<String> declaring = new HashSet<>();
    for (String coordinates : result.declaring()) {
      Artifact artifact = byCoordinates.get(coordinates);
      declaring.add(artifact.getGroupId() + ':' + artifact.getArtifactId());
    }
    List<GenAiDependency> unclaimed = new ArrayList<>();
    for (GenAiDependency sdk : result.sdks()) {
      if (!sdk.declaresUses() && !broughtByDeclaring(
          byCoordinates.get(sdk.coordinates()), declaring)) {
        unclaimed.add(sdk);
      }
    }
    return new Found(result.sdks(), unclaimed, result.wrappers(),
        new DependencyAnalysis(result.analysed(), result.fromCache()));
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
