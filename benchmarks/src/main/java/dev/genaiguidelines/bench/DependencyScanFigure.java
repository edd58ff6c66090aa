package dev.genaiguidelines.bench;

import dev.genaiguidelines.maven.scan.DependencyScanner.Dependency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 7: the plugin's dependency scan over the runtime class path of the {@code
 * real-sdk-vendors} IT (the real SDK jars of the major GenAI vendors, resolved with the wrapper
 * into the benchmark's own repository), in a first build (no cache) and a second (the cache the
 * first left), each a fresh JVM as each build is (see {@link DependencyScanProbe}), paired and
 * alternating. Target: the second at most {@value #SECOND_TARGET_MILLIS} ms.
 */
final class DependencyScanFigure {

  static final double SECOND_TARGET_MILLIS = 100;
  /** The IT whose class path is scanned, relative to the repository root. */
  static final String IT_POM = "it/src/it/real-sdk-vendors/pom.xml";
  /** {@code   g:a:jar[:classifier]:v:scope:/path/x.jar -- module m}, as dependency:list prints. */
  private static final Pattern LISTED = Pattern.compile(
      "^\\s*([^:\\s]+):([^:\\s]+):([^:\\s]+)(?::([^:\\s]+))?:([^:\\s]+):(compile|runtime)"
          + ":(\\S+?)(?: -- .*)?$");

  private final BenchSetup setup;
  private final int reps;

  DependencyScanFigure(BenchSetup setup, int reps) {
    this.setup = setup;
    this.reps = reps;
  }

  /** One scan's time and what it found. */
  record Probe(double nanos, int dependencies, int sdks, int warnings) {}

  /** The figure over the IT's class path, resolved first (online, into the benchmark's repo). */
  FigureResult run() throws IOException, InterruptedException {
    return run(resolveItClassPath(), "the `real-sdk-vendors` IT");
  }

  /** The figure over {@code dependencies}, described as {@code what}. */
  FigureResult run(List<Dependency> dependencies, String what)
      throws IOException, InterruptedException {
    Path dir = Files.createDirectories(setup.dataDir().resolve("dependency-scan"));
    Path list = writeList(dir.resolve("classpath.txt"), dependencies);
    Path cache = dir.resolve("cache");
    long bytes = 0;
    for (Dependency dependency : dependencies) {
      bytes += Files.size(dependency.file());
    }
    List<Probe> first = new ArrayList<>();
    List<Probe> second = new ArrayList<>();
    for (int rep = -1; rep < reps; rep++) { // round -1 warms the file cache
      ClassCorpus.deleteTree(cache);
      Files.createDirectories(cache);
      Probe cold = probe(list, cache, "first-" + rep);
      Probe cached = probe(list, cache, "second-" + rep);
      if (rep >= 0) {
        first.add(cold);
        second.add(cached);
      }
    }
    double firstMillis = Stats.median(first.stream().map(p -> p.nanos() / 1e6).toList());
    double secondMillis = Stats.median(second.stream().map(p -> p.nanos() / 1e6).toList());
    Probe last = second.get(second.size() - 1);
    String size = what + "'s runtime class path, " + Stats.count(last.dependencies())
        + " jars, " + Stats.mebibytes(bytes) + ", " + last.sdks() + " GenAI SDKs";
    List<ResultRow> rows = List.of(
        new ResultRow(7, "dependency scan, " + size + ": first build, no cache (fresh JVM;"
            + " median of " + reps + " rounds)", Stats.millis(firstMillis), "", "", "(shown)",
            true),
        new ResultRow(7, "dependency scan, " + size + ": second build, cached (fresh JVM;"
            + " median of " + reps + " rounds; the first in the next column)",
            Stats.millis(secondMillis), Stats.millis(firstMillis) + " (first)",
            Stats.millis(secondMillis), "≤ " + Stats.millis(SECOND_TARGET_MILLIS),
            secondMillis <= SECOND_TARGET_MILLIS));
    List<String> details = List.of(String.format("dependency scan: first [%s], second [%s]",
        Stats.list(first.stream().map(p -> p.nanos() / 1e6).toList(), Stats::millis),
        Stats.list(second.stream().map(p -> p.nanos() / 1e6).toList(), Stats::millis)));
    return new FigureResult(rows, details);
  }

  /** Writes {@code groupId:artifactId:version:file} a line, as the probe reads it. */
  static Path writeList(Path list, List<Dependency> dependencies) throws IOException {
    StringBuilder out = new StringBuilder();
    for (Dependency dependency : dependencies) {
      out.append(dependency.coordinates()).append(':').append(dependency.file().toAbsolutePath())
          .append('\n');
    }
    return Files.writeString(list, out);
  }

  private Probe probe(Path list, Path cache, String name)
      throws IOException, InterruptedException {
    Path log = setup.dataDir().resolve("logs").resolve("dependency-scan-" + name + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = List.of(setup.javaExecutable().toString(), "-cp",
        System.getProperty("java.class.path"), DependencyScanProbe.class.getName(),
        list.toString(), cache.toString());
    int exit = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start().waitFor();
    Map<String, String> values = new HashMap<>();
    for (String line : Files.readAllLines(log)) {
      int equals = line.indexOf('=');
      if (!line.startsWith("#") && equals > 0) {
        values.put(line.substring(0, equals), line.substring(equals + 1).trim());
      }
    }
    if (exit != 0 || !values.containsKey("nanos") || !"0".equals(values.get("warnings"))) {
      throw new IllegalStateException("The dependency scan probe failed or could not read every"
          + " jar (exit " + exit + "); see " + log);
    }
    return new Probe(Double.parseDouble(values.get("nanos")),
        Integer.parseInt(values.get("dependencies")), Integer.parseInt(values.get("sdks")),
        Integer.parseInt(values.get("warnings")));
  }

  /**
   * The IT's runtime class path: its dependencies copied into a pom of its own, resolved with
   * the wrapper into the benchmark's repository ({@code dependency:list}, online: the SDKs come
   * from Maven Central the first time).
   */
  List<Dependency> resolveItClassPath() throws IOException, InterruptedException {
    String itPom = Files.readString(setup.root().resolve(IT_POM));
    Path dir = Files.createDirectories(setup.dataDir().resolve("dependency-scan"));
    Path pom = dir.resolve("pom.xml");
    Files.writeString(pom, """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <!-- Generated by the GenAI guidelines benchmarks: the real-sdk-vendors IT's
               dependencies, for figure 7's class path. -->
          <groupId>com.example.bench</groupId>
          <artifactId>real-sdk-classpath</artifactId>
          <version>1.0</version>
          %s
          %s
        </project>
        """.formatted(section(itPom, "properties"), section(itPom, "dependencies")));
    Path listed = dir.resolve("dependency-list.txt");
    Path log = setup.dataDir().resolve("logs").resolve("dependency-scan-resolve.log");
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(setup.mavenCommand(false));
    command.addAll(List.of("-f", pom.toString(),
        "org.apache.maven.plugins:maven-dependency-plugin:3.9.0:list",
        "-DincludeScope=runtime", "-DoutputAbsoluteArtifactFilename=true",
        "-DoutputFile=" + listed));
    int exit = new ProcessBuilder(command).directory(setup.root().toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("Resolving the class path of " + IT_POM + " failed (exit "
          + exit + "); see " + log);
    }
    return parseList(Files.readString(listed));
  }

  /** The runtime dependencies {@code dependency:list} printed, in its order. */
  static List<Dependency> parseList(String listed) {
    List<Dependency> dependencies = new ArrayList<>();
    for (String line : listed.split("\\R")) {
      Matcher matcher = LISTED.matcher(line);
      if (matcher.matches() && matcher.group(3).equals("jar")) {
        dependencies.add(new Dependency(matcher.group(1), matcher.group(2), matcher.group(5),
            Path.of(matcher.group(7))));
      }
    }
    if (dependencies.isEmpty()) {
      throw new IllegalStateException("dependency:list named no jar: " + listed);
    }
    return dependencies;
  }

  private static String section(String pom, String name) {
    int start = pom.indexOf("<" + name + ">");
    int end = pom.indexOf("</" + name + ">");
    if (start < 0 || end < start) {
      throw new IllegalStateException(IT_POM + " has no <" + name + "> section");
    }
    return pom.substring(start, end + name.length() + 3);
  }
}
