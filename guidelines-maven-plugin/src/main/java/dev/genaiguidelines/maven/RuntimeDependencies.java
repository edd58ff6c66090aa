package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.scan.DependencyScanner;
import dev.genaiguidelines.maven.scan.DependencyScanner.Dependency;
import dev.genaiguidelines.maven.scan.GenAiDependency;
import dev.genaiguidelines.maven.scan.MarkerCatalog;
import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/** The GenAI SDKs on a project's runtime class path, as {@code report} and {@code check} list them. */
final class RuntimeDependencies {

  /** The scopes that ship: what the module needs to compile and to run. */
  private static final Set<String> SHIPPED_SCOPES =
      Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME);

  private RuntimeDependencies() {}

  /**
   * Scans the project's resolved compile and runtime dependencies, transitive ones included (the
   * mojo requires their resolution), logging each dependency that cannot be read through
   * {@code warn}.
   */
  static List<GenAiDependency> of(MavenProject project, Consumer<String> warn) {
    List<Dependency> shipped = new ArrayList<>();
    for (Artifact artifact : project.getArtifacts()) {
      if (artifact.getScope() == null || SHIPPED_SCOPES.contains(artifact.getScope())) {
        File file = artifact.getFile();
        shipped.add(new Dependency(artifact.getGroupId(), artifact.getArtifactId(),
            artifact.getBaseVersion(), file == null ? null : file.toPath()));
      }
    }
    // Sorted, so that the warnings come in the same order in every build.
    shipped.sort(Comparator.comparing(Dependency::coordinates));
    DependencyScanner.Result result =
        new DependencyScanner(MarkerCatalog.builtIn()).scan(shipped);
    result.warnings().forEach(warn);
    return result.sdks();
  }
}
