package dev.genaiguidelines.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One module's compiled classes and the source roots they came from, as the scan needs them:
 * no Maven types, so {@link ComplianceRun} can be tested without a build.
 *
 * @param name the module (artifactId) when several modules are judged together, else ""
 * @param basedir the module's directory
 * @param classesDirectory where its classes were compiled to
 * @param sourceRoots its compile source roots, absolute or relative to {@code basedir}
 * @param jar the packaged main artifact when the build made one (it is what ships, so it is what
 *     is scanned), else null
 */
record CompiledModule(String name, Path basedir, Path classesDirectory, List<Path> sourceRoots,
    Path jar) {

  /** Where sources are assumed to be when no source root holds a class's source file. */
  static final String DEFAULT_SOURCE_ROOT = "src/main/java";

  CompiledModule {
    Objects.requireNonNull(name, "name");
    basedir = basedir.toAbsolutePath().normalize();
    classesDirectory = basedir.resolve(classesDirectory).normalize();
    Path base = basedir;
    sourceRoots = sourceRoots.stream().map(root -> base.resolve(root).normalize()).toList();
    jar = jar == null ? null : basedir.resolve(jar).normalize();
  }

  /** A module whose classes directory is what is scanned. */
  CompiledModule(String name, Path basedir, Path classesDirectory, List<Path> sourceRoots) {
    this(name, basedir, classesDirectory, sourceRoots, null);
  }

  /** What the scan reads: the jar when there is one, else the classes directory. */
  Path scanned() {
    return jar != null ? jar : classesDirectory;
  }

  /**
   * How the reports name what was scanned ({@code scope.source}): the jar's file name, or the
   * classes directory relative to the project.
   */
  String scopeSource() {
    return jar != null ? jar.getFileName().toString() : display(classesDirectory);
  }

  /** True when the jar, or else the classes directory, exists. */
  boolean isCompiled() {
    return jar != null ? Files.isRegularFile(jar) : Files.isDirectory(classesDirectory);
  }

  /** True when a source root holds at least one {@code .java} file. */
  boolean hasJavaSources() {
    for (Path root : sourceRoots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        if (files.anyMatch(f -> f.toString().endsWith(".java") && Files.isRegularFile(f))) {
          return true;
        }
      } catch (IOException | UncheckedIOException e) {
        // An unreadable source tree is the compiler's problem to report, not ours.
        return false;
      }
    }
    return false;
  }

  /**
   * The path of a source file, given relative to its source root ({@code com/x/Foo.java}), made
   * relative to {@code root} ({@code src/main/java/com/x/Foo.java}, or {@code vfx/src/main/java/...}
   * for a reactor root), with forward slashes. The first source root that holds the file wins;
   * without one the file is assumed under {@code src/main/java}. Empty stays empty.
   */
  String sourcePath(String sourceRootRelative, Path root) {
    if (sourceRootRelative.isEmpty()) {
      return "";
    }
    Path found = null;
    for (Path sourceRoot : sourceRoots) {
      Path candidate = sourceRoot.resolve(sourceRootRelative);
      if (Files.isRegularFile(candidate)) {
        found = candidate;
        break;
      }
    }
    if (found == null) {
      found = basedir.resolve(DEFAULT_SOURCE_ROOT).resolve(sourceRootRelative);
    }
    return slashes(root.toAbsolutePath().normalize().relativize(found.normalize()));
  }

  /** {@code path} relative to this module's directory with forward slashes, for messages. */
  String display(Path path) {
    Path absolute = basedir.resolve(path).normalize();
    return absolute.startsWith(basedir) ? slashes(basedir.relativize(absolute)) : slashes(absolute);
  }

  static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
