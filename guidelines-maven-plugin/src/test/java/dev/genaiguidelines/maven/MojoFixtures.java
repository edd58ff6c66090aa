package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.scan.DependencyScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;

/** The policy, sources and dependencies several mojo tests compile and judge. */
final class MojoFixtures {

  /** A studio registry with one secured tool and an empty ledger. */
  static final String POLICY = """
      policy: netflix-2025
      tools:
        - id: studio-gateway
          vendor: Studio
          enterpriseSecured: true
          trainsOnInputs: false
          retainsInputs: false
      approvals: []
      consents: []
      """;

  /** Previs from a registered, secured tool: SOCIALIZE, no finding. */
  static final String BOARDS = """
      package com.example.previs;

      import dev.genaiguidelines.annotations.*;

      @GenAiUse(id = "storyboard-frames", tool = "studio-gateway",
          purpose = "Drafts storyboard frames.", output = Output.TEMPORARY,
          inputs = DataInput.NONE, creates = Creates.PREVIS)
      public class Boards {
        public void draft() {}
      }
      """;

  /**
   * {@code com.openai:openai-java-core:4.8.0} as a resolved compile dependency: a jar in
   * {@code dir} holding one class of the SDK's package, as the dependency scan reads it.
   */
  static Artifact openAiCore(Path dir) throws IOException {
    Path jar = dir.resolve("openai-java-core.jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new ZipEntry("com/openai/client/OpenAIClient.class"));
      out.closeEntry();
    }
    Artifact artifact = new DefaultArtifact("com.openai", "openai-java-core", "4.8.0", "compile",
        "jar", null, new DefaultArtifactHandler("jar"));
    artifact.setFile(jar.toFile());
    return artifact;
  }

  /**
   * A library's use of studio-gen, approved by APR-STALE: in com.studio.aikit.Mattes, as
   * {@link #declaringLibrary} builds it.
   */
  static final String MATTES = """
      package com.studio.aikit;

      import dev.genaiguidelines.annotations.*;

      public class Mattes {
        @GenAiUse(id = "matte-painting", tool = "studio-gen", purpose = "Paints matte backgrounds.",
            output = Output.FINAL_DELIVERABLE, inputs = DataInput.PRODUCTION_MATERIAL,
            creates = Creates.BACKGROUND_ELEMENT, approval = "APR-STALE")
        public String paint(String shot) {
          return shot;
        }
      }
      """;

  /**
   * The jar of a library declaring {@link #MATTES}, compiled in {@code build}: with
   * {@code catalog}, as guidelines-processor builds it (with the catalog's service file, which
   * marks a dependency whose uses are read); without, a jar whose annotations nothing reads.
   */
  static Path declaringLibrary(Path build, boolean catalog) throws IOException {
    FixtureCompiler.compile(build, Map.of("com/studio/aikit/Mattes.java", MATTES));
    Path classes = build.resolve("target/classes");
    Path jar = build.resolve("aikit-1.0.jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
      if (catalog) {
        out.putNextEntry(new ZipEntry(DependencyScanner.CATALOG_SERVICE));
        out.write("com.studio.aikit.GenAiCatalog_aikit\n".getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  /** {@code jar} as a resolved compile dependency {@code groupId:aikit:version}. */
  static Artifact aikit(Path jar, String groupId, String version) {
    Artifact artifact = new DefaultArtifact(groupId, "aikit", version, "compile", "jar", null,
        new DefaultArtifactHandler("jar"));
    artifact.setFile(jar.toFile());
    return artifact;
  }

  private MojoFixtures() {}
}
