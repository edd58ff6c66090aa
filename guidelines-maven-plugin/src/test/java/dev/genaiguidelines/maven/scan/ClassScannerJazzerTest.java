package dev.genaiguidelines.maven.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.genaiguidelines.policy.DetectionMarkers;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of the class scanner with Jazzer: one class file of any bytes is either
 * scanned, or named as unreadable with a reason; no other exception escapes and nothing hangs.
 *
 * <p>Without {@code JAZZER_FUZZ} this is a regression test over the seed corpus in
 * {@code src/test/resources/dev/genaiguidelines/maven/scan/ClassScannerJazzerTestInputs/}
 * {@code anyClassFile/}: real class files from javac 17 (declarations, SDK calls, lambdas,
 * records, package-info), hand-made ones, and every input a fuzzing run found
 * ({@code found-*}). {@link ClassScannerSeeds} wrote the seeds; FUZZING.md has the commands.
 */
class ClassScannerJazzerTest {
  static final String FILE_NAME = "Fuzzed.class";
  static final String SEEDS = "ClassScannerJazzerTestInputs/anyClassFile/";

  /** Built-in markers plus a policy's own, so both kinds of marker are reachable. */
  private static final ClassScanner SCANNER = new ClassScanner(MarkerCatalog.builtIn().detection().plus(
      new DetectionMarkers(List.of("com.example.aigateway"),
          List.of("ai-gateway.studio.internal"))));

  @TempDir static Path classes;

  /**
   * A hang is a finding too: fuzzing runs pass libFuzzer a per-input {@code -timeout} through
   * {@code junit.jupiter.execution.timeout.default} (FUZZING.md).
   */
  @FuzzTest(maxDuration = "5m")
  void anyClassFile(byte[] bytes) throws IOException {
    Files.write(classes.resolve(FILE_NAME), bytes);

    ScanResult result = SCANNER.scan(classes);

    assertEquals(1, result.classCount());
    for (UnreadableClass unreadable : result.unreadable()) {
      assertEquals(FILE_NAME, unreadable.path(), unreadable::toString);
      assertFalse(unreadable.reason().isBlank(), unreadable::toString);
      assertOneLine(unreadable.reason());
    }
    for (UseDeclaration use : result.uses()) {
      assertFalse(use.element().isEmpty(), use::toString);
    }
    for (UndeclaredCall call : result.undeclaredCalls()) {
      assertFalse(call.element().isEmpty(), call::toString);
      assertFalse(call.marker().isEmpty(), call::toString);
    }
  }

  /** The seeds are worth fuzzing from: together they hold uses, covered and uncovered calls. */
  @Test
  void seedCorpusHoldsRealDeclarationsAndCalls(@TempDir Path copy) throws IOException {
    List<Path> seeds = seeds();
    for (Path seed : seeds) {
      Files.copy(seed, copy.resolve(seed.getFileName() + ".class"));
    }

    ScanResult result = SCANNER.scan(copy);

    assertTrue(seeds.size() >= 10, "only " + seeds.size() + " seeds");
    assertTrue(result.uses().size() >= 8, () -> "uses: " + result.uses());
    assertTrue(result.undeclaredCalls().size() >= 3, () -> "calls: " + result.undeclaredCalls());
    assertTrue(result.uses().stream().anyMatch(use -> !use.approval().isEmpty()),
        "a seed names an approval");
    assertTrue(result.undeclaredCalls().stream()
            .anyMatch(call -> call.marker().equals("ai-gateway.studio.internal")),
        "a seed reaches a policy-defined host");
  }

  static void assertOneLine(String text) {
    assertTrue(text.chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\u2028'
        || c == '\u2029' || c == '\u0085'), () -> "more than one line: " + text);
  }

  static List<Path> seeds() throws IOException {
    URL directory = ClassScannerJazzerTest.class.getResource(SEEDS);
    if (directory == null) {
      throw new IllegalStateException(SEEDS + " is missing from the test class path");
    }
    try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
      return files.sorted().toList();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
