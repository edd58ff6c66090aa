package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.genaiguidelines.maven.report.ScanScope;
import dev.genaiguidelines.maven.scan.UnreadableClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a module's scan reads (the jar that ships, else its classes) and when it finds too little. */
class ShippedArtifactTest {

  @TempDir Path project;

  @BeforeEach
  void sources() throws IOException {
    Path sources = Files.createDirectories(project.resolve("src/main/java/com/x"));
    Files.writeString(sources.resolve("Dub.java"), "package com.x; class Dub {}\n");
    Files.createDirectories(project.resolve("target/classes"));
  }

  private CompiledModule module(Path jar) {
    return new CompiledModule("", project, Path.of("target/classes"),
        List.of(Path.of("src/main/java")), jar);
  }

  private static ModuleScan scanOf(CompiledModule module, int classes) {
    return new ModuleScan(module, List.of(), List.of(), List.of(),
        new ScanScope(module.scopeSource(), "", classes, 0));
  }

  @Test
  void theJarThatShipsIsScannedAndNamedByItsFileName() throws IOException {
    Path jar = Files.write(project.resolve("target/dub-1.0.jar"), new byte[] {'P', 'K'});
    CompiledModule module = module(jar);
    assertEquals(jar, module.scanned());
    assertEquals("dub-1.0.jar", module.scopeSource());
    assertEquals(List.of("Cannot read file target/dub-1.0.jar!/../evil.txt: bad name. Rebuild"
            + " it (mvn clean verify); if it comes from another tool, report the file to the"
            + " GenAI guidelines project."),
        new ModuleScan(module, List.of(), List.of(),
            List.of(new UnreadableClass("../evil.txt", "bad name")),
            new ScanScope("dub-1.0.jar", "", 0, 1)).unreadableMessages());
  }

  @Test
  void withoutAJarTheClassesDirectoryIsScannedAndNamedRelativeToTheProject() {
    CompiledModule module = module(null);
    assertEquals(project.resolve("target/classes"), module.scanned());
    assertEquals("target/classes", module.scopeSource());
  }

  @Test
  void aJarWithoutClassesOfAModuleWithSourcesFailsSayingWhy() throws IOException {
    Path jar = Files.write(project.resolve("target/dub-1.0.jar"), new byte[] {'P', 'K'});
    CompiledModule module = module(jar);
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> AbstractGuidelinesMojo.requireClassesForSources(module, scanOf(module, 0)));
    assertEquals("The GenAI scan found no class file in target/dub-1.0.jar although the project"
        + " has Java sources: the jar that ships holds none of its compiled classes; package it"
        + " after compile from the classes directory (mvn package).", e.getMessage());
  }

  @Test
  void anEmptyClassesDirectoryOfAModuleWithSourcesFailsSayingWhy() {
    CompiledModule module = module(null);
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> AbstractGuidelinesMojo.requireClassesForSources(module, scanOf(module, 0)));
    assertEquals("The GenAI scan found no class file in target/classes although the project"
        + " has Java sources: the classes directory is empty; run the goal after compile (mvn"
        + " verify), or set guidelines.classesDirectory to where the classes are.",
        e.getMessage());
  }

  @Test
  void aScanWithClassesOrAModuleWithoutSourcesPasses() throws Exception {
    CompiledModule module = module(null);
    AbstractGuidelinesMojo.requireClassesForSources(module, scanOf(module, 1));
    Files.delete(project.resolve("src/main/java/com/x/Dub.java"));
    AbstractGuidelinesMojo.requireClassesForSources(module, scanOf(module, 0));
  }
}
