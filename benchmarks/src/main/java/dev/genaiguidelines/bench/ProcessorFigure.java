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
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import javax.tools.Diagnostic;

/**
 * Figure 4: the processor's time for 100, 1,000 and 10,000 uses in one compilation, javac in
 * this JVM. Two measures, interleaved: the time javac spends inside the processor (a wrapper
 * around {@code init} and {@code process}), and the difference between the same compilation
 * with the processor and with {@code -proc:none}. The target is linear growth: ten times the uses
 * cost at most eleven times the processor time, judged on the compiling thread's CPU time. Wall
 * time inside the processor also counts the collector's pauses, which fall where javac's heap
 * (a whole compilation's trees, which grow with the sources) happens to fill, so they are shown
 * beside it, not judged.
 */
final class ProcessorFigure {

  static final double MAX_GROWTH = 11.0;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Path dataDir;
  private final List<Integer> sizes;
  private final int reps;

  ProcessorFigure(Path dataDir, List<Integer> sizes, int reps) {
    this.dataDir = dataDir;
    this.sizes = List.copyOf(sizes);
    this.reps = reps;
  }

  /** Times of one compilation pair, wall and CPU of the compiling thread. */
  record Sample(long processorNanos, long processorCpuNanos, long processorGcMillis,
      long withNanos, long withCpuNanos, long withoutNanos, long withoutCpuNanos) {}

  FigureResult run() throws IOException {
    Map<Integer, List<Path>> sources = new LinkedHashMap<>();
    Path policy = dataDir.resolve("processor").resolve("genai-policy.yaml");
    Files.createDirectories(policy.getParent());
    Files.writeString(policy, PipelineSources.policyYaml());
    for (int uses : sizes) {
      Path root = dataDir.resolve("processor").resolve("uses-" + uses);
      ClassCorpus.deleteTree(root);
      sources.put(uses, DeclaredUseSources.write(root.resolve("src"), uses));
    }
    // Warm javac and the processor up on every size before anything counts.
    for (int uses : sizes) {
      compilePair(uses, sources.get(uses), policy, true);
    }
    Map<Integer, List<Sample>> samples = new LinkedHashMap<>();
    for (int rep = 0; rep < reps; rep++) {
      for (int uses : sizes) {
        samples.computeIfAbsent(uses, u -> new ArrayList<>())
            .add(compilePair(uses, sources.get(uses), policy, rep % 2 == 0));
      }
    }
    return summarize(samples);
  }

  private Sample compilePair(int uses, List<Path> sources, Path policy, boolean processorFirst)
      throws IOException {
    Path root = dataDir.resolve("processor").resolve("uses-" + uses);
    TimedProcessor timed = new TimedProcessor(new GenAiUseProcessor());
    long[] with = null;
    long[] without = null;
    for (int turn = 0; turn < 2; turn++) {
      boolean withProcessor = (turn == 0) == processorFirst;
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      if (withProcessor) {
        InProcessJavac.Outcome outcome = InProcessJavac.compile(sources,
            root.resolve("classes-processor"), List.of(timed),
            List.of("-Agenai.policy=" + policy, "-Agenai.asOf=2026-01-01"));
        with = new long[] {System.nanoTime() - start,
            THREADS.getCurrentThreadCpuTime() - cpuStart};
        checkSummary(uses, outcome);
      } else {
        InProcessJavac.compile(sources, root.resolve("classes-plain"), List.of(), List.of());
        without = new long[] {System.nanoTime() - start,
            THREADS.getCurrentThreadCpuTime() - cpuStart};
      }
    }
    return new Sample(timed.nanos(), timed.cpuNanos(), timed.gcMillis(), with[0], with[1],
        without[0], without[1]);
  }

  /** The processor really judged every use, and all of them passed. */
  static void checkSummary(int uses, InProcessJavac.Outcome outcome) {
    String expected = String.format(Locale.ROOT,
        "[genai] %d GenAI use%s: %d socialize, 0 approved, 0 needs approval, 0 prohibited",
        uses, uses == 1 ? "" : "s", uses);
    if (!outcome.messages(Diagnostic.Kind.NOTE).contains(expected)) {
      throw new IllegalStateException("The processor did not report '" + expected + "'; it said "
          + outcome.messages(Diagnostic.Kind.NOTE) + " and warned "
          + outcome.messages(Diagnostic.Kind.WARNING));
    }
  }

  /** One row per size. The growth from the previous size is judged on the processor's CPU time. */
  private FigureResult summarize(Map<Integer, List<Sample>> samples) {
    List<ResultRow> rows = new ArrayList<>();
    List<String> details = new ArrayList<>();
    double previous = 0;
    int previousUses = 0;
    for (Map.Entry<Integer, List<Sample>> entry : samples.entrySet()) {
      int uses = entry.getKey();
      List<Double> self = millis(entry.getValue(), Sample::processorNanos);
      List<Double> selfCpu = millis(entry.getValue(), Sample::processorCpuNanos);
      List<Double> with = millis(entry.getValue(), Sample::withNanos);
      List<Double> without = millis(entry.getValue(), Sample::withoutNanos);
      List<Double> difference =
          millis(entry.getValue(), sample -> sample.withNanos() - sample.withoutNanos());
      List<Double> cpuDifference =
          millis(entry.getValue(), sample -> sample.withCpuNanos() - sample.withoutCpuNanos());
      List<Double> gcPauses = millis(entry.getValue(), sample -> sample.processorGcMillis()
          * 1_000_000);
      double judged = Stats.median(selfCpu);
      String clock = "CPU";
      String growth;
      boolean holds;
      if (previousUses == 0) {
        growth = clock + " " + Stats.millis(judged / uses * 1000) + " per 1,000 uses";
        holds = true;
      } else {
        double ratio = judged / previous;
        double sizeRatio = (double) uses / previousUses;
        growth = clock + " " + Stats.ratio(ratio) + " for " + Stats.ratio(sizeRatio) + " uses";
        holds = ratio <= MAX_GROWTH * sizeRatio / 10.0;
      }
      rows.add(new ResultRow(4, "processor time in javac, " + Stats.count(uses)
              + " uses in one compilation (CPU; wall and the collector's pauses inside it in"
              + " brackets; whole compile with / without in the next columns, difference "
              + Stats.millis(Stats.median(difference)) + ", CPU "
              + Stats.millis(Stats.median(cpuDifference)) + ")",
          Stats.millis(Stats.median(selfCpu)) + " (wall " + Stats.millis(Stats.median(self))
              + ", GC " + Stats.millis(Stats.median(gcPauses)) + "); compile "
              + Stats.millis(Stats.median(with)),
          Stats.millis(Stats.median(without)), growth,
          previousUses == 0 ? "linear" : "≤ 11× per 10× uses", holds));
      details.add("processor " + uses + " uses: in processor wall [" + Stats.list(self,
          Stats::millis) + "], CPU [" + Stats.list(selfCpu, Stats::millis) + "], GC pauses ["
          + Stats.list(gcPauses, Stats::millis) + "]; compile with [" + Stats.list(with, Stats::millis) + "]; -proc:none ["
          + Stats.list(without, Stats::millis) + "]");
      previous = judged;
      previousUses = uses;
    }
    return new FigureResult(rows, details);
  }

  private static List<Double> millis(List<Sample> samples, ToLongFunction<Sample> nanos) {
    List<Double> values = new ArrayList<>();
    for (Sample sample : samples) {
      values.add(nanos.applyAsLong(sample) / 1e6);
    }
    return values;
  }
}
