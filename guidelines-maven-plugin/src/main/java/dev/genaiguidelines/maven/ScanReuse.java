package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.scan.WrapperCalls;
import dev.genaiguidelines.policy.DetectionMarkers;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * Lets {@code check} reuse the scan {@code report} made of the same classes earlier in the same
 * build, instead of reading every class file a second time.
 *
 * <p>The scan is kept in the project's context, so it never crosses projects or builds. It is
 * reused only for the same jar or classes directory, report root and detection markers, and only
 * while the jar, or every file under the directory, still has the path, size and modification
 * time it had when it was scanned: a plugin that rewrites classes between {@code package} and
 * {@code verify} (an offline instrumenter, say) gets a fresh scan. Listing the files costs a
 * small part of reading them.
 */
final class ScanReuse {

  private static final String KEY = ScanReuse.class.getName();

  private ScanReuse() {}

  /** A module's scan, with what it depends on. */
  private record Entry(Path classes, Path root, DetectionMarkers markers, WrapperCalls wrappers,
      long fingerprint, ModuleScan scan) {}

  /**
   * {@code run.scan(module, root, wrappers)}, or the same project's earlier scan of the same
   * classes with the same wrapper calls.
   */
  static ModuleScan scan(MavenProject project, ComplianceRun run, CompiledModule module,
      Path root, WrapperCalls wrappers) throws MojoExecutionException {
    if (!module.isCompiled()) {
      return run.scan(module, root, wrappers);
    }
    Path classes = module.scanned().toAbsolutePath().normalize();
    DetectionMarkers markers = run.callMarkers();
    long fingerprint = fingerprint(classes);
    if (project.getContextValue(KEY) instanceof Entry entry && entry.classes().equals(classes)
        && entry.root().equals(root) && entry.markers().equals(markers)
        && entry.wrappers().equals(wrappers) && entry.fingerprint() == fingerprint) {
      return entry.scan();
    }
    ModuleScan scan = run.scan(module, root, wrappers);
    project.setContextValue(KEY, new Entry(classes, root, markers, wrappers, fingerprint, scan));
    return scan;
  }

  /**
   * A hash of the jar's size and modification time, or of every file's relative path, size and
   * modification time in a directory, independent of the order the file system lists them in.
   */
  static long fingerprint(Path classes) throws MojoExecutionException {
    long[] sum = {0, 0};
    try {
      if (Files.isRegularFile(classes)) {
        BasicFileAttributes jar = Files.readAttributes(classes, BasicFileAttributes.class);
        return mix(mix(jar.size()) ^ jar.lastModifiedTime().toMillis());
      }
      Files.walkFileTree(classes, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (attributes.isRegularFile()) {
            long hash = classes.relativize(file).toString().hashCode();
            hash = mix(hash ^ attributes.size());
            hash = mix(hash ^ attributes.lastModifiedTime().toMillis());
            sum[0] += hash;
            sum[1]++;
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot list the compiled classes in " + classes + ": "
          + e.getMessage(), e);
    }
    return mix(sum[0] ^ mix(sum[1]));
  }

  /** SplitMix64's finalizer: spreads every input bit over the whole hash. */
  private static long mix(long value) {
    long z = value + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
