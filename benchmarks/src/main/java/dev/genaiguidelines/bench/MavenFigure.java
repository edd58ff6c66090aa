package dev.genaiguidelines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 1: the wall time of a whole {@code mvn clean verify} of a generated module with the
 * processor and both goals, against the same module compiled with {@code -proc:none} and without
 * the plugin. Each build is a fresh Maven process from the project's wrapper, offline, with the
 * benchmark's own local repository. Every round builds the module four ways in a rotating order,
 * after one unmeasured build of each: the two the target compares, and for the breakdown the
 * processor alone and the plugin alone. The result is the median of the rounds' paired ratios.
 * Each build's CPU time (user and system, of Maven and everything it starts) is read from bash's
 * {@code times}.
 */
final class MavenFigure {

  static final double TARGET = 1.02;
  private static final String TIMES_MARKER = "[bench] times";
  private static final Pattern TIMES =
      Pattern.compile("(\\d+)m([0-9.]+)s\\s+(\\d+)m([0-9.]+)s");

  /** How the module is built. */
  enum Variant {
    GUIDELINES("guidelines", true, true),
    BASELINE("baseline", false, false),
    PROCESSOR_ONLY("processor-only", true, false),
    PLUGIN_ONLY("plugin-only", false, true);

    final String label;
    final boolean processor;
    final boolean plugin;

    Variant(String label, boolean processor, boolean plugin) {
      this.label = label;
      this.processor = processor;
      this.plugin = plugin;
    }
  }

  private final BenchSetup setup;
  private final int classes;
  private final int every;
  private final int reps;
  private final List<Variant> variants;

  /** The figure with its breakdown: all four variants in every round. */
  MavenFigure(BenchSetup setup, int classes, int every, int reps) {
    this(setup, classes, every, reps, List.of(Variant.values()));
  }

  MavenFigure(BenchSetup setup, int classes, int every, int reps, List<Variant> variants) {
    this.setup = setup;
    this.classes = classes;
    this.every = every;
    this.reps = reps;
    this.variants = List.copyOf(variants);
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
    for (Variant variant : variants) {
      build(project, variant, logs.resolve("warmup-" + variant.label + ".log"), false,
          sources.uses());
    }

    Map<Variant, List<Timing>> timings = new EnumMap<>(Variant.class);
    for (int rep = 0; rep < reps; rep++) {
      for (int turn = 0; turn < variants.size(); turn++) {
        Variant variant = variants.get((rep + turn) % variants.size());
        Path log = logs.resolve(variant.label + "-" + rep + ".log");
        timings.computeIfAbsent(variant, v -> new ArrayList<>())
            .add(build(project, variant, log, true, sources.uses()));
      }
    }

    List<Timing> with = timings.get(Variant.GUIDELINES);
    List<Timing> without = timings.get(Variant.BASELINE);
    Judged ratio = Judged.of(Stats.median(ratios(with, without, false)),
        Stats.median(ratios(with, without, true)), load.median());
    List<ResultRow> rows = new ArrayList<>();
    rows.add(new ResultRow(1,
        "`mvn clean verify`, " + Stats.count(classes) + " classes, " + Stats.count(sources.uses())
            + " uses (median of " + reps + " rounds; wall, CPU in brackets)",
        Stats.seconds(median(with, false)) + " (" + Stats.seconds(median(with, true)) + ")",
        Stats.seconds(median(without, false)) + " (" + Stats.seconds(median(without, true))
            + ")",
        ratio.text(), "≤ " + TARGET + "×", ratio.value() <= TARGET));
    List<String> details = new ArrayList<>();
    for (Variant variant : variants) {
      List<Timing> own = timings.get(variant);
      details.add(String.format("maven %-15s wall [%s], CPU [%s]", variant.label + ":",
          Stats.list(own.stream().map(Timing::wallNanos).toList(), Stats::seconds),
          Stats.list(own.stream().map(Timing::cpuNanos).toList(), Stats::seconds)));
      if (variant != Variant.BASELINE) {
        details.add(String.format("  paired with baseline: wall [%s], CPU [%s]",
            Stats.list(ratios(own, without, false), Stats::ratio),
            Stats.list(ratios(own, without, true), Stats::ratio)));
      }
      if (variant == Variant.PROCESSOR_ONLY || variant == Variant.PLUGIN_ONLY) {
        Judged part = Judged.of(Stats.median(ratios(own, without, false)),
            Stats.median(ratios(own, without, true)), load.median());
        rows.add(new ResultRow(1, "breakdown: " + (variant == Variant.PROCESSOR_ONLY
                ? "the processor alone (no plugin)" : "the plugin alone (`-proc:none`)"),
            Stats.seconds(median(own, false)) + " (" + Stats.seconds(median(own, true)) + ")",
            Stats.seconds(median(without, false)) + " (" + Stats.seconds(median(without, true))
                + ")",
            part.text(), "(part of the above)", true));
      }
    }
    return new FigureResult(rows, details);
  }

  private static List<Double> ratios(List<Timing> subject, List<Timing> base, boolean cpu) {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < subject.size(); i++) {
      ratios.add(cpu ? subject.get(i).cpuNanos() / base.get(i).cpuNanos()
          : subject.get(i).wallNanos() / base.get(i).wallNanos());
    }
    return ratios;
  }

  private static double median(List<Timing> timings, boolean cpu) {
    return Stats.median(timings.stream()
        .map(t -> cpu ? t.cpuNanos() : t.wallNanos()).toList());
  }

  /** One whole build, timed. Fails when the build fails or did not run as set up. */
  private Timing build(Path project, Variant variant, Path log, boolean offline, int uses)
      throws IOException, InterruptedException {
    // bash runs the build, then prints its children's user and system time.
    List<String> command = new ArrayList<>(List.of("bash", "-c",
        "\"$@\"; status=$?; echo; echo '" + TIMES_MARKER + "'; times; exit $status", "bench"));
    command.addAll(setup.mavenCommand(offline));
    command.addAll(List.of("-f", project.resolve("pom.xml").toString(), "clean", "verify"));
    if (!variant.processor) {
      command.add("-D" + PipelineProject.NO_PROCESSOR_PROPERTY);
    }
    if (!variant.plugin) {
      command.add("-D" + PipelineProject.NO_PLUGIN_PROPERTY);
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
      throw new IllegalStateException("The " + variant.label + " build of " + project
          + " failed (exit " + exit + "); see " + log);
    }
    String note = "[genai] " + uses + " GenAI uses: " + uses + " socialize";
    boolean ranProcessor = output.contains(note);
    boolean ranPlugin = output.contains("(genai-report)") && output.contains("(genai-check)");
    if (ranProcessor != variant.processor || ranPlugin != variant.plugin) {
      throw new IllegalStateException("The " + variant.label + " build did not run as set up"
          + " (processor note '" + note + "' " + (ranProcessor ? "present" : "absent")
          + ", plugin goals " + (ranPlugin ? "present" : "absent") + "); see " + log);
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
