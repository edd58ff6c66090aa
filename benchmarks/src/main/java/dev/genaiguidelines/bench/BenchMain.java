package dev.genaiguidelines.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the figures of the performance targets and prints one Markdown table (also written
 * to {@code --output}). benchmarks/run.sh is the usual way in; it builds and installs what this
 * needs first.
 *
 * <pre>
 * --root DIR         repository root holding mvnw (default ..)
 * --data DIR         generated projects, corpora, logs (default target/bench-data)
 * --repo DIR         the benchmark's local Maven repository (default target/repo)
 * --settings FILE    Maven settings for it (default settings.xml)
 * --output FILE      where the Markdown goes besides stdout (default target/bench-results.md)
 * --figures LIST     which figures, e.g. 2,3 (default 1,2,3,4,6,7; 1 gives 5 too)
 * --reps N           Maven build pairs and processor compilation pairs (default 5)
 * --rounds N         JMH rounds per corpus size (default 5)
 * --classes N        classes of the Maven module (default 2000)
 * --every K          a use every K classes (default 5)
 * --packages P       packages the Maven module's classes are spread over (default 97)
 * --scan-sizes LIST  corpora for figure 2 (default 10000,100000)
 * --heap-sizes LIST  corpora for figure 3 (default 10000,50000,100000)
 * --uses LIST        uses per compilation for figure 4 (default 100,1000,10000)
 * --catalog-packages LIST  packages figure 6 spreads the same uses over (default 1,10,97)
 * </pre>
 */
public final class BenchMain {

  private static final Set<String> OPTIONS = Set.of("--root", "--data", "--repo", "--settings",
      "--output", "--figures", "--reps", "--rounds", "--classes", "--every", "--packages",
      "--scan-sizes",
      "--heap-sizes", "--uses", "--catalog-packages");

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    BenchSetup setup = new BenchSetup(
        Path.of(options.getOrDefault("--root", "..")),
        Path.of(options.getOrDefault("--data", "target/bench-data")),
        Path.of(options.getOrDefault("--repo", "target/repo")),
        Path.of(options.getOrDefault("--settings", "settings.xml")));
    Path output = Path.of(options.getOrDefault("--output", "target/bench-results.md"));
    Set<Integer> figures = new TreeSet<>(ints(options.getOrDefault("--figures", "1,2,3,4,6,7")));
    int reps = Integer.parseInt(options.getOrDefault("--reps", "5"));
    int rounds = Integer.parseInt(options.getOrDefault("--rounds", "5"));
    Files.createDirectories(setup.dataDir());

    List<String> loads = new ArrayList<>();
    List<ResultRow> rows = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (int figure : figures) {
      LoadMonitor.settle(120);
      System.err.println("[bench] figure " + figure + " ...");
      try (LoadMonitor load = new LoadMonitor()) {
        FigureResult result = switch (figure) {
          case 1 -> {
            int classes = Integer.parseInt(options.getOrDefault("--classes", "2000"));
            int every = Integer.parseInt(options.getOrDefault("--every", "5"));
            int packages = Integer.parseInt(options.getOrDefault("--packages", "97"));
            FigureResult builds =
                new MavenFigure(setup, classes, every, packages, reps).run(load);
            FigureResult javac =
                new JavacBreakdown(setup.dataDir(), classes, every, packages, reps).run();
            yield builds.plus(javac);
          }
          case 2 -> new ScanFigure(setup,
              ints(options.getOrDefault("--scan-sizes", "10000,100000")), rounds, false)
              .run(load);
          case 3 -> new HeapFigure(setup,
              ints(options.getOrDefault("--heap-sizes", "10000,50000,100000"))).run();
          case 4 -> new ProcessorFigure(setup.dataDir(),
              ints(options.getOrDefault("--uses", "100,1000,10000")), reps).run();
          case 6 -> new CatalogFigure(setup.dataDir(),
              Integer.parseInt(options.getOrDefault("--classes", "2000")),
              Integer.parseInt(options.getOrDefault("--every", "5")),
              ints(options.getOrDefault("--catalog-packages", "1,10,97")), reps).run();
          case 7 -> new DependencyScanFigure(setup, reps).run();
          case 5 -> throw new IllegalArgumentException("Figure 5 (the plugin's goals) comes from"
              + " figure 1's builds: use --figures 1.");
          default -> throw new IllegalArgumentException("No figure " + figure
              + ": use 1 (with 5), 2, 3, 4, 6 or 7.");
        };
        rows.addAll(result.rows());
        details.addAll(result.details());
        loads.add("figure " + figure + ": " + load.summary());
      }
      System.err.println("[bench] figure " + figure + " done");
    }
    String markdown = markdown(rows, details, loads);
    System.out.println(markdown);
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, markdown, StandardCharsets.UTF_8);
  }

  static String markdown(List<ResultRow> rows, List<String> details, List<String> loads) {
    StringBuilder out = new StringBuilder();
    out.append(ResultRow.header()).append('\n');
    for (ResultRow row : rows) {
      out.append(row.markdown()).append('\n');
    }
    out.append("\nMachine:\n\n");
    for (String line : MachineInfo.describe()) {
      out.append("- ").append(line).append('\n');
    }
    out.append("- one-minute load average during each figure (min / median / max):\n");
    for (String load : loads) {
      out.append("  - ").append(load).append('\n');
    }
    out.append("\nSamples:\n\n```\n");
    for (String line : details) {
      out.append(line).append('\n');
    }
    out.append("```\n");
    return out.toString();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!OPTIONS.contains(args[i]) || i + 1 == args.length) {
        throw new IllegalArgumentException("Unknown option or missing value: '" + args[i]
            + "'. Options: " + new TreeSet<>(OPTIONS) + ", each followed by its value.");
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  private static List<Integer> ints(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).map(Integer::parseInt).toList();
  }
}
