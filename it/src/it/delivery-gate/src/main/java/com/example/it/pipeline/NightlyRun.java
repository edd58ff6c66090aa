package com.example.it.pipeline;

import com.example.it.previs.BoardSketch;
import com.example.it.vfx.CrowdRender;
import dev.genaiguidelines.annotations.GenAiCatalog;
import dev.genaiguidelines.annotations.GenAiProvenance;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The nightly pipeline run: renders each shot's crowd and, when asked, its storyboard frame, and
 * stamps every output with the use that generated it.
 *
 * <p>{@code java com.example.it.pipeline.NightlyRun <out> <run-id> <instant> [--with-previs] shot...}
 */
public final class NightlyRun {

  private final GenAiCatalog catalog = GenAiCatalog.load();
  private final Path out;
  private final String runId;
  private final Instant generatedAt;

  public NightlyRun(Path out, String runId, Instant generatedAt) {
    this.out = out;
    this.runId = runId;
    this.generatedAt = generatedAt;
  }

  /** Renders and stamps the crowd of {@code shot}; with {@code previs}, its frame too. */
  public void shot(String shot, boolean previs) throws IOException {
    Path crowd = new CrowdRender().render(out, shot);
    print(GenAiProvenance.stamp(catalog, "crowd-extension", crowd, generatedAt, runId));
    if (previs) {
      Path frame = new BoardSketch().sketch(out, shot);
      print(GenAiProvenance.stamp(catalog, "storyboard-frames", frame, generatedAt, runId));
    }
  }

  private void print(Path sidecar) {
    System.out.println("stamped " + out.relativize(sidecar).toString().replace('\\', '/'));
  }

  public static void main(String[] args) throws IOException {
    NightlyRun run = new NightlyRun(Path.of(args[0]), args[1], Instant.parse(args[2]));
    boolean previs = args.length > 3 && args[3].equals("--with-previs");
    for (int i = previs ? 4 : 3; i < args.length; i++) {
      run.shot(args[i], previs);
    }
  }
}
