package dev.genaiguidelines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 1: the wall time of a whole {@code mvn clean verify} of a generated module with the
 * processor and both goals, against the same module compiled with {@code -proc:none} and without
 * the plugin. Each build is a fresh Maven process from the project's wrapper, offline, with the
 * benchmark's own local repository; the two variants alternate, after one unmeasured build of
 * each, and the result is the median of the paired ratios. Each build's CPU time (user and
 * system, of Maven and everything it starts) is read from bash's {@code times}.
 */
final class MavenFigure {

  static final double TARGET = 1.02;
  private static final String TIMES_MARKER = "[bench] times";
  private static final Pattern TIMES =
      Pattern.compile("(\\d+)m([0-9.]+)s\\s+(\\d+)m([0-9.]+)s");

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

  /** Wall and CPU time of one build. */
  record Timing(double wallNanos, double cpuNanos) {}

  FigureResult run(LoadMonitor load) throws IOException, InterruptedException {
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
    List<Double> withCpu = new ArrayList<>();
    List<Double> withoutCpu = new ArrayList<>();
    List<Double> cpuRatios = new ArrayList<>();
    for (int rep = 0; rep < reps; rep++) {
      boolean guidelinesFirst = rep % 2 == 0;
      Timing withTiming = null;
      Timing withoutTiming = null;
      for (int turn = 0; turn < 2; turn++) {
        boolean baseline = (turn == 0) != guidelinesFirst;
        String name = (baseline ? "baseline-" : "guidelines-") + rep + ".log";
        Timing timing = build(project, baseline, logs.resolve(name), true, sources.uses());
        if (baseline) {
          withoutTiming = timing;
        } else {
          withTiming = timing;
        }
      }
      with.add(withTiming.wallNanos());
      without.add(withoutTiming.wallNanos());
      ratios.add(withTiming.wallNanos() / withoutTiming.wallNanos());
      withCpu.add(withTiming.cpuNanos());
      withoutCpu.add(withoutTiming.cpuNanos());
      cpuRatios.add(withTiming.cpuNanos() / withoutTiming.cpuNanos());
    }
    Judged ratio = Judged.of(Stats.median(ratios), Stats.median(cpuRatios), load.median());
    ResultRow row = new ResultRow(1,
        "`mvn clean verify`, " + Stats.count(classes) + " classes, " + Stats.count(sources.uses())
            + " uses (median of " + reps + " alternating pairs; wall, CPU in brackets)",
        Stats.seconds(Stats.median(with)) + " (" + Stats.seconds(Stats.median(withCpu)) + ")",
        Stats.seconds(Stats.median(without)) + " (" + Stats.seconds(Stats.median(withoutCpu))
            + ")",
        ratio.text(), "≤ " + TARGET + "×", ratio.value() <= TARGET);
    List<String> details = List.of(
        "maven with guidelines, wall: [" + Stats.list(with, Stats::seconds) + "]",
        "maven baseline, wall:        [" + Stats.list(without, Stats::seconds) + "]",
        "maven paired wall ratios:    [" + Stats.list(ratios, Stats::ratio) + "]",
        "maven with guidelines, CPU:  [" + Stats.list(withCpu, Stats::seconds) + "]",
        "maven baseline, CPU:         [" + Stats.list(withoutCpu, Stats::seconds) + "]",
        "maven paired CPU ratios:     [" + Stats.list(cpuRatios, Stats::ratio) + "]");
    return new FigureResult(List.of(row), details);
  }

  /** One whole build, timed. Fails when the build fails or did not run as set up. */
  private Timing build(Path project, boolean baseline, Path log, boolean offline, int uses)
      throws IOException, InterruptedException {
    // bash runs the build, then prints its children's user and system time.
    List<String> command = new ArrayList<>(List.of("bash", "-c",
        "\"$@\"; status=$?; echo; echo '" + TIMES_MARKER + "'; times; exit $status", "bench"));
    command.addAll(setup.mavenCommand(offline));
    command.addAll(List.of("-f", project.resolve("pom.xml").toString(), "clean", "verify"));
    if (baseline) {
      command.add("-D" + PipelineProject.BASELINE_PROPERTY);
    }
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(setup.root().toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("LC_NUMERIC", "C");
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
    return new Timing(nanos, childrenCpuNanos(output, log));
  }

  /** The second line after the marker: bash's {@code times} for its children, user and system. */
  static double childrenCpuNanos(String output, Path log) {
    int marker = output.lastIndexOf(TIMES_MARKER);
    String[] lines = marker < 0 ? new String[0]
        : output.substring(marker + TIMES_MARKER.length()).strip().split("\\R");
    Matcher matcher = lines.length < 2 ? null : TIMES.matcher(lines[1]);
    if (matcher == null || !matcher.matches()) {
      throw new IllegalStateException("No CPU times from bash's `times` at the end of " + log);
    }
    return (minutes(matcher.group(1), matcher.group(2))
        + minutes(matcher.group(3), matcher.group(4))) * 1e9;
  }

  private static double minutes(String minutes, String seconds) {
    return Integer.parseInt(minutes) * 60 + Double.parseDouble(seconds);
  }
}
