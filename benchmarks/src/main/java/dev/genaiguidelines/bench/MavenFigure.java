package dev.genaiguidelines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 1: the wall time of a whole {@code mvn clean verify} of a generated module with the
 * processor and both goals, against the same module built with a processor that does nothing
 * and without the plugin (the floor of any build with an annotation processor), and, for users,
 * against the same module compiled with {@code -proc:none}. Each build is a fresh Maven process
 * from the project's wrapper, offline, with the benchmark's own local repository. Every round
 * builds the module four ways in a rotating order, after one unmeasured build of each: the
 * three above, and for the breakdown the processor alone. The result is the median of the
 * rounds' paired ratios. Each build's CPU time (user and system, of Maven and everything it
 * starts) is read from bash's {@code times}.
 *
 * <p>Figure 5 comes from the same builds: Maven's own timestamps (see {@link MojoTimeline}) give
 * the time of the plugin's goals in each guidelines build, as a share of its wall time.
 */
final class MavenFigure {

  static final double TARGET = 1.05;
  /** The plugin's goals together, as a share of the build's wall time. */
  static final double GOALS_SHARE_TARGET = 0.02;
  /** {@code check} after {@code report} in the same build. */
  static final double CHECK_TARGET_MILLIS = 200;
  static final String REPORT_EXECUTION = "genai-report";
  static final String CHECK_EXECUTION = "genai-check";
  private static final String TIMES_MARKER = "[bench] times";
  private static final Pattern TIMES =
      Pattern.compile("(\\d+)m([0-9.]+)s\\s+(\\d+)m([0-9.]+)s");

  /** How the module is built. */
  enum Variant {
    GUIDELINES("guidelines", PipelineProject.Processor.GUIDELINES, true),
    NO_OP_FLOOR("no-op-floor", PipelineProject.Processor.NO_OP, false),
    PROC_NONE("proc-none", PipelineProject.Processor.NONE, false),
    PROCESSOR_ONLY("processor-only", PipelineProject.Processor.GUIDELINES, false);

    final String label;
    final PipelineProject.Processor processor;
    final boolean plugin;

    Variant(String label, PipelineProject.Processor processor, boolean plugin) {
      this.label = label;
      this.processor = processor;
      this.plugin = plugin;
    }
  }

  private final BenchSetup setup;
  private final int classes;
  private final int every;
  private final int packages;
  private final int reps;
  private final List<Variant> variants;

  /** The figure with its breakdown: all four variants in every round. */
  MavenFigure(BenchSetup setup, int classes, int every, int packages, int reps) {
    this.setup = setup;
    this.classes = classes;
    this.every = every;
    this.packages = packages;
    this.reps = reps;
    this.variants = List.of(Variant.values());
  }

  /** Wall and CPU time of one build, and the time of the plugin's goals in it (0 without). */
  record Timing(double wallNanos, double cpuNanos, double reportMillis, double checkMillis) {

    double goalsShare() {
      return (reportMillis + checkMillis) * 1e6 / wallNanos;
    }
  }

