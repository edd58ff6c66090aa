package dev.genaiguidelines.bench;

import dev.genaiguidelines.processor.GenAiUseProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;

/**
 * Figure 4: the processor's time for 100, 1,000 and 10,000 uses in one compilation, javac in
 * this JVM. Two measures, interleaved: the time javac spends inside the processor (a wrapper
 * around {@code init} and {@code process}), and the difference between the same compilation
 * with the processor and with {@code -proc:none}. The target is linear growth: ten times the uses
 * cost at most eleven times the processor time.
 */
final class ProcessorFigure {

  static final double MAX_GROWTH = 11.0;

  private final Path dataDir;
  private final List<Integer> sizes;
  private final int reps;

  ProcessorFigure(Path dataDir, List<Integer> sizes, int reps) {
    this.dataDir = dataDir;
    this.sizes = List.copyOf(sizes);
    this.reps = reps;
  }

  /** Times of one compilation pair. */
  record Sample(long processorNanos, long withNanos, long withoutNanos) {}

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
    long processor = 0;
    long with = 0;
    long without = 0;
    for (int turn = 0; turn < 2; turn++) {
      boolean withProcessor = (turn == 0) == processorFirst;
      if (withProcessor) {
        TimedProcessor timed = new TimedProcessor(new GenAiUseProcessor());
        long start = System.nanoTime();
        InProcessJavac.Outcome outcome = InProcessJavac.compile(sources,
            root.resolve("classes-processor"), List.of(timed),
            List.of("-Agenai.policy=" + policy, "-Agenai.asOf=2026-01-01"));
        with = System.nanoTime() - start;
        processor = timed.nanos();
        checkSummary(uses, outcome);
      } else {
        long start = System.nanoTime();
        InProcessJavac.compile(sources, root.resolve("classes-plain"), List.of(), List.of());
        without = System.nanoTime() - start;
      }
    }
    return new Sample(processor, with, without);
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

  private FigureResult summarize(Map<Integer, List<Sample>> samples) {
    List<ResultRow> rows = new ArrayList<>();
    List<String> details = new ArrayList<>();
    double previousSelf = 0;
    int previousUses = 0;
    for (Map.Entry<Integer, List<Sample>> entry : samples.entrySet()) {
      int uses = entry.getKey();
      List<Double> self = new ArrayList<>();
      List<Double> with = new ArrayList<>();
      List<Double> without = new ArrayList<>();
      List<Double> difference = new ArrayList<>();
      for (Sample sample : entry.getValue()) {
        self.add(sample.processorNanos() / 1e6);
        with.add(sample.withNanos() / 1e6);
        without.add(sample.withoutNanos() / 1e6);
        difference.add((sample.withNanos() - sample.withoutNanos()) / 1e6);
      }
      double medianSelf = Stats.median(self);
      String growth;
      boolean holds;
      if (previousUses == 0) {
        growth = Stats.millis(medianSelf / uses * 1000) + " per 1,000 uses";
        holds = true;
      } else {
        double ratio = medianSelf / previousSelf;
        double sizeRatio = (double) uses / previousUses;
        growth = Stats.ratio(ratio) + " time for " + Stats.ratio(sizeRatio).replace(".000", "")
            + " uses";
        holds = ratio <= MAX_GROWTH * sizeRatio / 10.0;
      }
      rows.add(new ResultRow(4, "processor time, " + Stats.count(uses) + " uses in one compilation"
          + " (compile with / -proc:none; difference " + Stats.millis(Stats.median(difference))
          + ")",
          Stats.millis(medianSelf) + " (compile " + Stats.millis(Stats.median(with)) + ")",
          Stats.millis(Stats.median(without)), growth,
          previousUses == 0 ? "linear" : "≤ 11× per 10× uses", holds));
      details.add("processor " + uses + " uses: in processor [" + Stats.list(self, Stats::millis)
          + "]; compile with [" + Stats.list(with, Stats::millis) + "]; -proc:none ["
          + Stats.list(without, Stats::millis) + "]");
      previousSelf = medianSelf;
      previousUses = uses;
    }
    return new FigureResult(rows, details);
  }
}
