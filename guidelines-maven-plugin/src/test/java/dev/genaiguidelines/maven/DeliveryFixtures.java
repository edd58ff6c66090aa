package dev.genaiguidelines.maven;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiProvenance;
import dev.genaiguidelines.annotations.GenAiUseDescriptor;
import dev.genaiguidelines.annotations.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.project.MavenProject;

/**
 * The uses, catalog modules, policy and stamped assets the delivery-check tests share: a vfx
 * module whose approved crowd extension may be delivered and a previs module whose storyboard
 * frames are temporary.
 */
final class DeliveryFixtures {

  static final GenAiUseDescriptor CROWD = new GenAiUseDescriptor("crowd-extension",
      "com.example.vfx.CrowdExtender", "runway-gen4",
      "Extends crowd plates with generated far-background extras.", Output.FINAL_DELIVERABLE,
      List.of(DataInput.PRODUCTION_MATERIAL), List.of(Creates.BACKGROUND_ELEMENT),
      Context.FICTION, false, "", "APR-2025-0042", "", "APPROVED");

  static final GenAiUseDescriptor STORYBOARD = new GenAiUseDescriptor("storyboard-frames",
      "com.example.previs.StoryboardDrafts#draft(java.lang.String)", "runway-gen4",
      "Drafts rough storyboard frames from the shot list.", Output.TEMPORARY,
      List.of(DataInput.NONE), List.of(Creates.PREVIS), Context.FICTION, false, "", "", "",
      "SOCIALIZE");

  /** The studio's policy: the approval of the crowd extension expires on 2026-09-01. */
  static final String POLICY = """
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
          expires: 2099-09-01
      consents: []
      """;

  static final Instant GENERATED_AT = Instant.parse("2026-03-02T10:15:30Z");

  private DeliveryFixtures() {}

  /**
   * Compiles a catalog provider listing {@code uses}, as the processor would generate it, into
   * {@code module/target/classes} with its services file, and returns that directory.
   */
  static Path catalogModule(Path module, String providerName, GenAiUseDescriptor... uses)
      throws IOException {
    String pkg = providerName.substring(0, providerName.lastIndexOf('.'));
    String simple = providerName.substring(pkg.length() + 1);
    String entries = List.of(uses).stream().map(DeliveryFixtures::constructorCall)
        .collect(Collectors.joining(",\n"));
    String source = "package " + pkg + ";\n\n"
        + "import dev.genaiguidelines.annotations.*;\n"
        + "import java.util.List;\n\n"
        + "public final class " + simple + " implements GenAiCatalog.Provider {\n"
        + "  @Override public List<GenAiUseDescriptor> uses() {\n"
        + "    return List.of(\n" + entries + ");\n"
        + "  }\n"
        + "}\n";
    FixtureCompiler.compile(module,
        Map.of(providerName.replace('.', '/') + ".java", source));
    Path classes = module.resolve("target/classes");
    Path services = classes.resolve(
        "META-INF/services/dev.genaiguidelines.annotations.GenAiCatalog$Provider");
    Files.createDirectories(services.getParent());
    Files.writeString(services, providerName + "\n", StandardCharsets.UTF_8);
    return classes;
  }

  private static String constructorCall(GenAiUseDescriptor use) {
    return "      new GenAiUseDescriptor(" + quote(use.id()) + ", " + quote(use.element()) + ", "
        + quote(use.tool()) + ", " + quote(use.purpose()) + ", Output." + use.output() + ", "
        + "List.of(" + use.inputs().stream().map(i -> "DataInput." + i)
            .collect(Collectors.joining(", ")) + "), "
        + "List.of(" + use.creates().stream().map(c -> "Creates." + c)
            .collect(Collectors.joining(", ")) + "), "
        + "Context." + use.context() + ", " + use.unionCoveredWork() + ", " + quote(use.model())
        + ", " + quote(use.approval()) + ", " + quote(use.consent()) + ", "
        + quote(use.verdict()) + ")";
  }

  private static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Puts {@code classes} on the project's runtime class path as a compile dependency. */
  static void dependOn(MavenProject project, String artifactId, Path classes) {
    DefaultArtifactHandler handler = new DefaultArtifactHandler("jar");
    handler.setAddedToClasspath(true);
    Artifact artifact = new DefaultArtifact("com.example.studio", artifactId, "1.0", "compile",
        "jar", null, handler);
    artifact.setFile(classes.toFile());
    project.setArtifacts(Set.of(artifact));
  }

  /** Writes an asset with {@code content} to {@code folder/path} and stamps it with {@code use}. */
  static Path render(Path folder, String path, String content, GenAiUseDescriptor use)
      throws IOException {
    Path asset = folder.resolve(path);
    Files.createDirectories(asset.getParent());
    Files.writeString(asset, content, StandardCharsets.UTF_8);
    GenAiProvenance.stamp(use, asset, GENERATED_AT, "nightly-0042");
    return asset;
  }
}
