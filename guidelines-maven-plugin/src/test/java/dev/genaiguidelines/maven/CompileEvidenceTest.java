package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the compile left: every compiled source has its class, and uses come with a catalog. */
class CompileEvidenceTest {

  @TempDir Path project;

  private CompiledModule module() {
    return new CompiledModule("", project, Path.of("target/classes"),
        List.of(Path.of("src/main/java")));
  }

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Optional<String> incomplete(int classCount) {
    return CompileEvidence.incompleteCompile(module(), classCount, project.resolve("target"),
        project.resolve("target/classes"));
  }

  private void sources(String... names) throws IOException {
    for (String name : names) {
      write("src/main/java/com/x/" + name + ".java", "package com.x; class " + name + " {}");
    }
  }

  private void classes(String... names) throws IOException {
    for (String name : names) {
      write("target/classes/com/x/" + name + ".class", "");
    }
  }

  @Test
  void everySourceWithItsClassIsACompleteCompile() throws IOException {
    sources("A", "B");
    write("src/main/java/com/x/package-info.java", "package com.x;");
    classes("A", "B");
    assertEquals(Optional.empty(), incomplete(2));
  }

  @Test
  void noClassForAnySourceIsACompileThatFailedOrDidNotRun() throws IOException {
    sources("A", "B");
    Files.createDirectories(project.resolve("target/classes"));
    assertEquals(Optional.of("No class in target/classes although the project has 2 Java"
        + " sources: the compile failed or did not run (is maven.compiler.failOnError false?), so"
        + " there is nothing the GenAI guidelines could be checked on. Fix the compile errors,"
        + " then run mvn verify."), incomplete(0));
  }

  @Test
  void aSourceWithoutItsClassIsACompileThatFailedForIt() throws IOException {
    sources("A", "B");
    classes("A");
    assertEquals(Optional.of("1 Java source compiled into target/classes left no class:"
        + " src/main/java/com/x/B.java (no com/x/B.class). The compile failed for it (is"
        + " maven.compiler.failOnError false?), so the GenAI guidelines would judge an incomplete"
        + " module. Fix the compile errors, then run mvn verify."), incomplete(1));
  }

  @Test
  void theCompilersRecordOfItsInputsKeepsExcludedSourcesOut() throws IOException {
    sources("A", "Excluded");
    classes("A");
    // maven-compiler-plugin lists the sources it compiled, after its includes and excludes.
    write("target/maven-status/maven-compiler-plugin/compile/default-compile/inputFiles.lst",
        project.resolve("src/main/java/com/x/A.java") + "\n");
    assertEquals(Optional.empty(), incomplete(1));
    // The same record with the excluded source compiled and failing is caught.
    write("target/maven-status/maven-compiler-plugin/compile/default-compile/inputFiles.lst",
        project.resolve("src/main/java/com/x/A.java") + "\n"
            + project.resolve("src/main/java/com/x/Excluded.java") + "\n");
    assertTrue(incomplete(1).orElseThrow().startsWith("1 Java source compiled into"
        + " target/classes left no class: src/main/java/com/x/Excluded.java"
        + " (no com/x/Excluded.class)."));
  }

  /**
   * The compiler's record can name a source deleted since (an incremental build that compiled
   * nothing): a source that is gone expects no class, with classes or without any.
   */
  @Test
  void aSourceTheRecordListsButThatIsGoneExpectsNoClass() throws IOException {
    sources("A");
    classes("A");
    write("target/maven-status/maven-compiler-plugin/compile/default-compile/inputFiles.lst",
        project.resolve("src/main/java/com/x/A.java") + "\n"
            + project.resolve("src/main/java/com/x/Gone.java") + "\n");
    assertEquals(Optional.empty(), incomplete(1));
    Files.delete(project.resolve("src/main/java/com/x/A.java"));
    Files.delete(project.resolve("target/classes/com/x/A.class"));
    assertEquals(Optional.empty(), incomplete(0));
  }

  /** The twin: a listed source that is there, without its class, is caught. */
  @Test
  void aSourceTheRecordListsThatIsThereExpectsItsClass() throws IOException {
    sources("A", "Here");
    classes("A");
    write("target/maven-status/maven-compiler-plugin/compile/default-compile/inputFiles.lst",
        project.resolve("src/main/java/com/x/A.java") + "\n"
            + project.resolve("src/main/java/com/x/Here.java") + "\n");
    assertTrue(incomplete(1).orElseThrow().startsWith("1 Java source compiled into"
        + " target/classes left no class: src/main/java/com/x/Here.java (no com/x/Here.class)."));
    Files.delete(project.resolve("target/classes/com/x/A.class"));
    assertTrue(incomplete(0).orElseThrow().startsWith("No class in target/classes although the"
        + " project has 2 Java sources"));
  }

  @Test
  void manyMissingClassesAreCountedAfterTheFirstFive() throws IOException {
    sources("A", "B", "C", "D", "E", "F", "G");
    classes("A");
    assertTrue(incomplete(1).orElseThrow().startsWith("6 Java sources compiled into"
        + " target/classes left no class: src/main/java/com/x/B.java (no com/x/B.class),"
        + " src/main/java/com/x/C.java (no com/x/C.class), src/main/java/com/x/D.java (no"
        + " com/x/D.class), src/main/java/com/x/E.java (no com/x/E.class),"
        + " src/main/java/com/x/F.java (no com/x/F.class) and 1 more. The compile failed for"
        + " them"), incomplete(1).orElseThrow());
  }

