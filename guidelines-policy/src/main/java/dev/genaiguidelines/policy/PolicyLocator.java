package dev.genaiguidelines.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a module's {@code genai-policy.yaml}: in the module's directory, then in its parents up
 * to the root of the build, so one file at the reactor root serves every module.
 */
public final class PolicyLocator {
  /** The name of the policy file. */
  public static final String FILE_NAME = "genai-policy.yaml";

  /** A directory holding one of these is the root of a build: the search stops there. */
  private static final List<String> ROOT_MARKERS = List.of(".mvn", ".git");

  /** A parent without any of these is not part of the build, so the search does not climb to it. */
  private static final List<String> BUILD_FILES = List.of(
      "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts");

  private PolicyLocator() {}

  /**
   * Looks for {@value #FILE_NAME} in {@code moduleDir}, then in each parent.
   *
   * <p>With {@code stopDir} (the reactor root) the search ends after looking in it. Without it,
   * or when {@code moduleDir} is not inside it, the search ends after the first directory that
   * holds {@code .mvn} or {@code .git}, or whose parent has no {@code pom.xml}, {@code
   * build.gradle(.kts)} or {@code settings.gradle(.kts)}: a file outside the build never applies.
   *
   * @param stopDir the reactor root, or null when unknown
   * @return the file, as an absolute normalized path, or empty when there is none
   */
  public static Optional<Path> locate(Path moduleDir, Path stopDir) {
    Objects.requireNonNull(moduleDir, "moduleDir");
    Path dir = moduleDir.toAbsolutePath().normalize();
    Path stop = stopDir == null ? null : stopDir.toAbsolutePath().normalize();
    if (stop != null && !dir.startsWith(stop)) {
      stop = null;
    }
    while (dir != null) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (stop != null ? dir.equals(stop) : isBuildRoot(dir)) {
        return Optional.empty();
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  private static boolean isBuildRoot(Path dir) {
    for (String marker : ROOT_MARKERS) {
      if (Files.exists(dir.resolve(marker))) {
        return true;
      }
    }
    Path parent = dir.getParent();
    if (parent == null) {
      return true;
    }
    for (String buildFile : BUILD_FILES) {
      if (Files.isRegularFile(parent.resolve(buildFile))) {
        return false;
      }
    }
    return true;
  }
}
