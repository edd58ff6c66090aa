package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.maven.scan.GenAiDependency;
import dev.genaiguidelines.maven.scan.MarkerCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GenAI SDKs {@code report} lists: those of the compile and runtime scopes, the class path
 * that ships, and never those only tests or the container bring.
 */
class RuntimeDependenciesTest {

  @TempDir Path temp;

  private final List<String> warnings = new ArrayList<>();

  private Artifact sdk(String artifactId, String scope) throws IOException {
    Path jar = temp.resolve(artifactId + ".jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new ZipEntry("com/openai/client/OpenAIClient.class"));
      out.closeEntry();
    }
    Artifact artifact = new DefaultArtifact("com.openai", artifactId, "4.8.0", scope, "jar", null,
        new DefaultArtifactHandler("jar"));
    artifact.setFile(jar.toFile());
    return artifact;
  }

  private List<GenAiDependency> scan(Artifact... artifacts) {
    MavenProject project = new MavenProject(new Model());
    project.setArtifacts(new LinkedHashSet<>(List.of(artifacts)));
    return RuntimeDependencies.find(project, MarkerCatalog.builtIn().detection(), warnings::add)
        .sdks();
  }

  @Test
  void compileAndRuntimeScopedSdksShip() throws IOException {
    assertEquals(List.of(
        new GenAiDependency("com.openai", "at-compile", "4.8.0", "OpenAI", false),
        new GenAiDependency("com.openai", "at-runtime", "4.8.0", "OpenAI", false)),
        scan(sdk("at-runtime", Artifact.SCOPE_RUNTIME), sdk("at-compile", Artifact.SCOPE_COMPILE)));
    assertEquals(List.of(), warnings);
  }

  @Test
  void testAndProvidedScopedSdksDoNotShip() throws IOException {
    assertEquals(List.of(), scan(sdk("in-tests", Artifact.SCOPE_TEST),
        sdk("in-container", Artifact.SCOPE_PROVIDED)));
    assertEquals(List.of(), warnings);
  }

  @Test
  void anUnreadableDependencyIsLoggedAsAWarning() throws IOException {
    Artifact broken = sdk("broken", Artifact.SCOPE_COMPILE);
    Files.writeString(broken.getFile().toPath(), "truncated");

    assertEquals(List.of(), scan(broken));
    assertEquals(List.of("Cannot read dependency com.openai:broken:4.8.0 (broken.jar): not a"
        + " readable jar or directory (java.util.zip.ZipException: zip END header not found); its"
        + " GenAI SDKs and wrapper calls, if any, are not listed."), warnings);
  }
}
