package dev.genaiguidelines.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code genai-policy.yaml} is found, on real directory trees. */
class PolicyLocatorTest {
  @TempDir Path tmp;

  private Path dir(String path) throws IOException {
    return Files.createDirectories(tmp.resolve(path));
  }

  private Path file(String path) throws IOException {
    Path file = tmp.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "");
  }

  /** A reactor: root/pom.xml with module root/app (its own pom.xml). */
  private Path reactor() throws IOException {
    file("root/pom.xml");
    file("root/app/pom.xml");
    return tmp.resolve("root");
  }

  @Test
  void foundInTheModuleDirectory() throws IOException {
    Path root = reactor();
    Path policy = file("root/app/genai-policy.yaml");
    file("root/genai-policy.yaml");

    assertEquals(Optional.of(policy), PolicyLocator.locate(root.resolve("app"), root));
    assertEquals(Optional.of(policy), PolicyLocator.locate(root.resolve("app"), null));
  }

  @Test
  void foundInAParent() throws IOException {
    Path root = reactor();
    Path policy = file("root/genai-policy.yaml");

    assertEquals(Optional.of(policy), PolicyLocator.locate(root.resolve("app"), root));
    assertEquals(Optional.of(policy), PolicyLocator.locate(root.resolve("app"), null));
  }

  @Test
  void foundInTheStopDirectoryItself() throws IOException {
    Path root = reactor();
    Path policy = file("root/genai-policy.yaml");

    assertEquals(Optional.of(policy), PolicyLocator.locate(root, root));
  }

  @Test
  void stopsAtTheReactorRoot() throws IOException {
    Path root = reactor();
    Path above = file("genai-policy.yaml"); // above the reactor: not this build's policy
    file("pom.xml");

    assertEquals(Optional.empty(), PolicyLocator.locate(root.resolve("app"), root));
    // without the reactor root, the pom.xml above makes it look like part of the build
    assertEquals(Optional.of(above), PolicyLocator.locate(root.resolve("app"), null));
  }

  @Test
  void stopDirBelowAFileStopsEarly() throws IOException {
    Path root = reactor();
    file("root/genai-policy.yaml");
    Path app = root.resolve("app");

    assertEquals(Optional.empty(), PolicyLocator.locate(app, app));
  }

  @Test
  void notFound() throws IOException {
    Path root = reactor();

    assertEquals(Optional.empty(), PolicyLocator.locate(root.resolve("app"), root));
    assertEquals(Optional.empty(), PolicyLocator.locate(root.resolve("app"), null));
  }

  @Test
  void withoutStopDirTheMvnDirectoryMarksTheRoot() throws IOException {
    Path root = reactor();
    file("pom.xml"); // the parent of root looks like a build too ...
    file("genai-policy.yaml");
    dir("root/.mvn"); // ... but .mvn says root is where this build starts

    assertEquals(Optional.empty(), PolicyLocator.locate(root.resolve("app"), null));
  }

  @Test
  void withoutStopDirTheGitDirectoryMarksTheRoot() throws IOException {
    Path root = reactor();
    file("pom.xml");
    file("genai-policy.yaml");
    file("root/.git"); // a worktree's .git is a file

    assertEquals(Optional.empty(), PolicyLocator.locate(root.resolve("app"), null));
  }

  @Test
  void withoutStopDirAParentWithoutABuildFileEndsTheSearch() throws IOException {
    Path root = reactor();
    file("genai-policy.yaml"); // tmp has no pom.xml: outside the build

    assertEquals(Optional.empty(), PolicyLocator.locate(root.resolve("app"), null));
  }

  @Test
  void withoutStopDirGradleBuildFilesAlsoCount() throws IOException {
    file("gradle-root/settings.gradle.kts");
    Path policy = file("gradle-root/genai-policy.yaml");
    Path module = dir("gradle-root/lib");

    assertEquals(Optional.of(policy), PolicyLocator.locate(module, null));
  }

  @Test
  void stopDirNotAboveTheModuleFallsBackToBuildMarkers() throws IOException {
    Path root = reactor();
    Path policy = file("root/genai-policy.yaml");
    Path elsewhere = dir("elsewhere");

    assertEquals(Optional.of(policy), PolicyLocator.locate(root.resolve("app"), elsewhere));
  }

  @Test
  void aDirectoryNamedLikeThePolicyIsNotAPolicy() throws IOException {
    Path root = reactor();
    dir("root/app/genai-policy.yaml");
    Path policy = file("root/genai-policy.yaml");

    assertEquals(Optional.of(policy), PolicyLocator.locate(root.resolve("app"), root));
  }

  @Test
  void relativeModuleDirectoryIsResolved() throws IOException {
    Path root = reactor();
    Path policy = file("root/genai-policy.yaml");
    Path relativeApp = Path.of("").toAbsolutePath().relativize(root.resolve("app"));

    assertEquals(Optional.of(policy), PolicyLocator.locate(relativeApp, root));
    assertEquals(Optional.of(policy), PolicyLocator.locate(relativeApp, null));
  }

  @Test
  void fileNameIsTheContractName() {
    assertEquals("genai-policy.yaml", PolicyLocator.FILE_NAME);
  }
}
