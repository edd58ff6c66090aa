package dev.genaiguidelines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 1: the wall time of a whole {@code mvn clean verify} of a generated module with the
 * processor and both goals, against the same module compiled with {@code -proc:none} and without
 * the plugin. Each build is a fresh Maven process from the project's wrapper, offline, with the
 * benchmark's own local repository; the two variants alternate, after one unmeasured build of
 * each, and the result is the median of the paired ratios.
 */
final class MavenFigure {

  static final double TARGET = 1.02;

  private final BenchSetup setup;
  private final int classes;
  private final int every;
  private final int reps;

  MavenFigure(BenchSetup setup, int classes, int every, int reps) {
    this.setup = setup;
    this.classes = classes;
    this.every = every;
    this.reps = reps;
  }

  FigureResult run() throws IOException, InterruptedException {
    PipelineSources sources = new PipelineSources(classes, every);
    Path project = setup.dataDir().resolve("pipeline-" + classes);
    PipelineProject.write(project, sources, setup.guidelinesVersion());
    Path logs = setup.dataDir().resolve("logs");
    Files.createDirectories(logs);

    // Unmeasured: fills the local repository (not offline), warms the file cache.
    build(project, false, logs.resolve("warmup-guidelines.log"), false, sources.uses());
    build(project, true, logs.resolve("warmup-baseline.log"), false, sources.uses());

    List<Double> with = new ArrayList<>();
    List<Double> without = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int rep = 0; rep < reps; rep++) {
      boolean guidelinesFirst = rep % 2 == 0;
      double withNanos = 0;
      double withoutNanos = 0;
      for (int turn = 0; turn < 2; turn++) {
        boolean baseline = (turn == 0) != guidelinesFirst;
        String name = (baseline ? "baseline-" : "guidelines-") + rep + ".log";
        long nanos = build(project, baseline, logs.resolve(name), true, sources.uses());
        if (baseline) {
          withoutNanos = nanos;
        } else {
          withNanos = nanos;
        }
      }
      with.add(withNanos);
      without.add(withoutNanos);
      ratios.add(withNanos / withoutNanos);
    }
    double ratio = Stats.median(ratios);
    ResultRow row = new ResultRow(1,
        "`mvn clean verify`, " + Stats.count(classes) + " classes, " + Stats.count(sources.uses())
            + " uses (median of " + reps + " alternating pairs)",
        Stats.seconds(Stats.median(with)), Stats.seconds(Stats.median(without)),
        Stats.ratio(ratio), "≤ " + TARGET + "×", ratio <= TARGET);
    List<String> details = List.of(
        "maven with guidelines: [" + Stats.list(with, Stats::seconds) + "]",
        "maven baseline:        [" + Stats.list(without, Stats::seconds) + "]",
        "maven paired ratios:   [" + Stats.list(ratios, Stats::ratio) + "]",
        "maven ratio of medians: " + Stats.ratio(Stats.median(with) / Stats.median(without)));
    return new FigureResult(List.of(row), details);
  }

  /** One whole build; returns its wall time. Fails when the build fails or skipped a part. */
  private long build(Path project, boolean baseline, Path log, boolean offline, int uses)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(setup.mavenCommand(offline));
    command.addAll(List.of("-f", project.resolve("pom.xml").toString(), "clean", "verify"));
    if (baseline) {
      command.add("-D" + PipelineProject.BASELINE_PROPERTY);
    }
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(setup.root().toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    long start = System.nanoTime();
    int exit = builder.start().waitFor();
    long nanos = System.nanoTime() - start;
    String output = Files.readString(log);
    if (exit != 0) {
      throw new IllegalStateException("The " + (baseline ? "baseline" : "guidelines")
          + " build of " + project + " failed (exit " + exit + "); see " + log);
    }
    String note = "[genai] " + uses + " GenAI uses: " + uses + " socialize";
    boolean ranProcessor = output.contains(note);
    boolean ranPlugin = output.contains("(genai-report)") && output.contains("(genai-check)");
    if (baseline == (ranProcessor || ranPlugin)
        || !baseline && !(ranProcessor && ranPlugin)) {
      throw new IllegalStateException("The " + (baseline ? "baseline" : "guidelines")
          + " build did not run as set up (processor note '" + note + "' "
          + (ranProcessor ? "present" : "absent") + ", plugin goals "
          + (ranPlugin ? "present" : "absent") + "); see " + log);
    }
    return nanos;
  }
}
