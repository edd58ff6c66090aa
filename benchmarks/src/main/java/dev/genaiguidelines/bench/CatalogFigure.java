package dev.genaiguidelines.bench;

import dev.genaiguidelines.processor.GenAiUseProcessor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Figure 6: what the generated catalog costs javac, with the same uses spread over 1, 10 and 97
 * packages. Each round compiles each spread with the guidelines processor (its own time inside
 * javac is taken too), then compiles the catalog sources it generated on their own, javac in this
 * JVM, the spreads in a rotating order after one unmeasured round. The target: the catalog's
 * compile cost does not grow with the number of packages, since the uses do not.
 */
final class CatalogFigure {

  /** At most this many times the cost of the same uses in one package. */
  static final double MAX_GROWTH = 1.2;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Path dataDir;
  private final int classes;
  private final int every;
  private final List<Integer> packageCounts;
  private final int reps;

  CatalogFigure(Path dataDir, int classes, int every, List<Integer> packageCounts, int reps) {
    this.dataDir = dataDir;
    this.classes = classes;
    this.every = every;
    this.packageCounts = List.copyOf(packageCounts);
    this.reps = reps;
  }

  /** One round of one spread: the catalog's sources compiled alone, and the processor's time. */
  record Sample(int catalogFiles, long wallNanos, long cpuNanos, long processorCpuNanos) {}

  FigureResult run() throws IOException {
    Path policy = Files.createDirectories(dataDir.resolve("catalog"))
        .resolve("genai-policy.yaml");
    Files.writeString(policy, PipelineSources.policyYaml());
    Map<Integer, List<Path>> sources = new LinkedHashMap<>();
    int uses = 0;
    for (int packages : packageCounts) {
      Path root = root(packages);
      ClassCorpus.deleteTree(root);
      PipelineSources pipeline = new PipelineSources(classes, every, packages);
      sources.put(packages, pipeline.write(root.resolve("src")));
      uses = pipeline.uses();
    }
    Map<Integer, List<Sample>> samples = new LinkedHashMap<>();
    for (int rep = -1; rep < reps; rep++) { // round -1 warms javac up
      for (int turn = 0; turn < packageCounts.size(); turn++) {
        int packages = packageCounts.get((Math.max(rep, 0) + turn) % packageCounts.size());
        Sample sample = measure(packages, sources.get(packages), policy, uses);
        if (rep >= 0) {
          samples.computeIfAbsent(packages, p -> new ArrayList<>()).add(sample);
        }
      }
    }
    return summarize(samples, uses);
  }

  private Path root(int packages) {
    return dataDir.resolve("catalog").resolve("packages-" + packages);
  }

  private Sample measure(int packages, List<Path> sources, Path policy, int uses)
      throws IOException {
    Path root = root(packages);
    Path generated = root.resolve("generated");
    ClassCorpus.deleteTree(generated);
    Files.createDirectories(generated);
    ClassCorpus.deleteTree(root.resolve("classes"));
    TimedProcessor processor = new TimedProcessor(new GenAiUseProcessor());
    InProcessJavac.Outcome outcome = InProcessJavac.compile(sources, root.resolve("classes"),
        List.of(processor), List.of("-Agenai.policy=" + policy, "-Agenai.asOf=2026-01-01",
            "-s", generated.toString()));
    ProcessorFigure.checkSummary(uses, outcome);
    List<Path> catalog;
    try (Stream<Path> files = Files.walk(generated)) {
      catalog = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
    if (catalog.isEmpty()) {
      throw new IllegalStateException("The processor generated no catalog source in "
          + generated);
    }
    Path out = root.resolve("catalog-classes");
    ClassCorpus.deleteTree(out);
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    InProcessJavac.compile(catalog, out, List.of(), List.of());
    return new Sample(catalog.size(), System.nanoTime() - start,
        THREADS.getCurrentThreadCpuTime() - cpuStart, processor.cpuNanos());
  }

  private FigureResult summarize(Map<Integer, List<Sample>> samples, int uses) {
    List<ResultRow> rows = new ArrayList<>();
    List<String> details = new ArrayList<>();
    int fewest = packageCounts.get(0);
    double baseCpu = median(samples.get(fewest), Sample::cpuNanos);
    for (int packages : packageCounts) {
      List<Sample> own = samples.get(packages);
      double cpu = median(own, Sample::cpuNanos);
      double growth = cpu / baseCpu;
      int files = own.get(0).catalogFiles();
      rows.add(new ResultRow(6, "catalog compile cost, " + Stats.count(uses) + " uses in "
              + Stats.count(packages) + " package" + (packages == 1 ? "" : "s") + " ("
              + Stats.count(files) + " generated source" + (files == 1 ? "" : "s")
              + "): javac of the catalog alone (CPU; wall and the processor's own CPU in"
              + " brackets; median of " + reps + " rounds)",
          Stats.millis(cpu / 1e6) + " (wall " + Stats.millis(median(own, Sample::wallNanos) / 1e6)
              + ", processor " + Stats.millis(median(own, Sample::processorCpuNanos) / 1e6) + ")",
          packages == fewest ? "" : Stats.millis(baseCpu / 1e6) + " (" + Stats.count(fewest)
              + " package" + (fewest == 1 ? "" : "s") + ")",
          "CPU " + Stats.ratio(growth) + " of " + Stats.count(fewest),
          "≤ " + MAX_GROWTH + "× of " + Stats.count(fewest), growth <= MAX_GROWTH));
      details.add(String.format("catalog %d packages, %d generated source%s: javac wall [%s],"
              + " CPU [%s]; processor CPU [%s]", packages, files, files == 1 ? "" : "s",
          Stats.list(own.stream().map(s -> s.wallNanos() / 1e6).toList(), Stats::millis),
          Stats.list(own.stream().map(s -> s.cpuNanos() / 1e6).toList(), Stats::millis),
          Stats.list(own.stream().map(s -> s.processorCpuNanos() / 1e6).toList(),
              Stats::millis)));
    }
    return new FigureResult(rows, details);
  }

  private static double median(List<Sample> samples,
      java.util.function.ToLongFunction<Sample> value) {
    return Stats.median(samples.stream().map(s -> (double) value.applyAsLong(s)).toList());
  }
}
