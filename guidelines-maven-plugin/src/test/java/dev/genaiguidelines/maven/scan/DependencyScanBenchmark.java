package dev.genaiguidelines.maven.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.maven.scan.DependencyScanner.Dependency;
import dev.genaiguidelines.maven.scan.DependencyScanner.Result;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the dependency scan's CPU time on a real class path, uncached then cached; runs only
 * when {@code -Dbenchmark.classpath=FILE} names a file holding a class path (as
 * {@code dependency:build-classpath} writes it), since it needs the jars on this machine.
 */
class DependencyScanBenchmark {

  @TempDir Path temp;

  @Test
  @EnabledIfSystemProperty(named = "benchmark.classpath", matches = ".+")
  void uncachedAndCachedScanTimes() throws IOException {
    List<Dependency> dependencies = new ArrayList<>();
    String classPath = Files.readString(Path.of(System.getProperty("benchmark.classpath")));
    for (String entry : classPath.trim().split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      dependencies.add(new Dependency("bench", String.valueOf(jar.getFileName()), "1", jar));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Path cache = temp.resolve("dependency-cache");
    DependencyScanner scanner = new DependencyScanner(MarkerCatalog.builtIn(),
        MarkerCatalog.builtIn().detection(), cache);
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    Result first = scanner.scan(dependencies);
    long firstCpu = threads.getCurrentThreadCpuTime() - cpu;
    long firstWall = System.nanoTime() - wall;
    cpu = threads.getCurrentThreadCpuTime();
    wall = System.nanoTime();
    Result second = new DependencyScanner(MarkerCatalog.builtIn(),
        MarkerCatalog.builtIn().detection(), cache).scan(dependencies);
    long secondCpu = threads.getCurrentThreadCpuTime() - cpu;
    long secondWall = System.nanoTime() - wall;
    System.out.printf("dependency scan of %d jars: uncached %d ms CPU (%d ms wall), cached %d ms"
        + " CPU (%d ms wall); %d exact + %d virtual wrapper calls, %d SDKs, %d warnings%n",
        dependencies.size(), firstCpu / 1_000_000, firstWall / 1_000_000,
        secondCpu / 1_000_000, secondWall / 1_000_000, first.wrappers().exact().size(),
        first.wrappers().virtual().size(), first.sdks().size(), first.warnings().size());
    String dump = System.getProperty("benchmark.dump");
    if (dump != null) {
      StringBuilder text = new StringBuilder();
      new java.util.TreeMap<>(first.wrappers().exact()).forEach((k, v) ->
          text.append("E ").append(k).append(' ').append(v).append('\n'));
      new java.util.TreeMap<>(first.wrappers().virtual()).forEach((k, v) ->
          text.append("V ").append(k).append(' ').append(v).append('\n'));
      first.sdks().forEach(s -> text.append("S ").append(s).append('\n'));
      first.warnings().forEach(w -> text.append("W ").append(w).append('\n'));
      Files.writeString(Path.of(dump), text);
    }
    assertEquals(first.wrappers(), second.wrappers());
    assertEquals(first.sdks(), second.sdks());
  }
}