  FigureResult run(LoadMonitor load) throws IOException, InterruptedException {
    PipelineSources sources = new PipelineSources(classes, every, packages);
    Path project = setup.dataDir().resolve("pipeline-" + classes);
    PipelineProject.write(project, sources, setup.guidelinesVersion());
    NoOpProcessorJar.install(setup.localRepository());
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

    String size = Stats.count(classes) + " classes, " + Stats.count(sources.uses()) + " uses, "
        + Stats.count(packages) + " packages";
    List<Timing> with = timings.get(Variant.GUIDELINES);
    List<ResultRow> rows = new ArrayList<>();
    rows.add(pair(timings, load, Variant.GUIDELINES, Variant.NO_OP_FLOOR,
        "`mvn clean verify`, " + size + ", with the guidelines / with a no-op processor and no"
            + " plugin (median of " + reps + " rounds; wall, CPU in brackets)",
        "≤ " + TARGET + "×", true));
    rows.add(pair(timings, load, Variant.GUIDELINES, Variant.PROC_NONE,
        "`mvn clean verify`, " + size + ", with the guidelines / `-proc:none` and no plugin, for"
            + " users (median of " + reps + " rounds; wall, CPU in brackets)",
        "(for users)", false));
    rows.add(pair(timings, load, Variant.PROCESSOR_ONLY, Variant.NO_OP_FLOOR,
        "breakdown: the guidelines processor alone (no plugin) / the no-op processor",
        "(part of the above)", false));
    rows.add(pair(timings, load, Variant.NO_OP_FLOOR, Variant.PROC_NONE,
        "breakdown: the no-op processor / `-proc:none` (what javac charges any processor)",
        "(below the floor)", false));

    double goalsMillis = Stats.median(with.stream()
        .map(t -> t.reportMillis() + t.checkMillis()).toList());
    double share = Stats.median(with.stream().map(Timing::goalsShare).toList());
    rows.add(new ResultRow(5, "the plugin's goals (`report` + `check`) in the guidelines build"
            + " of figure 1, share of its wall time (Maven's timestamps; median of " + reps
            + " rounds)",
        Stats.millis(goalsMillis), Stats.seconds(median(with, false)) + " (build)",
        String.format(java.util.Locale.ROOT, "%.2f %%", share * 100),
        String.format(java.util.Locale.ROOT, "≤ %.0f %%", GOALS_SHARE_TARGET * 100),
        share <= GOALS_SHARE_TARGET));
    double report = Stats.median(with.stream().map(Timing::reportMillis).toList());
    double check = Stats.median(with.stream().map(Timing::checkMillis).toList());
    rows.add(new ResultRow(5, "`check` after `report` in the same build (median of " + reps
            + " rounds; `report` in the next column)",
        Stats.millis(check), Stats.millis(report) + " (`report`)", Stats.millis(check),
        "≤ " + Stats.millis(CHECK_TARGET_MILLIS), check <= CHECK_TARGET_MILLIS));

    List<Timing> floor = timings.get(Variant.NO_OP_FLOOR);
    List<String> details = new ArrayList<>();
    for (Variant variant : variants) {
      List<Timing> own = timings.get(variant);
      details.add(String.format("maven %-15s wall [%s], CPU [%s]", variant.label + ":",
          Stats.list(own.stream().map(Timing::wallNanos).toList(), Stats::seconds),
          Stats.list(own.stream().map(Timing::cpuNanos).toList(), Stats::seconds)));
      if (variant != Variant.NO_OP_FLOOR) {
        details.add(String.format("  paired with no-op-floor: wall [%s], CPU [%s]",
            Stats.list(ratios(own, floor, false), Stats::ratio),
            Stats.list(ratios(own, floor, true), Stats::ratio)));
      }
    }
    details.add(String.format("plugin goals: report [%s], check [%s], share [%s]",
        Stats.list(with.stream().map(Timing::reportMillis).toList(), Stats::millis),
        Stats.list(with.stream().map(Timing::checkMillis).toList(), Stats::millis),
        Stats.list(with.stream().map(t -> t.goalsShare() * 100).toList(),
            v -> String.format(java.util.Locale.ROOT, "%.2f %%", v))));
    return new FigureResult(rows, details);
  }

  /** One row of {@code subject} against {@code base}, by the median of the paired ratios. */
  private static ResultRow pair(Map<Variant, List<Timing>> timings, LoadMonitor load,
      Variant subject, Variant base, String measure, String target, boolean judged) {
    List<Timing> own = timings.get(subject);
    List<Timing> against = timings.get(base);
    Judged ratio = Judged.of(Stats.median(ratios(own, against, false)),
        Stats.median(ratios(own, against, true)), load.median());
    return new ResultRow(1, measure,
        Stats.seconds(median(own, false)) + " (" + Stats.seconds(median(own, true)) + ")",
        Stats.seconds(median(against, false)) + " (" + Stats.seconds(median(against, true)) + ")",
        ratio.text(), target, !judged || ratio.value() <= TARGET);
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
    command.addAll(MojoTimeline.OPTIONS);
    command.addAll(List.of("-f", project.resolve("pom.xml").toString(), "clean", "verify"));
    command.addAll(variant.processor.option());
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
    boolean ranNoOp = output.contains(FloorProcessors.NoOp.NOTE);
    List<MojoTimeline.Mojo> mojos = MojoTimeline.read(output, log);
    Optional<MojoTimeline.Mojo> report = MojoTimeline.execution(mojos, REPORT_EXECUTION);
    Optional<MojoTimeline.Mojo> check = MojoTimeline.execution(mojos, CHECK_EXECUTION);
    boolean ranPlugin = report.isPresent() && check.isPresent();
    if (ranProcessor != (variant.processor == PipelineProject.Processor.GUIDELINES)
        || ranNoOp != (variant.processor == PipelineProject.Processor.NO_OP)
        || ranPlugin != variant.plugin) {
      throw new IllegalStateException("The " + variant.label + " build did not run as set up"
          + " (processor note '" + note + "' " + (ranProcessor ? "present" : "absent")
          + ", no-op processor note " + (ranNoOp ? "present" : "absent")
          + ", plugin goals " + (ranPlugin ? "present" : "absent") + "); see " + log);
    }
    return new Timing(nanos, childrenCpuNanos(output, log),
        report.map(MojoTimeline.Mojo::millis).orElse(0.0),
        check.map(MojoTimeline.Mojo::millis).orElse(0.0));
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
