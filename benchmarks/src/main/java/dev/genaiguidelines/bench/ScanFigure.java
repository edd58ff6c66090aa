package dev.genaiguidelines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Figure 2: {@link ScanBenchmark} under JMH, the plugin's scan against a bare ASM read of the
 * same corpus. Each round runs both benchmarks in their own fork, in alternating order, so a
 * change of machine load touches both; the result is the median of the rounds' ratios.
 */
final class ScanFigure {

  static final double TARGET = 1.3;
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private final BenchSetup setup;
  private final List<Integer> sizes;
  private final int rounds;
  private final boolean quick;

  /**
   * @param quick one fork in this JVM, one iteration each, no warm-up: proves the benchmark runs
   */
  ScanFigure(BenchSetup setup, List<Integer> sizes, int rounds, boolean quick) {
    this.setup = setup;
    this.sizes = List.copyOf(sizes);
    this.rounds = rounds;
    this.quick = quick;
  }

  /** The scores of one benchmark in one round: wall and CPU time, and bytes allocated. */
  record Score(double millis, double cpuMillis, double bytesPerOp) {}

  FigureResult run(LoadMonitor load) throws IOException, RunnerException {
    List<ResultRow> rows = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (int classes : sizes) {
      ClassCorpus.ensure(setup.dataDir(), classes);
      List<Double> plugin = new ArrayList<>();
      List<Double> bare = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      List<Double> pluginCpu = new ArrayList<>();
      List<Double> bareCpu = new ArrayList<>();
      List<Double> cpuRatios = new ArrayList<>();
      List<Double> pluginBytes = new ArrayList<>();
      List<Double> bareBytes = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        boolean pluginFirst = round % 2 == 0;
        Score first = measure(pluginFirst ? "pluginScan" : "bareAsmRead", classes, round);
        Score second = measure(pluginFirst ? "bareAsmRead" : "pluginScan", classes, round);
        Score pluginScore = pluginFirst ? first : second;
        Score bareScore = pluginFirst ? second : first;
        plugin.add(pluginScore.millis());
        bare.add(bareScore.millis());
        ratios.add(pluginScore.millis() / bareScore.millis());
        pluginCpu.add(pluginScore.cpuMillis());
        bareCpu.add(bareScore.cpuMillis());
        cpuRatios.add(pluginScore.cpuMillis() / bareScore.cpuMillis());
        pluginBytes.add(pluginScore.bytesPerOp());
        bareBytes.add(bareScore.bytesPerOp());
      }
      Judged ratio = Judged.of(Stats.median(ratios), Stats.median(cpuRatios), load.median());
      rows.add(new ResultRow(2,
          "class scan (JMH), " + Stats.count(classes) + " classes: `ClassScanner.scan` / bare ASM"
              + " read (median of " + rounds + " rounds; wall, CPU in brackets)",
          Stats.millis(Stats.median(plugin)) + " (" + Stats.millis(Stats.median(pluginCpu)) + ")",
          Stats.millis(Stats.median(bare)) + " (" + Stats.millis(Stats.median(bareCpu)) + ")",
          ratio.text(), "≤ " + TARGET + "×", ratio.value() <= TARGET));
      details.add("scan " + classes + " classes: plugin wall [" + Stats.list(plugin, Stats::millis)
          + "], bare wall [" + Stats.list(bare, Stats::millis) + "], wall ratios ["
          + Stats.list(ratios, Stats::ratio) + "]; plugin CPU [" + Stats.list(pluginCpu,
          Stats::millis) + "], bare CPU [" + Stats.list(bareCpu, Stats::millis)
          + "], CPU ratios [" + Stats.list(cpuRatios, Stats::ratio) + "]; allocated per scan: plugin "
          + Stats.mebibytes(Stats.median(pluginBytes)) + ", bare "
          + Stats.mebibytes(Stats.median(bareBytes)));
    }
    return new FigureResult(rows, details);
  }

  private Score measure(String benchmark, int classes, int round)
      throws IOException, RunnerException {
    Path log = setup.dataDir().resolve("logs")
        .resolve("jmh-" + benchmark + "-" + classes + "-" + round + ".log");
    Files.createDirectories(log.getParent());
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + Pattern.quote(ScanBenchmark.class.getName() + "." + benchmark) + "$")
        .param("classes", Integer.toString(classes))
        .param("dataDir", setup.dataDir().toString())
        .addProfiler("gc")
        .addProfiler(ProcessCpuProfiler.class)
        .shouldFailOnError(true)
        .output(log.toString());
    if (quick) {
      options.forks(0).warmupIterations(0).measurementIterations(1);
    } else {
      // One scan of 100,000 classes already runs the scanner's code a million times over, so
      // few warm-up scans are needed; rounds in fresh forks count for more than long forks.
      boolean large = classes >= 50_000;
      // A small corpus scans in a third of a second: enough warm-up scans that the JIT's own
      // work is done before the measured ones, which process CPU time would count otherwise.
      options.forks(1)
          .warmupIterations(large ? 2 : 15)
          .measurementIterations(large ? 3 : 10)
          .jvmArgsAppend("-Xms1g", "-Xmx1g");
    }
    RunResult result = new Runner(options.build()).runSingle();
    Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
    Result<?> cpu = result.getSecondaryResults().get(ProcessCpuProfiler.LABEL);
    return new Score(result.getPrimaryResult().getScore(),
        cpu == null ? Double.NaN : cpu.getScore(),
        allocation == null ? Double.NaN : allocation.getScore());
  }
}
