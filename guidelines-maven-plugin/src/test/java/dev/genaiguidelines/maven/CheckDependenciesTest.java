package dev.genaiguidelines.maven;

import static dev.genaiguidelines.maven.MojoFixtures.BOARDS;
import static dev.genaiguidelines.maven.MojoFixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} on a module that ships a GenAI SDK (GAI302): it fails when neither the module
 * nor a dependency bringing the SDK declares a use, and passes when either does.
 */
class CheckDependenciesTest {

  private static final String GAI302 = "[GAI302] module pipeline: ships"
      + " com.openai:openai-java-core:4.8.0 (OpenAI) on its runtime class path but declares no"
      + " @GenAiUse, and no dependency that brings it declares one (Netflix GenAI guidance, every"
      + " intended use is shared with the studio, so every use is declared once and well). Fix:"
      + " declare how the module uses OpenAI with @GenAiUse, or remove"
      + " com.openai:openai-java-core:4.8.0 from its dependencies.";

  @TempDir Path project;
  @TempDir Path repository;

  @RegisterExtension final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void policy() throws IOException {
    Files.writeString(project.resolve("genai-policy.yaml"), POLICY);
  }

  private Artifact jar(String groupId, String artifactId, List<String> trail, String... entries)
      throws IOException {
    Path jar = repository.resolve(artifactId + ".jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (String entry : entries) {
        out.putNextEntry(new ZipEntry(entry));
        if (entry.endsWith(".class")) {
          // A real (empty) class: the dependency scan reads every class outside the SDKs.
          ClassWriter writer = new ClassWriter(0);
          writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC,
              entry.substring(0, entry.length() - ".class".length()), null, "java/lang/Object",
              null);
          writer.visitEnd();
          out.write(writer.toByteArray());
        }
        out.closeEntry();
      }
    }
    Artifact artifact = new DefaultArtifact(groupId, artifactId, "4.8.0", "compile", "jar", null,
        new DefaultArtifactHandler("jar"));
    artifact.setFile(jar.toFile());
    artifact.setDependencyTrail(trail);
    return artifact;
  }

  private Artifact openAi(List<String> trail) throws IOException {
    return jar("com.openai", "openai-java-core", trail, "com/openai/client/OpenAIClient.class");
  }

  private void check(Map<String, String> properties, Artifact... dependencies) throws Exception {
    MavenProject maven = MojoHarness.project(project, "pipeline");
    maven.setArtifacts(new LinkedHashSet<>(List.of(dependencies)));
    harness.mojo("check", maven, properties, log).execute();
  }

  private List<String> lines(String level) {
    return log.lines().stream().filter(l -> l.startsWith(level)).toList();
  }

  private void compilePlainClass() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/Plain.java",
        "package com.example; public class Plain { }"));
  }

  @Test
  void aModuleShippingAnSdkWithoutAnyUseFails() throws Exception {
    compilePlainClass();
    MojoFailureException e = assertThrows(MojoFailureException.class,
        () -> check(Map.of(), openAi(List.of("com.example:pipeline:jar:1.0",
            "com.openai:openai-java:jar:4.8.0", "com.openai:openai-java-core:jar:4.8.0"))));

    assertEquals("GenAI guidelines failed: 1 GenAI SDK shipped by a module that declares no"
        + " @GenAiUse (GAI302); see the errors above, or set guidelines.failOnUndeclared=false to"
        + " log them as warnings.", e.getMessage());
    assertEquals(List.of("[ERROR] " + GAI302), lines("[ERROR]"));
  }

  @Test
  void withFailOnUndeclaredFalseItIsAWarning() throws Exception {
    compilePlainClass();
    check(Map.of("guidelines.failOnUndeclared", "false"), openAi(null));

    assertEquals(List.of(), lines("[ERROR]"));
    assertEquals(List.of("[WARNING] " + GAI302, "[WARNING] GenAI guidelines: 1 GenAI SDK shipped"
        + " by a module that declares no @GenAiUse (GAI302); not failing the build because"
        + " guidelines.failOnUndeclared is false."), lines("[WARNING]"));
  }

  @Test
  void aStudioLibraryInThePolicysDetectPackagesIsAGenAiSdk() throws Exception {
    Files.writeString(project.resolve("genai-policy.yaml"), POLICY + """
        detect:
          packages: [com.studio.aikit]
        """);
    compilePlainClass();
    assertThrows(MojoFailureException.class, () -> check(Map.of(), studioLibrary()));

    assertEquals(List.of("[ERROR] [GAI302] module pipeline: ships com.studio:aikit:4.8.0 (detect:"
        + " com.studio.aikit) on its runtime class path but declares no @GenAiUse, and no"
        + " dependency that brings it declares one (Netflix GenAI guidance, every intended use is"
        + " shared with the studio, so every use is declared once and well). Fix: declare how the"
        + " module uses detect: com.studio.aikit with @GenAiUse, or remove com.studio:aikit:4.8.0"
        + " from its dependencies."), lines("[ERROR]"));
  }

  @Test
  void theSameLibraryWithoutADetectPackageIsNoSdk() throws Exception {
    compilePlainClass();
    check(Map.of(), studioLibrary());

    assertEquals(List.of(), lines("[ERROR]"));
    assertEquals(List.of(), lines("[WARNING]"));
  }

  private Artifact studioLibrary() throws IOException {
    return jar("com.studio", "aikit", null, "com/studio/aikit/Chat.class");
  }

  @Test
  void theReportSaysWhatCheckFailsOn() throws Exception {
    compilePlainClass();
    Artifact sdk = openAi(null);
    MavenProject maven = MojoHarness.project(project, "pipeline");
    maven.setArtifacts(new LinkedHashSet<>(List.of(sdk)));
    harness.mojo("report", maven, Map.of(), new RecordingLog()).execute();
    assertThrows(MojoFailureException.class, () -> check(Map.of(), sdk));

    String json = Files.readString(
        project.resolve("target/genai-compliance/genai-compliance.json"));
    assertTrue(json.contains("\"errors\": 1,"), json);
    assertTrue(json.contains("\"findings\": [\n        {\n          \"rule\": \"GAI302\",\n"
        + "          \"severity\": \"ERROR\",\n          \"message\": \"" + GAI302 + "\""), json);
    assertEquals(List.of("[ERROR] " + GAI302), lines("[ERROR]"));
  }

  @Test
  void theReportOfAModuleThatPassesHasNoFinding() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
    Artifact sdk = openAi(null);
    MavenProject maven = MojoHarness.project(project, "pipeline");
    maven.setArtifacts(new LinkedHashSet<>(List.of(sdk)));
    harness.mojo("report", maven, Map.of(), new RecordingLog()).execute();
    check(Map.of("guidelines.failOnMissingCatalog", "false"), sdk);

    String json = Files.readString(
        project.resolve("target/genai-compliance/genai-compliance.json"));
    assertTrue(json.contains("\"errors\": 0,"), json);
    assertTrue(json.contains("\"declaresUses\": false,\n      \"findings\": []\n"), json);
    assertEquals(List.of(), lines("[ERROR]"));
  }

  @Test
  void aModuleWithoutAnSdkPasses() throws Exception {
    compilePlainClass();
    check(Map.of(), jar("com.example", "plain-lib", null, "com/example/lib/Util.class"));

    assertEquals(List.of(), lines("[ERROR]"));
    assertEquals(List.of(), lines("[WARNING]"));
  }

  @Test
  void anSdkBroughtByADependencyThatDeclaresAUsePasses() throws Exception {
    compilePlainClass();
    Artifact aikit = jar("com.studio", "aikit", List.of("com.example:pipeline:jar:1.0",
        "com.studio:aikit:jar:4.8.0"), "com/studio/aikit/Chat.class",
        "META-INF/services/dev.genaiguidelines.annotations.GenAiCatalog$Provider");
    check(Map.of(), aikit, openAi(List.of("com.example:pipeline:jar:1.0",
        "com.studio:aikit:jar:4.8.0", "com.openai:openai-java-core:jar:4.8.0")));

    assertEquals(List.of(), lines("[ERROR]"));
  }

  @Test
  void anSdkBroughtByADependencyThatDeclaresNoUseStillFails() throws Exception {
    compilePlainClass();
    Artifact aikit = jar("com.studio", "aikit", List.of("com.example:pipeline:jar:1.0",
        "com.studio:aikit:jar:4.8.0"), "com/studio/aikit/Chat.class");
    assertThrows(MojoFailureException.class, () -> check(Map.of(), aikit,
        openAi(List.of("com.example:pipeline:jar:1.0", "com.studio:aikit:jar:4.8.0",
            "com.openai:openai-java-core:jar:4.8.0"))));

    assertEquals(List.of("[ERROR] " + GAI302), lines("[ERROR]"));
  }

  @Test
  void aModuleThatDeclaresAUsePasses() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
    check(Map.of("guidelines.failOnMissingCatalog", "false"), openAi(null));

    assertEquals(List.of(), lines("[ERROR]"));
  }
}
