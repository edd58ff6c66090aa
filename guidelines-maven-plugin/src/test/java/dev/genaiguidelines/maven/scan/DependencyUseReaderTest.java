package dev.genaiguidelines.maven.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.maven.scan.DependencyScanner.Dependency;
import dev.genaiguidelines.policy.UseDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the uses a dependency built with guidelines-processor declares, from a real compiled
 * class in a jar, as {@code report} and {@code check} do: only the jars that carry the catalog's
 * service file, each read without loading a class.
 */
class DependencyUseReaderTest {

  private static final String SUMMARIZER = "com/acme/aikit/Summarizer.java";

  @TempDir Path temp;
  private Map<String, byte[]> classes;
  private TestCompiler javac;

  @BeforeEach
  void compileTheLibrary() throws IOException {
    javac = new TestCompiler(temp.resolve("javac"));
    javac.source(SUMMARIZER, "package com.acme.aikit;\n" + ClassScannerUsesTest.IMPORTS + """
        public class Summarizer {
          @GenAiUse(id = "meeting-summary", tool = "openai-gpt", purpose = "Summarises notes.",
              output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.ANALYSIS)
          public String summarize(String notes) {
            return notes; // first-code-line
          }
        }
        """);
    Path compiled = javac.compile();
    classes = new TreeMap<>();
    try (Stream<Path> files = Files.walk(compiled)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        classes.put(compiled.relativize(file).toString().replace('\\', '/'),
            Files.readAllBytes(file));
      }
    }
  }

  private Path jar(String name, Map<String, byte[]> entries) throws IOException {
    return DependencyJars.jar(temp.resolve(name), entries);
  }

  private Map<String, byte[]> withCatalog(Map<String, byte[]> entries) {
    Map<String, byte[]> all = new TreeMap<>(entries);
    all.put(DependencyScanner.CATALOG_SERVICE, "com.acme.aikit.GenAiCatalog_aikit\n".getBytes());
    return all;
  }

  /** What report and check do: the dependency scan picks the declaring jars, the reader reads them. */
  private DependencyUseReader.Result read(Dependency... dependencies) {
    List<String> declaring = new DependencyScanner(MarkerCatalog.builtIn())
        .scan(List.of(dependencies)).declaring();
    return new DependencyUseReader().read(Stream.of(dependencies)
        .filter(d -> declaring.contains(d.coordinates())).toList());
  }

  @Test
  void aJarWithTheCatalogListsItsUsesWithItsCoordinatesAndWhereInIt() throws IOException {
    DependencyUseReader.Result result = read(new Dependency("com.acme", "aikit", "1.0",
        jar("aikit-1.0.jar", withCatalog(classes))));

    assertEquals(List.of(), result.warnings());
    UseDeclaration use = result.uses().get(0);
    assertEquals(1, result.uses().size());
    assertEquals("meeting-summary", use.id());
    assertEquals("com.acme.aikit.Summarizer#summarize(java.lang.String)", use.element());
    assertEquals("com.acme:aikit:1.0", use.module());
    assertEquals("openai-gpt", use.tool());
    assertEquals(List.of(DataInput.NONE), use.inputs());
    assertEquals(List.of(Creates.ANALYSIS), use.creates());
    assertEquals("aikit-1.0.jar!/" + SUMMARIZER, use.sourceFile());
    // A class file knows a method by the line of its first code.
    assertEquals(javac.lineOf(SUMMARIZER, "first-code-line"), use.line());
  }

  @Test
  void twinTheSameClassesWithoutTheServiceFileListNothing() throws IOException {
    DependencyUseReader.Result result = read(new Dependency("com.acme", "aikit", "1.0",
        jar("aikit-1.0.jar", classes)));

    assertEquals(List.of(), result.uses());
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void aCatalogJarWithAnUnreadableClassIsAWarningNamingTheJarAndTheClass() throws IOException {
    Map<String, byte[]> entries = withCatalog(classes);
    entries.put("com/acme/aikit/Broken.class", new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1});

    DependencyUseReader.Result result = read(new Dependency("com.acme", "aikit", "1.0",
        jar("aikit-1.0.jar", entries)));

    assertEquals(1, result.uses().size());
    assertEquals(1, result.warnings().size(), result.warnings().toString());
    assertEquals(true, result.warnings().get(0).startsWith("Cannot read"
        + " com/acme/aikit/Broken.class in dependency com.acme:aikit:1.0 (aikit-1.0.jar): "),
        result.warnings().get(0));
    assertEquals(true, result.warnings().get(0).endsWith("; a GenAI use it declares is not"
        + " judged. Report it to the dependency's maintainers."), result.warnings().get(0));
  }

  @Test
  void aCatalogJarWhoseClassesDeclareNothingIsAWarningNotSilence() throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes());

    DependencyUseReader.Result result = read(new Dependency("com.acme", "stripped", "1.0",
        jar("stripped-1.0.jar", withCatalog(entries))));

    assertEquals(List.of(), result.uses());
    assertEquals(List.of("Dependency com.acme:stripped:1.0 (stripped-1.0.jar) carries a GenAI"
        + " catalog (" + DependencyScanner.CATALOG_SERVICE + ") but none of its 0 class files"
        + " declares @GenAiUse: the uses its catalog lists cannot be judged. Ask its maintainers"
        + " to keep @GenAiUse (retention RUNTIME) in the classes they ship."), result.warnings());
  }

  @Test
  void aCatalogFileThatIsNoJarIsAWarningNamingIt() throws IOException {
    Path notAJar = temp.resolve("aikit-1.0.jar");
    Files.writeString(notAJar, "truncated");

    DependencyUseReader.Result result = new DependencyUseReader().read(List.of(
        new Dependency("com.acme", "aikit", "1.0", notAJar)));

    assertEquals(List.of(), result.uses());
    assertEquals(1, result.warnings().size());
    assertEquals(true, result.warnings().get(0).startsWith("Cannot read the GenAI uses dependency"
        + " com.acme:aikit:1.0 (aikit-1.0.jar) declares: "), result.warnings().get(0));
  }
}
