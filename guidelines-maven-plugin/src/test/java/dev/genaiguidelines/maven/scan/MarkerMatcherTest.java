package dev.genaiguidelines.maven.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.genaiguidelines.policy.DetectionMarkers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which type names and string constants count as GenAI markers. */
class MarkerMatcherTest {

  private final MarkerMatcher builtIn = new MarkerMatcher(MarkerCatalog.builtIn().detection());

  @Test
  void matchesTypesInAMarkerPackageAndItsSubpackages() {
    assertEquals("com.openai", builtIn.packageMarkerOf("com/openai/client/OpenAIClient"));
    assertEquals("com.openai", builtIn.packageMarkerOf("com/openai/Outer$Inner"));
    assertEquals("dev.langchain4j", builtIn.packageMarkerOf("dev/langchain4j/model/ChatModel"));
  }

  @Test
  void doesNotMatchAPackageThatOnlySharesThePrefix() {
    assertNull(builtIn.packageMarkerOf("com/openaix/Client"));
    assertNull(builtIn.packageMarkerOf("com/open/ai/Client"));
    assertNull(builtIn.packageMarkerOf("java/lang/String"));
    assertNull(builtIn.packageMarkerOf("[Lcom/openai/client/OpenAIClient;"));
  }

  @Test
  void reportsTheMostSpecificOfOverlappingPackageMarkers() {
    MarkerMatcher matcher = new MarkerMatcher(new DetectionMarkers(
        List.of("com.openai", "com.openai.client"), List.of()));

    assertEquals("com.openai.client", matcher.packageMarkerOf("com/openai/client/OpenAIClient"));
    assertEquals("com.openai", matcher.packageMarkerOf("com/openai/models/ChatModel"));
  }

  @Test
  void findsHostsAnywhereInAConstant() {
    assertEquals(List.of("api.openai.com"),
        builtIn.hostsIn("https://api.openai.com/v1/chat/completions"));
    assertEquals(List.of("bedrock-runtime."),
        builtIn.hostsIn("https://bedrock-runtime.us-east-1.amazonaws.com/model/x/invoke"));
    assertEquals(List.of("api.anthropic.com", "api.openai.com"),
        builtIn.hostsIn("api.openai.com or api.anthropic.com"));
  }

  @Test
  void findsNoHostInOrdinaryConstants() {
    assertEquals(List.of(), builtIn.hostsIn("https://example.com/v1/chat"));
    assertEquals(List.of(), builtIn.hostsIn(""));
    assertEquals(List.of(), builtIn.hostsIn("openai"));
  }

  @Test
  void reportsOneHostWhenOneMarkerContainsAnother() {
    MarkerMatcher matcher = new MarkerMatcher(new DetectionMarkers(
        List.of(), List.of("openai.com", "api.openai.com")));

    assertEquals(List.of("api.openai.com"), matcher.hostsIn("https://api.openai.com/v1"));
    assertEquals(List.of("openai.com"), matcher.hostsIn("https://openai.com/blog"));
  }

  @Test
  void matchesHostsInAnyCaseAtHostBoundaries() {
    assertEquals(List.of("fal.run"), builtIn.hostsIn("https://QUEUE.FAL.RUN/fal-ai/flux"));
    assertEquals(List.of("openai.azure.com"), builtIn.hostsIn("studio.OpenAI.Azure.com"));
    assertEquals(List.of("bedrock."), builtIn.hostsIn("https://bedrock.eu-west-1.amazonaws.com"));
    assertEquals(List.of("api.openai.com"), builtIn.hostsIn("see api.openai.com."));
  }

  @Test
  void doesNotMatchAHostInsideALongerName() {
    assertEquals(List.of(), builtIn.hostsIn("https://nofal.run/x"));
    assertEquals(List.of(), builtIn.hostsIn("normal.running"));
    assertEquals(List.of(), builtIn.hostsIn("api.openai.community"));
    assertEquals(List.of(), builtIn.hostsIn("api.openai.com.evil.example"));
    assertEquals(List.of(), builtIn.hostsIn("bedrock.jar"));
    assertEquals(List.of(), builtIn.hostsIn("Minecraft Bedrock. Edition"));
  }

  @Test
  void matchesATypeMarkerAndItsNestedTypesOnly() {
    String request = "io/modelcontextprotocol/spec/McpSchema$CreateMessageRequest";
    assertEquals("io.modelcontextprotocol.spec.McpSchema$CreateMessageRequest",
        builtIn.packageMarkerOf(request + "$Builder"));
    assertNull(builtIn.packageMarkerOf("io/modelcontextprotocol/spec/McpSchema$Tool"));
  }
}
