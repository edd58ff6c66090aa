package dev.genaiguidelines.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.policy.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The policy core is plain Java: no class of {@code dev.genaiguidelines.policy} refers to javac,
 * the annotation-processing API or Maven, so the plugin and unit tests can use it anywhere.
 * Checked on the compiled classes, whose constant pools name every type they use, imported or
 * written out in full. The policy module's compile sees only {@code java.base}, so javac enforces
 * the same; this test guards the jar that actually ships.
 */
class PolicyCoreIsolationTest {

  private static final List<String> FORBIDDEN = List.of("javax/annotation/processing/",
      "javax/lang/model/", "javax/tools/", "com/sun/", "org/apache/maven/");

  /**
   * The classes of {@code type}'s package, each with the forbidden packages it names; read from
   * the jar when the type comes from one, as the policy module does in a reactor build.
   */
  private static Map<String, List<String>> referencesOfPackageOf(Class<?> type) {
    try {
      Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        return referencesIn(location.resolve(type.getPackageName().replace('.', '/')));
      }
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        return referencesIn(jar.getPath(type.getPackageName().replace('.', '/')));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, List<String>> referencesIn(Path dir) throws IOException {
    Map<String, List<String>> found = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        // Class names in the constant pool are modified UTF-8: ASCII here, so Latin-1 holds.
        String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        found.put(file.getFileName().toString(), FORBIDDEN.stream()
            .filter(name -> pool.contains(name) || pool.contains(name.replace('/', '.')))
            .toList());
      }
    }
    return found;
  }

  @Test
  void noPolicyClassNamesJavacTheProcessingApiOrMaven() {
    Map<String, List<String>> references = referencesOfPackageOf(Policy.class);

    assertTrue(references.size() >= 20, "policy classes found: " + references.keySet());
    assertTrue(references.containsKey("PolicyEvaluator.class"), references.keySet().toString());
    references.values().removeIf(List::isEmpty);
    assertEquals(Map.of(), references);
  }

  @Test
  void twinTheProcessorPackageIsSeenToNameThem() {
    Map<String, List<String>> references = referencesOfPackageOf(GenAiUseProcessor.class);

    assertEquals(List.of("javax/annotation/processing/", "javax/lang/model/", "javax/tools/"),
        references.get("GenAiUseProcessor.class"));
    assertEquals(List.of("javax/annotation/processing/", "javax/lang/model/", "javax/tools/",
        "com/sun/"), references.get("Diagnostics.class"));
  }
}
