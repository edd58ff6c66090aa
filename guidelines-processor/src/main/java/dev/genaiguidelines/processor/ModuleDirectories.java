package dev.genaiguidelines.processor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * Finds the directory of the module being compiled, and the root of its build, from where javac
 * writes the classes: {@code target/classes} (or Gradle's {@code build/classes/java/main}) lies
 * below the directory that holds the build file.
 *
 * @param module the nearest directory above the class output holding {@code pom.xml},
 *     {@code build.gradle} or {@code build.gradle.kts}
 * @param root where the policy lookup stops, the root of the build: the nearest directory from
 *     {@code module} up that holds {@code .mvn} or {@code .git}, or whose parent holds no build
 *     file (the same rule {@link dev.genaiguidelines.policy.PolicyLocator} applies on its own)
 */
record ModuleDirectories(Path module, Path root) {

  private static final String PROBE = "genai-guidelines.probe";

  /**
   * The module of the class output, or empty when classes are not written to a directory (an
   * in-memory compiler, as in tests) or no build file lies above it.
   */
  static Optional<ModuleDirectories> ofClassOutput(Filer filer) {
    Optional<URI> found = probe(filer);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    URI probe = found.get();
    if (!"file".equalsIgnoreCase(probe.getScheme())) {
      return Optional.empty();
    }
    try {
      return ofOutputDirectory(Path.of(probe).getParent());
    } catch (RuntimeException notAPath) {
      return Optional.empty();
    }
  }

  /**
   * Where a file named {@link #PROBE} in the class output would be, without writing it. javac's
   * Filer answers {@code getResource} for a file that does not exist; the Eclipse compiler's
   * batch Filer throws {@link java.io.FileNotFoundException} instead, so the name is then
   * resolved with {@code createResource}, whose file object is never opened: nothing is written,
   * and the name is used once per compilation, so no later create of it can clash.
   */
  private static Optional<URI> probe(Filer filer) {
    try {
      return Optional.of(filer.getResource(StandardLocation.CLASS_OUTPUT, "", PROBE).toUri());
    } catch (IOException | RuntimeException notFound) {
      // Not javac's Filer, or no class output: try resolving the name for output.
    }
    try {
      return Optional.of(filer.createResource(StandardLocation.CLASS_OUTPUT, "", PROBE).toUri());
    } catch (IOException | RuntimeException noClassOutput) {
      return Optional.empty();
    }
  }

  /** The module holding {@code outputDirectory}, searching upwards. */
  static Optional<ModuleDirectories> ofOutputDirectory(Path outputDirectory) {
    for (Path dir = outputDirectory.toAbsolutePath().normalize(); dir != null;
        dir = dir.getParent()) {
      if (hasBuildFile(dir)) {
        return Optional.of(new ModuleDirectories(dir, rootOf(dir)));
      }
    }
    return Optional.empty();
  }

  /** Where {@link dev.genaiguidelines.policy.PolicyLocator} would stop on its own, named. */
  private static Path rootOf(Path module) {
    Path dir = module;
    while (!Files.exists(dir.resolve(".mvn")) && !Files.exists(dir.resolve(".git"))
        && dir.getParent() != null && isPartOfBuild(dir.getParent())) {
      dir = dir.getParent();
    }
    return dir;
  }

  private static boolean isPartOfBuild(Path dir) {
    return hasBuildFile(dir)
        || Files.isRegularFile(dir.resolve("settings.gradle"))
        || Files.isRegularFile(dir.resolve("settings.gradle.kts"));
  }

  private static boolean hasBuildFile(Path dir) {
    return Files.isRegularFile(dir.resolve("pom.xml"))
        || Files.isRegularFile(dir.resolve("build.gradle"))
        || Files.isRegularFile(dir.resolve("build.gradle.kts"));
  }

  /**
   * The module directory as messages show it: relative to the root's parent, so the root's own
   * name is kept and no absolute path leaks ({@code studio-pipeline/vfx/}).
   */
  String displayModule() {
    return display(module);
  }

  /** The root directory as messages show it ({@code studio-pipeline/}). */
  String displayRoot() {
    return display(root);
  }

  private String display(Path dir) {
    Path base = root.getParent();
    Path shown = base == null ? dir : base.relativize(dir);
    String text = shown.toString().replace('\\', '/');
    return text.isEmpty() ? "/" : text + "/";
  }
}
