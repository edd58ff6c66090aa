package dev.genaiguidelines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Figure 3: the heap a scan needs at 10,000, 50,000 and 100,000 classes, each scan alone in a
 * child JVM capped at {@value #MAX_HEAP_MIB} MiB (it would fail with OutOfMemoryError above it).
 * The target is below the cap, and flat: the scan's own working memory, beyond the result it
 * returns, must not grow with the number of classes.
 */
final class HeapFigure {

  static final int MAX_HEAP_MIB = 256;

  private final BenchSetup setup;
  private final List<Integer> sizes;

  HeapFigure(BenchSetup setup, List<Integer> sizes) {
    this.setup = setup;
    this.sizes = List.copyOf(sizes);
  }

  /** What one child JVM printed. */
  record Probe(int classes, long uses, long liveAfterGc, long highWater, long retained,
      long baseline) {

    /** The scan's working memory at its largest, beyond what it hands back and the JVM's own. */
    long working() {
      return Math.max(0, liveAfterGc - retained);
    }
  }

  FigureResult run() throws IOException, InterruptedException {
    List<Probe> probes = new ArrayList<>();
    for (int classes : sizes) {
      probes.add(probe(classes, ClassCorpus.ensure(setup.dataDir(), classes)));
    }
    List<ResultRow> rows = new ArrayList<>();
    List<String> details = new ArrayList<>();
    long smallestWorking = probes.get(0).working();
    for (Probe probe : probes) {
      // Flat: the working memory at any size stays within 16 MiB, or 25%, of the smallest size's.
      boolean flat = probe.working()
          <= Math.max(smallestWorking + (16L << 20), (long) (smallestWorking * 1.25));
      boolean holds = probe.highWater() < ((long) MAX_HEAP_MIB << 20) && flat;
      rows.add(new ResultRow(3,
          "scan heap, " + Stats.count(probe.classes()) + " classes, " + Stats.count(probe.uses())
              + " uses (`-Xmx" + MAX_HEAP_MIB + "m`; live set after GC / high water)",
          Stats.mebibytes(probe.liveAfterGc()) + " / " + Stats.mebibytes(probe.highWater()), "",
          "working " + Stats.mebibytes(probe.working()) + " + result "
              + Stats.mebibytes(probe.retained() - probe.baseline()),
          "< " + MAX_HEAP_MIB + " MiB, flat", holds));
      details.add("heap " + probe.classes() + " classes: " + probe);
    }
    return new FigureResult(rows, details);
  }

  private Probe probe(int classes, Path corpus) throws IOException, InterruptedException {
    Path log = setup.dataDir().resolve("logs").resolve("heap-" + classes + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = List.of(setup.javaExecutable().toString(), "-Xmx" + MAX_HEAP_MIB + "m",
        "-cp", System.getProperty("java.class.path"), HeapProbe.class.getName(),
        corpus.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    int exit = process.waitFor();
    List<String> lines = Files.readAllLines(log);
    if (exit != 0) {
      throw new IllegalStateException("The heap probe of " + classes + " classes failed (exit "
          + exit + ") under -Xmx" + MAX_HEAP_MIB + "m; see " + log);
    }
    Map<String, Long> values = new HashMap<>();
    for (String line : lines) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        values.put(line.substring(0, equals), Long.parseLong(line.substring(equals + 1).trim()));
      }
    }
    if (values.getOrDefault("unreadable", -1L) != 0
        || values.getOrDefault("undeclared", -1L) != 0) {
      throw new IllegalStateException("The corpus of " + classes + " classes did not scan "
          + "clean (every call declared, every class readable); see " + log);
    }
    return new Probe(classes, values.get("uses"), values.get("liveAfterGc"),
        values.get("highWater"), values.get("retained"), values.get("baseline"));
  }
}