  @Test
  void classesReadFromElsewhereAreNotComparedWithTheCompile() throws IOException {
    sources("A", "B");
    Files.createDirectories(project.resolve("target/classes"));
    // guidelines.classesDirectory names another directory than the compiler's output.
    assertEquals(Optional.empty(), CompileEvidence.incompleteCompile(module(), 0,
        project.resolve("target"), project.resolve("target/other-classes")));
    assertTrue(CompileEvidence.incompleteCompile(module(), 0, project.resolve("target"),
        Path.of("target/classes")).isPresent(), "a relative output is the project's");
  }

  @Test
  void aSourceWhoseOnlyTypeIsNamedOtherwiseExpectsNoClassOfItsName() throws IOException {
    sources("A");
    classes("A", "Helper");
    write("src/main/java/com/x/Util.java", "package com.x;\n\nclass Helper {}\n");
    assertEquals(Optional.empty(), incomplete(2));
    // Its twin declares its namesake, whose class is missing: the compile failed for it.
    write("src/main/java/com/x/Util.java", "package com.x;\n\nfinal class Util {}\n");
    assertTrue(incomplete(2).orElseThrow().startsWith("1 Java source compiled into"
        + " target/classes left no class: src/main/java/com/x/Util.java (no com/x/Util.class)."));
  }

  @Test
  void aProjectWithoutSourcesHasNothingToBeIncomplete() {
    assertEquals(Optional.empty(), incomplete(0));
  }

  @Test
  void aCatalogIsAServiceFileNamingAProviderThatIsThere() throws IOException {
    assertFalse(CompileEvidence.hasCatalog(module()));

    write("target/classes/" + CompileEvidence.CATALOG_SERVICE,
        "# generated\ncom.x.GenAiUses_0d68a201\n");
    assertFalse(CompileEvidence.hasCatalog(module()), "the provider's class is missing");

    write("target/classes/com/x/GenAiUses_0d68a201.class", "");
    assertTrue(CompileEvidence.hasCatalog(module()));
  }

  private CompiledModule shipping(Path jar) {
    return new CompiledModule("", project, Path.of("target/classes"),
        List.of(Path.of("src/main/java")), jar);
  }

  private Path jar(String... entriesAndTexts) throws IOException {
    Path jar = project.resolve("target/x-1.0.jar");
    Files.createDirectories(jar.getParent());
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (int i = 0; i < entriesAndTexts.length; i += 2) {
        out.putNextEntry(new ZipEntry(entriesAndTexts[i]));
        out.write(entriesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void theCatalogOfAScannedJarIsReadFromTheJar() throws IOException {
    // A module a build cache restored: the jar, and no classes directory at all.
    Path jar = jar(CompileEvidence.CATALOG_SERVICE, "com.x.GenAiUses_0d68a201\n",
        "com/x/GenAiUses_0d68a201.class", "");
    assertTrue(CompileEvidence.hasCatalog(shipping(jar)));
  }

  @Test
  void aScannedJarWithoutTheCatalogHasNone() throws IOException {
    // The classes directory holds a catalog, but the jar that ships does not.
    write("target/classes/" + CompileEvidence.CATALOG_SERVICE, "com.x.GenAiUses_0d68a201\n");
    write("target/classes/com/x/GenAiUses_0d68a201.class", "");
    assertFalse(CompileEvidence.hasCatalog(shipping(jar("com/x/A.class", ""))));
    assertFalse(CompileEvidence.hasCatalog(shipping(jar(CompileEvidence.CATALOG_SERVICE,
        "com.x.GenAiUses_0d68a201\n"))), "the provider's class is missing from the jar");
  }

  @Test
  void aJarWithoutAClassesDirectoryIsNotComparedWithACompile() throws IOException {
    sources("A", "B");
    Path jar = jar("com/x/A.class", "");
    assertTrue(CompileEvidence.onlyTheJar(shipping(jar)));
    assertEquals(Optional.empty(), CompileEvidence.incompleteCompile(shipping(jar), 1,
        project.resolve("target"), project.resolve("target/classes")));
  }

  @Test
  void aJarBesideItsClassesDirectoryIsComparedWithTheCompile() throws IOException {
    sources("A", "B");
    classes("A");
    Path jar = jar("com/x/A.class", "");
    assertFalse(CompileEvidence.onlyTheJar(shipping(jar)));
    assertEquals(Optional.of("1 Java source compiled into target/classes left no class:"
        + " src/main/java/com/x/B.java (no com/x/B.class). The compile failed for it (is"
        + " maven.compiler.failOnError false?), so the GenAI guidelines would judge an incomplete"
        + " module. Fix the compile errors, then run mvn verify."),
        CompileEvidence.incompleteCompile(shipping(jar), 1, project.resolve("target"),
            project.resolve("target/classes")));
  }
}
