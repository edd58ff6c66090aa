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
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Figure 1's compile step on its own, javac in this JVM on the same generated module: with
 * {@code -proc:none}, with a processor that claims {@code @GenAiUse} and does nothing, and with
 * the guidelines processor. The no-op processor is the floor every annotation processor pays in
 * javac (processor discovery, the rounds, entering every source again for the last one), so
 * the difference between it and {@code -proc:none} is not the guidelines' to save.
 */
final class JavacBreakdown {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** How the module is compiled. */
  enum Compile { PROC_NONE, NO_OP_PROCESSOR, GUIDELINES_PROCESSOR }

  private final Path dataDir;
  private final int classes;
  private final int every;
  private final int reps;

  JavacBreakdown(Path dataDir, int classes, int every, int reps) {
    this.dataDir = dataDir;
    this.classes = classes;
    this.every = every;
    this.reps = reps;
  }

  FigureResult run() throws IOException {
    Path root = dataDir.resolve("javac-" + classes);
    ClassCorpus.deleteTree(root);
    PipelineSources pipeline = new PipelineSources(classes, every);
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
    double none = median(samples.get(Compile.PROC_NONE), 0);
    double noneCpu = median(samples.get(Compile.PROC_NONE), 1);
    List<ResultRow> rows = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (Compile compile : List.of(Compile.NO_OP_PROCESSOR, Compile.GUIDELINES_PROCESSOR)) {
      double wall = median(samples.get(compile), 0);
      double cpu = median(samples.get(compile), 1);
      rows.add(new ResultRow(1, "breakdown: javac alone in one JVM, " + Stats.count(classes)
              + " classes, " + (compile == Compile.NO_OP_PROCESSOR
              ? "a no-op processor (the floor of any processor)" : "the guidelines processor")
              + " / `-proc:none` (median of " + reps + " rounds; wall, CPU in brackets)",
          Stats.seconds(wall) + " (" + Stats.seconds(cpu) + ")",
          Stats.seconds(none) + " (" + Stats.seconds(noneCpu) + ")",
          "wall " + Stats.ratio(wall / none) + " (CPU " + Stats.ratio(cpu / noneCpu) + ")",
          "(part of the above)", true));
    }
    for (Compile compile : all) {
      details.add(String.format("javac %-20s wall [%s], CPU [%s]", compile + ":",
          Stats.list(samples.get(compile).stream().map(s -> s[0]).toList(), Stats::seconds),
          Stats.list(samples.get(compile).stream().map(s -> s[1]).toList(), Stats::seconds)));
    }
    return new FigureResult(rows, details);
  }

  private static double[] compile(Compile compile, List<Path> sources, Path root, Path policy,
      int uses) throws IOException {
    Path out = root.resolve("classes-" + compile.name().toLowerCase(java.util.Locale.ROOT));
    ClassCorpus.deleteTree(out);
    List<Processor> processors = switch (compile) {
      case PROC_NONE -> List.of();
      case NO_OP_PROCESSOR -> List.of(new NoOpProcessor());
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

  /** Claims nothing and does nothing: what javac costs with any processor at all. */
  static final class NoOpProcessor extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("dev.genaiguidelines.annotations.GenAiUse",
          "dev.genaiguidelines.annotations.GenAiUse.List");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return false;
    }
  }
}
