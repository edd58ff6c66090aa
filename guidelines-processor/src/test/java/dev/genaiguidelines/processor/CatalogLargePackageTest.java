package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.genaiguidelines.annotations.GenAiCatalog;
import dev.genaiguidelines.annotations.GenAiUseDescriptor;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One package with thousands of uses: its provider must still compile within the class-file
 * limits (64 KiB of code a method, 65,535 constants a class) and list every use at run time.
 */
class CatalogLargePackageTest {

  @TempDir Path dir;

  /**
   * Compiles one package of {@code types} types with {@code usesPerType} uses each, every use
   * with an id, element, purpose and model of its own (8 constants of the provider's pool), and
   * returns the class output.
   */
  private Path compile(int types, int usesPerType) {
    Path src = dir.resolve("src");
    Path out = dir.resolve("classes");
    List<Path> sources = new ArrayList<>();
    for (int type = 0; type < types; type++) {
      StringBuilder body = new StringBuilder(String.join("\n", Sources.header("com.studio.bulk")))
          .append("\npublic class Type").append(type).append(" {\n");
      for (int use = 0; use < usesPerType; use++) {
        String id = String.format("bulk-%03d-%03d", type, use);
        body.append(String.join("\n", Sources.indent(Sources.use(id)
                .string("purpose", "Sketches frame " + use + " of reel " + type + ".")
                .string("model", "model-" + type + "-" + use)
                .annotationLines())))
            .append("\n  void m").append(use).append("() {}\n");
      }
      sources.add(JavacRun.write(src, "com/studio/bulk/Type" + type + ".java",
          body.append("}\n").toString()));
    }
    JavacRun.Result result = JavacRun.compile(List.of(
        "-d", out.toString(),
        "-s", dir.resolve("generated").toString(),
        "-classpath", JavacRun.annotationsLocation().toString(),
        "-Agenai.policy=" + Policies.write(dir, Policies.STUDIO),
        "-Agenai.asOf=" + Policies.AS_OF), sources);
    if (!result.succeeded()) {
      throw new AssertionError("compilation failed: " + result.diagnostics());
    }
    return out;
  }

  private static List<String> catalogIds(Path classes) throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        CatalogLargePackageTest.class.getClassLoader())) {
      return GenAiCatalog.load(loader).all().stream().map(GenAiUseDescriptor::id).toList();
    }
  }

  private static List<String> expectedIds(int types, int usesPerType) {
    return IntStream.range(0, types).boxed()
        .flatMap(type -> IntStream.range(0, usesPerType)
            .mapToObj(use -> String.format("bulk-%03d-%03d", type, use)))
        .toList();
  }

  private static List<String> classFiles(Path classes) throws IOException {
    try (Stream<Path> files = Files.list(classes.resolve("com/studio/bulk"))) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.startsWith(ProviderName.PREFIX))
          .sorted()
          .toList();
    }
  }

  @Test
  void aPackageOfNineThousandUsesIsOneProviderSplitIntoNestedClassesThatListsThemAll()
      throws IOException {
    // In one class, 9,000 uses of 8 constants each would pass the constant pool's 65,535.
    Path out = compile(90, 100);

    assertThat(catalogIds(out)).containsExactlyElementsIn(expectedIds(90, 100)).inOrder();
    List<String> providers = classFiles(out);
    assertThat(providers).hasSize(10);
    String outer = ProviderName.simpleName(expectedIds(90, 100));
    assertThat(providers).containsAtLeast(outer + ".class", outer + "$Part0.class",
        outer + "$Part8.class");
    assertThat(Files.readString(out.resolve(ServicesFile.PATH)))
        .isEqualTo("com.studio.bulk." + outer + "\n");
  }

  @Test
  void twinAPackageAtTheClassLimitIsOneClassFile() throws IOException {
    Path out = compile(10, ProviderSource.SPLIT.usesPerClass() / 10);

    assertThat(catalogIds(out)).containsExactlyElementsIn(
        expectedIds(10, ProviderSource.SPLIT.usesPerClass() / 10)).inOrder();
    assertThat(classFiles(out)).hasSize(1);
  }
}
