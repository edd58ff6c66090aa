package com.example.studio.gateway;

import java.util.List;
import java.util.Objects;

/**
 * The studio's client for its internal AI gateway, which routes each request to a vetted model.
 * This example fakes the answers, so it builds and runs without network access or an SDK.
 */
public final class StudioAiGateway {

  /** Where the gateway runs; a request never leaves the studio's enterprise environment. */
  public static final String ENDPOINT = "https://ai-gateway.studio.internal/v1";

  private final String tool;

  private StudioAiGateway(String tool) {
    this.tool = Objects.requireNonNull(tool, "tool");
  }

  /** A client for one tool of the studio's registry (see genai-policy.yaml). */
  public static StudioAiGateway forTool(String tool) {
    return new StudioAiGateway(tool);
  }

  /** Sends a prompt, and optionally reference material, and returns the generated result. */
  public Generation generate(String prompt, List<String> references) {
    return new Generation(tool, "[" + tool + "] " + prompt, List.copyOf(references));
  }

  /** What the gateway returned: the text or the id of the generated media. */
  public record Generation(String tool, String output, List<String> references) {}
}
