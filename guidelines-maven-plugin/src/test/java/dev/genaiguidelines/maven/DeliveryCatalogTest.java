package dev.genaiguidelines.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.annotations.GenAiCatalog;
import dev.genaiguidelines.annotations.GenAiProvenance;
import dev.genaiguidelines.processor.GenAiUseProcessor;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog of a module really compiled with the guidelines processor: a program with only the
 * annotations and the module's classes finds every use by id, and {@code delivery-check} judges
 * material stamped by it.
 */
class DeliveryCatalogTest {

  private static final String POLICY = """
      policy: netflix-2025
      tools:
        - id: runway-gen4
          vendor: Runway
          enterpriseSecured: true
          trainsOnInputs: false
          retainsInputs: false
      approvals:
        - id: APR-2025-0042
          uses: [crowd-extension]
          approvedBy: Studio Legal
          date: 2025-09-01
          expires: 2030-12-31
      consents: []
      """;

  private static final Map<String, String> SOURCES = Map.of(
      "com/example/vfx/CrowdExtender.java", """
          package com.example.vfx;

          import dev.genaiguidelines.annotations.*;

          @GenAiUse(id = "crowd-extension", tool = "runway-gen4",
              purpose = "Extends crowd plates with generated far-background extras.",
              output = Output.FINAL_DELIVERABLE, inputs = DataInput.PRODUCTION_MATERIAL,
              creates = Creates.BACKGROUND_ELEMENT, approval = "APR-2025-0042")
          public class CrowdExtender {}
          """,
      "com/example/vfx/StoryboardDrafts.java", """
          package com.example.vfx;

          import dev.genaiguidelines.annotations.*;

          public class StoryboardDrafts {
            @GenAiUse(id = "storyboard-frames", tool = "runway-gen4",
                purpose = "Drafts rough storyboard frames from the shot list.",
                output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.PREVIS)
            public byte[] draft(String shot) { return shot.getBytes(); }
          }
          """,
      "com/example/vfx/cleanup/package-info.java", """
          @GenAiUse(id = "plate-cleanup", tool = "runway-gen4",
              purpose = "Tags plates that need paint-out.", output = Output.TEMPORARY,
              inputs = DataInput.PRODUCTION_MATERIAL, creates = Creates.ANALYSIS)
          package com.example.vfx.cleanup;

          import dev.genaiguidelines.annotations.*;
          """,
      "com/example/vfx/cleanup/PlateTagger.java", """
          package com.example.vfx.cleanup;

          public class PlateTagger {}
          """,
      "com/example/vfx/CatalogListing.java", """
          package com.example.vfx;

          import dev.genaiguidelines.annotations.GenAiCatalog;

          /** Prints what a pipeline program finds in its catalog, by id. */
          public final class CatalogListing {
            public static void main(String[] ids) {
              GenAiCatalog catalog = GenAiCatalog.load();
              System.out.println(catalog);
              for (String id : ids) {
                System.out.println(id + " -> " + catalog.find(id)
                    .map(u -> u.element() + " " + u.output() + " " + u.verdict()).orElse("none"));
              }
            }
          }
          """);

  @TempDir Path temp;

  private Path vfxClasses;
  @RegisterExtension final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void compileTheModule() throws Exception {
    Path module = temp.resolve("vfx");
    Files.createDirectories(module);
    Files.writeString(module.resolve("genai-policy.yaml"), POLICY);
    vfxClasses = module.resolve("target/classes");
    Path generated = module.resolve("target/generated-sources/annotations");
    Files.createDirectories(vfxClasses);
    Files.createDirectories(generated);
    List<Path> sources = new ArrayList<>();
    for (Map.Entry<String, String> source : SOURCES.entrySet()) {
      Path file = module.resolve("src/main/java").resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), UTF_8);
      sources.add(file);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, List.of(
              "--release", "17", "-cp", annotations().toString(), "-d", vfxClasses.toString(),
              "-s", generated.toString(), "-Agenai.policy=" + module.resolve("genai-policy.yaml"),
              "-Agenai.asOf=2026-06-01"),
          null, files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new GenAiUseProcessor()));
      assertTrue(task.call(), diagnostics.getDiagnostics().toString());
    }
  }

  private static Path annotations() throws Exception {
    return Path.of(GenAiCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void aProgramWithOnlyTheAnnotationsAndTheModuleFindsEveryUseByIdAndNothingMore()
      throws Exception {
    Process program = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", annotations() + File.pathSeparator + vfxClasses,
        "com.example.vfx.CatalogListing",
        "crowd-extension", "storyboard-frames", "plate-cleanup", "matte-painting")
        .redirectErrorStream(true).start();
    assertTrue(program.waitFor(60, TimeUnit.SECONDS), "the program did not end");
    String output = new String(program.getInputStream().readAllBytes(), UTF_8);
    assertEquals(0, program.exitValue(), output);
    assertEquals(List.of(
        "GenAiCatalog[3 uses]",
        "crowd-extension -> com.example.vfx.CrowdExtender FINAL_DELIVERABLE APPROVED",
        "storyboard-frames -> com.example.vfx.StoryboardDrafts#draft(java.lang.String) TEMPORARY"
            + " SOCIALIZE",
        "plate-cleanup -> com.example.vfx.cleanup TEMPORARY SOCIALIZE",
        "matte-painting -> none"), output.lines().toList());
  }

  @Test
  void theGatePassesTheModulesApprovedMaterialAndNamesItsTemporaryMaterial() throws Exception {
    Path project = temp.resolve("delivery-project");
    Path delivery = project.resolve("delivery");
    Files.createDirectories(delivery.resolve("boards"));
    Files.writeString(project.resolve("genai-policy.yaml"), POLICY);
    try (URLClassLoader pipeline = new URLClassLoader(new URL[] {vfxClasses.toUri().toURL()},
        getClass().getClassLoader())) {
      GenAiCatalog catalog = GenAiCatalog.load(pipeline);
      Instant at = Instant.parse("2026-06-01T08:00:00Z");
      Files.writeString(delivery.resolve("shot_010.exr"), "crowd");
      GenAiProvenance.stamp(catalog, "crowd-extension", delivery.resolve("shot_010.exr"), at, "");
      MavenProject maven = MojoHarness.project(project, "delivery-project");
      DeliveryFixtures.dependOn(maven, "vfx", vfxClasses);
      Map<String, String> properties = Map.of("guidelines.deliveryDirectory", "delivery",
          "guidelines.asOf", "2026-06-01");
      harness.mojo("delivery-check", maven, properties, log).execute();
      assertEquals("[INFO] Delivery check passed: 1 asset with GenAI provenance, all cleared for"
          + " delivery.", log.lines().get(1));

      Files.writeString(delivery.resolve("boards/board_010.png"), "sketch");
      GenAiProvenance.stamp(catalog, "storyboard-frames", delivery.resolve("boards/board_010.png"),
          at, "");
      RecordingLog failing = new RecordingLog();
      assertThrows(MojoFailureException.class,
          () -> harness.mojo("delivery-check", maven, properties, failing).execute());
      assertEquals(List.of("[INFO] GenAI delivery check of delivery: 3 uses in the catalog of the"
              + " runtime class path, verdicts judged again with policy netflix-2025"
              + " (genai-policy.yaml), as of 2026-06-01",
          "[ERROR] boards/board_010.png: generated by temporary use 'storyboard-frames' (output"
              + " TEMPORARY): temporary material must not be delivered"), failing.lines());
    }
  }
}
