package dev.genaiguidelines.bench;

import dev.genaiguidelines.maven.scan.MarkerCatalog;
import dev.genaiguidelines.maven.scan.ClassScanner;
import dev.genaiguidelines.maven.scan.ScanResult;
import dev.genaiguidelines.policy.DetectionMarkers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Figure 2: one whole scan of a classes directory by the plugin ({@code ClassScanner.scan}, uses
 * and undeclared calls, as {@code check} and {@code report} run it) against a bare ASM read of the
 * same files. One operation is one scan of the whole directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScanBenchmark {

  /** Pipeline classes in the corpus. */
  @Param("10000")
  public int classes;

  /** Where corpora are kept (benchmarks/target/bench-data); the harness sets it. */
  @Param("target/bench-data")
  public String dataDir;

  private Path corpus;

  @Setup(Level.Trial)
  public void prepare() throws IOException {
    corpus = ClassCorpus.ensure(Path.of(dataDir), classes);
  }

  /** The plugin's scan, built as the mojos build it: markers from the policy, one per run. */
  @Benchmark
  public ScanResult pluginScan() throws IOException {
    return new ClassScanner(MarkerCatalog.builtIn().detection()).scan(corpus);
  }

  /** The floor: walk, read and parse every class, doing nothing with it. */
  @Benchmark
  public long bareAsmRead() throws IOException {
    return BareAsmRead.read(corpus);
  }
}
