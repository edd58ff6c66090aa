package dev.genaiguidelines.maven;

import static dev.genaiguidelines.maven.MojoFixtures.BOARDS;
import static dev.genaiguidelines.maven.MojoFixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} on what a compile left: classes with uses and no catalog (the processor did not
 * run), and the remains of a compile that failed under {@code maven.compiler.failOnError=false}.
 */
class CheckCompileEvidenceTest {

  private static final Map<String, String> CATALOG_CHECK =
      Map.of("guidelines.failOnMissingCatalog", "true");

  @TempDir Path project;

  @RegisterExtension final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void boardsCompiledWithoutTheProcessor() throws Exception {
    Files.writeString(project.resolve("genai-policy.yaml"), POLICY);
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
  }

  private void check(Map<String, String> properties) throws Exception {
    harness.mojo("check", MojoHarness.project(project, "pipeline"), properties, log).execute();
  }

  private List<String> errors() {
    return log.lines().stream().filter(l -> l.startsWith("[ERROR]")).toList();
  }

  @Test
  void usesWithoutACatalogFailSayingHowToPutTheProcessorOnTheProcessorPath() throws Exception {
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> check(CATALOG_CHECK));

    assertEquals("The classes in target/classes declare 1 @GenAiUse but hold no GenAI catalog (no"
        + " META-INF/services/dev.genaiguidelines.annotations.GenAiCatalog$Provider):"
        + " guidelines-processor did not run when they were compiled, so nothing was checked at"
        + " compile time and GenAiCatalog.load() will find none of these uses at run time. Put"
        + " guidelines-processor on annotationProcessorPaths as shown above.", e.getMessage());
    List<String> errors = errors();
    assertEquals(16, errors.size(), errors.toString());
    assertEquals("[ERROR] Put it on maven-compiler-plugin's annotationProcessorPaths (a"
        + " <dependency> is not enough: javac 23 and later run no processor found on the class"
        + " path), remove <proc>none</proc> or -proc:none, and rebuild with mvn clean verify:",
        errors.get(1));
    assertEquals(List.of("[ERROR]     <annotationProcessorPaths>", "[ERROR]       <path>",
        "[ERROR]         <groupId>dev.genaiguidelines</groupId>",
        "[ERROR]         <artifactId>guidelines-processor</artifactId>"), errors.subList(6, 10));
    assertTrue(errors.get(10).matches("\\[ERROR]         <version>.+</version>"), errors.get(10));
    // The use itself is still judged and summarized: SOCIALIZE, nothing else wrong.
    assertTrue(log.lines().contains("[INFO]   SOCIALIZE             1"), log.lines().toString());
  }

  @Test
  void usesWithTheCatalogTheProcessorGeneratesPass() throws Exception {
    // What the processor leaves: a provider class, registered as a service.
    FixtureCompiler.compile(project, Map.of("com/example/previs/GenAiUses_5ee1c0de.java",
        "package com.example.previs; public final class GenAiUses_5ee1c0de {}"));
    Path services = project.resolve("target/classes/META-INF/services");
    Files.createDirectories(services);
    Files.writeString(project.resolve("target/classes").resolve(CompileEvidence.CATALOG_SERVICE),
        "com.example.previs.GenAiUses_5ee1c0de\n");

    check(CATALOG_CHECK);

    assertEquals(List.of(), errors());
    assertTrue(log.lines().stream().noneMatch(l -> l.contains("catalog")), log.lines().toString());
    assertTrue(log.lines().contains("[INFO]   SOCIALIZE             1"), log.lines().toString());
  }

  @Test
  void failOnMissingCatalogFalseIsForClassesCompiledWithoutTheProcessorOnPurpose()
      throws Exception {
    check(Map.of("guidelines.failOnMissingCatalog", "false"));

    assertEquals(List.of(), errors());
    assertTrue(log.lines().stream().noneMatch(l -> l.contains("catalog")), log.lines().toString());
    assertTrue(log.lines().contains("[INFO]   SOCIALIZE             1"), log.lines().toString());
  }

  @Test
  void aCompileThatLeftNoClassIsAnErrorNotNothingToCheck() throws Exception {
    Files.delete(project.resolve("target/classes/com/example/previs/Boards.class"));

    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> check(Map.of()));

    assertEquals("No class in target/classes although the project has 1 Java source: the compile"
        + " failed or did not run (is maven.compiler.failOnError false?), so there is nothing the"
        + " GenAI guidelines could be checked on. Fix the compile errors, then run mvn verify.",
        e.getMessage());
    assertTrue(log.lines().stream().noneMatch(l -> l.contains("nothing to check")),
        log.lines().toString());
  }

  @Test
  void aSourceTheCompileLeftNoClassForIsAnError() throws Exception {
    Files.writeString(project.resolve("src/main/java/com/example/previs/Broken.java"),
        "package com.example.previs; class Broken { int x = \"s\"; }");

    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> check(Map.of()));

    assertEquals("1 Java source compiled into target/classes left no class:"
        + " src/main/java/com/example/previs/Broken.java (no com/example/previs/Broken.class)."
        + " The compile failed for it (is maven.compiler.failOnError false?), so the GenAI"
        + " guidelines would judge an incomplete module. Fix the compile errors, then run mvn"
        + " verify.", e.getMessage());
  }
}
