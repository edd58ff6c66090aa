package dev.genaiguidelines.maven.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.maven.scan.DependencyScanner.Dependency;
import dev.genaiguidelines.maven.scan.DependencyScanner.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * The GenAI SDKs on a runtime class path, found by the class names their jars hold: each
 * finding beside a look-alike that is none, and unreadable dependencies named in a warning.
 */
class DependencyScannerTest {

  private static final DependencyScanner SCANNER =
      new DependencyScanner(MarkerCatalog.builtIn());

  @TempDir Path temp;

  private Path jar(String name, String... entries) throws IOException {
    Path jar = temp.resolve(name);
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (String entry : entries) {
        out.putNextEntry(new ZipEntry(entry));
        out.write(entry.endsWith(".class") ? emptyClass(entry) : new byte[] {1});
        out.closeEntry();
      }
    }
    return jar;
  }

  /** A valid class file with nothing in it, named as its entry (or versioned entry) says. */
  static byte[] emptyClass(String entry) {
    String name = entry.substring(0, entry.length() - ".class".length());
    if (name.startsWith(DependencyScanner.VERSIONS)) {
      name = name.substring(name.indexOf('/', DependencyScanner.VERSIONS.length()) + 1);
    }
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object", null);
    writer.visitEnd();
    return writer.toByteArray();
  }

  private static Dependency dep(String groupId, String artifactId, Path file) {
    return new Dependency(groupId, artifactId, "1.0", file);
  }

  @Test
  void aJarHoldingAClassInAMarkerPackageIsAnSdkWithItsVendor() throws IOException {
    Result result = SCANNER.scan(List.of(
        dep("com.openai", "openai-java-core",
            jar("core.jar", "META-INF/MANIFEST.MF", "com/openai/client/OpenAIClient.class")),
        dep("com.anthropic", "anthropic-java-core",
            jar("anthropic.jar", "com/anthropic/client/AnthropicClient.class"))));

    assertEquals(List.of(
        new GenAiDependency("com.anthropic", "anthropic-java-core", "1.0", "Anthropic", false),
        new GenAiDependency("com.openai", "openai-java-core", "1.0", "OpenAI", false)),
        result.sdks());
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void aJarWithoutAMarkerClassIsNone() throws IOException {
    // com.openaix is not com.openai, and a resource under com/openai is not a class.
    Result result = SCANNER.scan(List.of(
        dep("com.example", "lookalike", jar("lookalike.jar",
            "com/openaix/Client.class", "com/openai/readme.txt", "org/example/OpenAi.class")),
        dep("com.openai", "openai-java", jar("aggregate.jar", "META-INF/MANIFEST.MF"))));

    assertEquals(List.of(), result.sdks());
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void aJarWithTheProcessorsCatalogDeclaresUses() throws IOException {
    Result result = SCANNER.scan(List.of(
        dep("com.studio", "aikit", jar("aikit.jar", "com/openai/models/Shim.class",
            DependencyScanner.CATALOG_SERVICE)),
        dep("com.studio", "plain", jar("plain.jar", "com/openai/models/Shim.class",
            "META-INF/services/java.sql.Driver"))));

    assertEquals(List.of(
        new GenAiDependency("com.studio", "aikit", "1.0", "OpenAI", true),
        new GenAiDependency("com.studio", "plain", "1.0", "OpenAI", false)), result.sdks());
    assertEquals(List.of("com.studio:aikit:1.0"), result.declaring());
  }

  @Test
  void aMultiReleaseJarsVersionedClassesCountAndOtherMetaInfFilesDoNot() throws IOException {
    Result result = SCANNER.scan(List.of(
        dep("com.example", "mr", jar("mr.jar", "META-INF/MANIFEST.MF",
            "META-INF/versions/21/dev/langchain4j/model/Chat.class")),
        dep("com.example", "mr-twin", jar("mr-twin.jar",
            "META-INF/versions/21/org/example/Chat.class", "META-INF/dev/langchain4j/X.class"))));

    assertEquals(List.of(new GenAiDependency("com.example", "mr", "1.0", "LangChain4j", false)),
        result.sdks());
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void aDirectoryIsScannedLikeTheJarItWillBecome() throws IOException {
    Path classes = temp.resolve("sibling/target/classes");
    Files.createDirectories(classes.resolve("com/google/genai"));
    Files.write(classes.resolve("com/google/genai/Client.class"),
        emptyClass("com/google/genai/Client.class"));
    Path twin = temp.resolve("twin/target/classes");
    Files.createDirectories(twin.resolve("com/google/other"));
    Files.write(twin.resolve("com/google/other/Client.class"),
        emptyClass("com/google/other/Client.class"));

    Result result = SCANNER.scan(List.of(dep("com.studio", "sibling", classes),
        dep("com.studio", "twin", twin)));

    assertEquals(List.of(new GenAiDependency("com.studio", "sibling", "1.0",
        MarkerCatalog.builtIn().find("com.google.genai").orElseThrow().vendor(), false)),
        result.sdks());
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void aCorruptJarIsAWarningNamingItAndTheOthersAreStillRead() throws IOException {
    Path corrupt = temp.resolve("corrupt.jar");
    Files.writeString(corrupt, "not a zip at all");
    Result result = SCANNER.scan(List.of(dep("com.example", "corrupt", corrupt),
        dep("com.openai", "openai-java-core", jar("core.jar", "com/openai/Client.class"))));

    assertEquals(List.of(new GenAiDependency("com.openai", "openai-java-core", "1.0", "OpenAI",
        false)), result.sdks());
    assertEquals(1, result.warnings().size());
    assertEquals("Cannot read dependency com.example:corrupt:1.0 (corrupt.jar): not a readable"
        + " jar or directory (java.util.zip.ZipException: zip END header not found); its GenAI"
        + " SDKs and wrapper calls, if any, are not listed.", result.warnings().get(0));
  }

  @Test
  void aTruncatedJarIsAWarningNamingIt() throws IOException {
    Path whole = jar("whole.jar", "com/openai/client/OpenAIClient.class");
    byte[] bytes = Files.readAllBytes(whole);
    Path truncated = temp.resolve("truncated.jar");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));

    Result result = SCANNER.scan(List.of(dep("com.openai", "openai-java-core", truncated)));

    assertEquals(List.of(), result.sdks());
    assertEquals(List.of("Cannot read dependency com.openai:openai-java-core:1.0 (truncated.jar):"
        + " not a readable jar or directory (java.util.zip.ZipException: zip END header not"
        + " found); its GenAI SDKs and wrapper calls, if any, are not listed."),
        result.warnings());
  }

  @Test
  void aMissingFileIsAWarningNamingIt() {
    Result result = SCANNER.scan(List.of(
        dep("com.example", "gone", temp.resolve("gone.jar")),
        dep("com.example", "unresolved", null)));

    assertEquals(List.of(
        "Cannot read dependency com.example:gone:1.0 (gone.jar): the file does not exist; its"
            + " GenAI SDKs and wrapper calls, if any, are not listed.",
        "Cannot read dependency com.example:unresolved:1.0 (no file): the file does not exist;"
            + " its GenAI SDKs and wrapper calls, if any, are not listed."), result.warnings());
  }
}
