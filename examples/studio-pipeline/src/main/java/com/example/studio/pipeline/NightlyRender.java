package com.example.studio.pipeline;

import com.example.studio.previs.StoryboardGenerator;
import com.example.studio.vfx.CrowdExtension;
import dev.genaiguidelines.annotations.GenAiCatalog;
import dev.genaiguidelines.annotations.GenAiProvenance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The nightly render step: the crowd extension of each plate for the final cut, and rough
 * storyboard frames for previs. Every file it writes gets a provenance sidecar naming the use
 * that generated it, so {@code mvn guidelines:delivery-check} can tell what may leave the studio.
 *
 * <pre>
 * java -cp guidelines-annotations.jar:target/studio-pipeline-1.0.0-SNAPSHOT.jar \
 *     com.example.studio.pipeline.NightlyRender target/nightly nightly-0042
 * </pre>
 */
public final class NightlyRender {

  private static final List<String> PLATES = List.of("sh010", "sh020");

  private NightlyRender() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/nightly");
    String runId = args.length > 1 ? args[1] : "";
    // Load once: the catalog lists every @GenAiUse compiled into the jars on the class path.
    GenAiCatalog catalog = GenAiCatalog.load();
    Instant renderedAt = Instant.now();

    CrowdExtension crowd = new CrowdExtension();
    for (String plate : PLATES) {
      Path shot = write(out.resolve("shots").resolve(plate + "_crowd.exr"),
          plate + ": " + crowd.extend(plate));
      stamped(out, GenAiProvenance.stamp(catalog, "crowd-extension", shot, renderedAt, runId));
    }

    List<String> frames = new StoryboardGenerator().frames(PLATES);
    for (int i = 0; i < PLATES.size(); i++) {
      Path frame = write(out.resolve("previs").resolve(PLATES.get(i) + "_board.png"),
          PLATES.get(i) + ": " + frames.get(i));
      // Temporary material is stamped too: its sidecar is what keeps it out of a delivery.
      stamped(out, GenAiProvenance.stamp(catalog, "previs-storyboards", frame, renderedAt, runId));
    }
  }

  /** Stands in for the renderer: the example writes the generated result as text. */
  private static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static void stamped(Path out, Path sidecar) {
    System.out.println("stamped " + out.relativize(sidecar).toString().replace('\\', '/'));
  }
}
