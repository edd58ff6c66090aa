package dev.genaiguidelines.bench;

import dev.genaiguidelines.processor.GenAiUseProcessor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Processor;

/**
 * Figure 1's compile step on its own, javac in this JVM on the same generated module: with
 * {@code -proc:none}, with a processor that claims {@code @GenAiUse} and does nothing, with one
 * that reads every declaration and generates one empty class, and with the guidelines processor
 * (see {@link FloorProcessors}). The second and third are floors, of any processor and of any
 * that checks the declarations and generates a catalog: what lies below them is javac's, not
 * the guidelines' to save, and the last row is the guidelines processor's own share.
 */
final class JavacBreakdown {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** How the module is compiled. */
  enum Compile { PROC_NONE, NO_OP_PROCESSOR, READ_AND_GENERATE_PROCESSOR, GUIDELINES_PROCESSOR }

  private final Path dataDir;
  private final int classes;
  private final int every;
  private final int packages;
  private final int reps;

  JavacBreakdown(Path dataDir, int classes, int every, int packages, int reps) {
    this.dataDir = dataDir;
    this.classes = classes;
    this.every = every;
    this.packages = packages;
    this.reps = reps;
  }

  FigureResult run() throws IOException {
    Path root = dataDir.resolve("javac-" + classes);
    ClassCorpus.deleteTree(root);
    PipelineSources pipeline = new PipelineSources(classes, every, packages);
    List<Path> sources = pipeline.write(root.resolve("src"));
    Path policy = Files.writeString(root.resolve("genai-policy.yaml"),
        PipelineSources.policyYaml());
    Map<Compile, List<double[]>> samples = new EnumMap<>(Compile.class);
    Compile[] all = Compile.values();
    for (int rep = -1; rep < reps; rep++) { // round -1 warms javac up
      for (int turn = 0; turn < all.length; turn++) {
        Compile compile = all[(Math.max(rep, 0) + turn) % all.length];
        double[] sample = compile(compile, sources, root, policy, pipeline.uses());
        if (rep >= 0) {
          samples.computeIfAbsent(compile, c -> new ArrayList<>()).add(sample);
        }
      }
    }
    List<ResultRow> rows = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (Compile compile : List.of(Compile.NO_OP_PROCESSOR, Compile.READ_AND_GENERATE_PROCESSOR,
        Compile.GUIDELINES_PROCESSOR)) {
      rows.add(row(samples, compile, Compile.PROC_NONE));
    }
    rows.add(row(samples, Compile.GUIDELINES_PROCESSOR, Compile.READ_AND_GENERATE_PROCESSOR));
    for (Compile compile : all) {
      details.add(String.format("javac %-20s wall [%s], CPU [%s]", compile + ":",
          Stats.list(samples.get(compile).stream().map(s -> s[0]).toList(), Stats::seconds),
          Stats.list(samples.get(compile).stream().map(s -> s[1]).toList(), Stats::seconds)));
    }
    return new FigureResult(rows, details);
  }

  private ResultRow row(Map<Compile, List<double[]>> samples, Compile compile, Compile against) {
    double wall = median(samples.get(compile), 0);
    double cpu = median(samples.get(compile), 1);
    double againstWall = median(samples.get(against), 0);
    double againstCpu = median(samples.get(against), 1);
    return new ResultRow(1, "breakdown: javac alone in one JVM, " + Stats.count(classes)
            + " classes, " + describe(compile) + " / " + describe(against) + " (median of " + reps
            + " rounds; wall, CPU in brackets)",
        Stats.seconds(wall) + " (" + Stats.seconds(cpu) + ")",
        Stats.seconds(againstWall) + " (" + Stats.seconds(againstCpu) + ")",
        "wall " + Stats.ratio(wall / againstWall) + " (CPU " + Stats.ratio(cpu / againstCpu) + ")",
        "(part of the above)", true);
  }

  private static String describe(Compile compile) {
    return switch (compile) {
      case PROC_NONE -> "`-proc:none`";
      case NO_OP_PROCESSOR -> "a no-op processor (the floor of any processor)";
      case READ_AND_GENERATE_PROCESSOR -> "a processor that reads every declaration and"
          + " generates one empty class (the floor of a checking, catalog-generating one)";
      case GUIDELINES_PROCESSOR -> "the guidelines processor";
    };
  }

  private static double[] compile(Compile compile, List<Path> sources, Path root, Path policy,
      int uses) throws IOException {
    Path out = root.resolve("classes-" + compile.name().toLowerCase(java.util.Locale.ROOT));
    ClassCorpus.deleteTree(out);
    List<Processor> processors = switch (compile) {
      case PROC_NONE -> List.of();
      case NO_OP_PROCESSOR -> List.of(new FloorProcessors.NoOp());
      case READ_AND_GENERATE_PROCESSOR -> List.of(new FloorProcessors.ReadAndGenerate());
      case GUIDELINES_PROCESSOR -> List.of(new GenAiUseProcessor());
    };
    List<String> options = compile == Compile.GUIDELINES_PROCESSOR
        ? List.of("-Agenai.policy=" + policy, "-Agenai.asOf=2026-01-01",
            "-s", root.resolve("generated").toString())
        : List.of();
    if (compile == Compile.GUIDELINES_PROCESSOR) {
      ClassCorpus.deleteTree(root.resolve("generated"));
      Files.createDirectories(root.resolve("generated"));
    }
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    InProcessJavac.Outcome outcome = InProcessJavac.compile(sources, out, processors, options);
    double[] sample = {System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpuStart};
    if (compile == Compile.GUIDELINES_PROCESSOR) {
      ProcessorFigure.checkSummary(uses, outcome);
    }
    return sample;
  }

  private static double median(List<double[]> samples, int index) {
    return Stats.median(samples.stream().map(s -> s[index]).toList());
  }
}
