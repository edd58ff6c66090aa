package dev.genaiguidelines.policy;

import java.util.List;
import java.util.TreeSet;

/**
 * What marks a GenAI call in compiled code: SDK packages and endpoint hosts (GAI301).
 *
 * @param packages package prefixes; a type is in one when its name equals it or starts with it
 *     followed by a dot
 * @param hosts substrings of string constants that name a GenAI endpoint
 */
public record DetectionMarkers(List<String> packages, List<String> hosts) {

  /** The built-in markers of the contract. */
  public static final DetectionMarkers BUILT_IN =
      new DetectionMarkers(
          List.of(
              "com.openai",
              "com.anthropic",
              "com.google.genai",
              "com.google.cloud.vertexai",
              "software.amazon.awssdk.services.bedrockruntime",
              "com.azure.ai.openai",
              "com.azure.ai.inference",
              "dev.langchain4j",
              "org.springframework.ai",
              "io.github.sashirestela.openai",
              "com.theokanning.openai",
              "io.github.ollama4j"),
          List.of(
              "api.openai.com",
              "api.anthropic.com",
              "generativelanguage.googleapis.com",
              "aiplatform.googleapis.com",
              "bedrock-runtime.",
              "openai.azure.com",
              "api.stability.ai",
              "runwayml.com",
              "api.elevenlabs.io",
              "api.replicate.com",
              "api.mistral.ai",
              "api.cohere.com",
              "fal.run"));

  public DetectionMarkers {
    packages = List.copyOf(new TreeSet<>(packages));
    hosts = List.copyOf(new TreeSet<>(hosts));
  }

  /** These markers plus {@code extra}, sorted and without repeats. */
  public DetectionMarkers plus(DetectionMarkers extra) {
    TreeSet<String> allPackages = new TreeSet<>(packages);
    allPackages.addAll(extra.packages);
    TreeSet<String> allHosts = new TreeSet<>(hosts);
    allHosts.addAll(extra.hosts);
    return new DetectionMarkers(List.copyOf(allPackages), List.copyOf(allHosts));
  }
}
