package dev.genaiguidelines.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private MojoFixtures() {}
}
