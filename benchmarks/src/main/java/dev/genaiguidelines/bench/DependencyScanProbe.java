package dev.genaiguidelines.bench;

import dev.genaiguidelines.maven.scan.DependencyScanner;
import dev.genaiguidelines.maven.scan.DependencyScanner.Dependency;
import dev.genaiguidelines.maven.scan.MarkerCatalog;
import dev.genaiguidelines.policy.DetectionMarkers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 7's child JVM: scans one class path with the plugin's {@link DependencyScanner}, cold as
 * a build does, and prints the time it took and what it found ({@code key=value} lines).
 *
 * <pre>java DependencyScanProbe CLASSPATH_LIST CACHE_DIR</pre>
 *
 * The list holds one dependency a line, {@code groupId:artifactId:version:file} (as {@link
 * DependencyScanFigure} writes it); the cache directory is where the scanner's per-jar cache
 * keeps what an earlier build read (the figure empties it before a first build and keeps it for
 * a second), as {@code target/genai-guidelines/dependency-cache/} is in a build.
 */
public final class DependencyScanProbe {

  private DependencyScanProbe() {}

  public static void main(String[] args) throws IOException {
    List<Dependency> dependencies = read(Path.of(args[0]));
    Path cache = Path.of(args[1]);
    long start = System.nanoTime();
    DependencyScanner.Result result = scan(dependencies, cache);
    long nanos = System.nanoTime() - start;
    System.out.println("nanos=" + nanos);
    System.out.println("dependencies=" + dependencies.size());
    System.out.println("sdks=" + result.sdks().size());
    System.out.println("warnings=" + result.warnings().size());
    System.out.println("analysed=" + result.analysed());
    System.out.println("fromCache=" + result.fromCache());
    result.warnings().forEach(warning -> System.out.println("# " + warning));
  }

  /**
   * The one call the figure times, from a scanner's creation to its result, as a goal makes it:
   * the SDKs, the wrapper analysis with the built-in markers, and the cache in {@code cache}.
   */
  static DependencyScanner.Result scan(List<Dependency> dependencies, Path cache) {
    return new DependencyScanner(MarkerCatalog.builtIn(),
        MarkerCatalog.effective(DetectionMarkers.NONE), cache).scan(dependencies);
  }

  /** The dependencies of a list written by {@link DependencyScanFigure#writeList}. */
  static List<Dependency> read(Path list) throws IOException {
    List<Dependency> dependencies = new ArrayList<>();
    for (String line : Files.readAllLines(list)) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split(":", 4);
      if (parts.length != 4) {
        throw new IllegalArgumentException("Not groupId:artifactId:version:file in " + list
            + ": '" + line + "'");
      }
      dependencies.add(new Dependency(parts[0], parts[1], parts[2], Path.of(parts[3])));
    }
    return dependencies;
  }
}
