package dev.genaiguidelines.maven.scan;

import static dev.genaiguidelines.maven.scan.DependencyJars.calling;
import static dev.genaiguidelines.maven.scan.DependencyJars.jar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.maven.scan.DependencyScanner.Dependency;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cached dependency scan is a build's first goal's cost in a fresh JVM (benchmark figure 7),
 * where the first lambda, stream, string concatenation by {@code +}, record hash or
 * {@code MessageDigest} costs tens of milliseconds of one-time set-up; so the cache hit makes
 * none of them. Checked in a child JVM by the classes it loads during the scan (its class-loading
 * log), since in this JVM they are long loaded.
 */
class CacheHitInAFreshJvmTest {

  /**
   * Classes only the set-up the cache hit must not pay loads: a lambda of the plugin's own, the
   * bootstrap of a record's methods, a digest, a stream. A {@code +} on strings is not checked
   * here: JDK 17 spins method-handle classes for the first one while a newer JDK loads archived
   * ones, and spins its own for its internals, so no class names it on every JDK.
   */
  private static final List<String> BOOTSTRAPS = List.of( "java.lang.runtime.ObjectMethods",
      "java.security.MessageDigest ", "java.util.stream.");

  @TempDir Path temp;
  private Path cache;
  private Path aikit;
  private Path plain;

  @BeforeEach
  void filledCache() throws IOException {
    cache = temp.resolve("dependency-cache");
    aikit = jar(temp.resolve("repo/aikit.jar"), Map.of("com/example/aikit/Kit.class",
        calling("com/example/aikit/Kit", "com/openai/Client", "chat")));
    plain = jar(temp.resolve("repo/plain.jar"), Map.of("com/example/plain/Util.class",
        calling("com/example/plain/Util", null, null)));
    // The same dependencies as the child's, so its scan is a hit.
    new DependencyScanner(MarkerCatalog.builtIn(), MarkerCatalog.builtIn().detection(), cache)
        .scan(List.of(new Dependency("com.example", "aikit.jar", "1.0", aikit),
            new Dependency("com.example", "plain.jar", "1.0", plain)));
  }

  @Test
  void aCacheHitLoadsNoLambdaStreamRecordHashOrDigestMachinery()
      throws IOException, InterruptedException {
    List<String> output = child("scan");

    assertTrue(output.contains("analysed=2 fromCache=2"), String.join("\n", output));
    List<String> seen = bootstrapsDuringScan(output);
    assertTrue(seen.isEmpty(), seen.size() + " bootstrap classes loaded by the cache hit, first "
        + seen.subList(0, Math.min(seen.size(), 12)));
  }

  @ParameterizedTest
  @CsvSource({"scan-and-lambda, FreshJvmCacheHit$$Lambda",
      "scan-and-stream, java.util.stream."})
  void aLambdaOrStreamOnTheHitPathWouldBeSeen(String mode, String expected)
      throws IOException, InterruptedException {
    List<String> output = child(mode);

    assertTrue(output.contains("analysed=2 fromCache=2"), String.join("\n", output));
    List<String> seen = bootstrapsDuringScan(output);
    assertTrue(seen.stream().anyMatch(line -> line.contains(expected)),
        String.join("\n", seen));
  }

  private List<String> child(String mode) throws IOException, InterruptedException {
    Path log = temp.resolve(mode + ".log");
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
        FreshJvmCacheHit.class.getName(), cache.toString(), mode, aikit.toString(),
        plain.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertEquals(0, process.waitFor(), Files.readString(log));
    return Files.readAllLines(log, StandardCharsets.UTF_8);
  }

  /** The class-loading lines between the child's markers that name a bootstrap's classes. */
  private static List<String> bootstrapsDuringScan(List<String> output) {
    int begin = output.indexOf(FreshJvmCacheHit.BEGIN);
    int end = output.indexOf(FreshJvmCacheHit.END);
    assertTrue(begin >= 0 && end > begin, String.join("\n", output));
    List<String> seen = new ArrayList<>();
    for (String line : output.subList(begin + 1, end)) {
      if (line.contains(" dev.genaiguidelines.") && line.contains("$$Lambda")) {
        seen.add(line);
        continue;
      }
      for (String bootstrap : BOOTSTRAPS) {
        if (line.contains(bootstrap)) {
          seen.add(line);
          break;
        }
      }
    }
    return seen;
  }
}
