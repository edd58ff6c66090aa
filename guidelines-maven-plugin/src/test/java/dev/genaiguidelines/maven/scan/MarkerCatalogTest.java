package dev.genaiguidelines.maven.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.maven.scan.MarkerCatalog.Kind;
import dev.genaiguidelines.maven.scan.MarkerCatalog.Marker;
import dev.genaiguidelines.policy.DetectionMarkers;
import dev.genaiguidelines.policy.UndeclaredCall;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in marker catalog: its data file's form, and a call for every one of its markers
 * (a call into a type of each package, a {@code java.net.http}-style URL of each host) beside a
 * look-alike of each that is none. The real SDKs' calls are the IT {@code real-sdk-vendors}.
 */
class MarkerCatalogTest {

  private static final MarkerCatalog CATALOG = MarkerCatalog.builtIn();

  @TempDir Path temp;

  @Test
  void theDataFileNamesEveryMarkerWithItsVendorAndModality() {
    assertEquals(21, CATALOG.markers().stream().filter(m -> m.kind() == Kind.PACKAGE).count());
    assertEquals(38, CATALOG.markers().stream().filter(m -> m.kind() == Kind.HOST).count());
    assertEquals(new Marker(Kind.HOST, "api.elevenlabs.io", "ElevenLabs", "voice"),
        CATALOG.find("API.ElevenLabs.io").orElseThrow());
    assertEquals(new Marker(Kind.PACKAGE, "software.amazon.awssdk.services.bedrockagentruntime",
        "AWS Bedrock", "text"),
        CATALOG.find("software.amazon.awssdk.services.bedrockagentruntime").orElseThrow());
    assertEquals(CATALOG.markers().size(), new TreeSet<>(CATALOG.markers().stream()
        .map(Marker::value).toList()).size(), "no marker is listed twice");
  }

  @Test
  void theContractsMarkersAreAllBuiltIn() {
    DetectionMarkers markers = CATALOG.detection();
    assertTrue(markers.packages().containsAll(List.of("com.openai", "com.anthropic",
        "com.google.genai", "com.google.cloud.vertexai",
        "software.amazon.awssdk.services.bedrockruntime", "com.azure.ai.openai",
        "com.azure.ai.inference", "dev.langchain4j", "org.springframework.ai",
        "io.github.sashirestela.openai", "com.theokanning.openai", "io.github.ollama4j")));
    assertTrue(markers.hosts().containsAll(List.of("api.openai.com", "api.anthropic.com",
        "generativelanguage.googleapis.com", "aiplatform.googleapis.com", "bedrock-runtime.",
        "openai.azure.com", "api.stability.ai", "runwayml.com", "api.elevenlabs.io",
        "api.replicate.com", "api.mistral.ai", "api.cohere.com", "fal.run")));
  }

  @Test
  void aPolicysDetectPackagesJoinTheCatalogForTheDependencyScan() {
    MarkerCatalog with = CATALOG.withPackages(new DetectionMarkers(
        List.of("com.studio.aikit", "com.openai"), List.of("ai-gateway.studio.internal")));

    assertEquals(new Marker(Kind.PACKAGE, "com.studio.aikit",
        "detect: com.studio.aikit", "multimodal"), with.find("com.studio.aikit").orElseThrow());
    // A package the catalog has keeps its vendor and is not added twice; hosts are left out.
    assertEquals("OpenAI", with.find("com.openai").orElseThrow().vendor());
    assertEquals(CATALOG.markers().size() + 1, with.markers().size());
    assertEquals(Optional.empty(), with.find("ai-gateway.studio.internal"));
  }

  @Test
  void withoutDetectPackagesTheCatalogIsTheBuiltInOne() {
    assertEquals(CATALOG, CATALOG.withPackages(DetectionMarkers.NONE));
  }

  @Test
  void aMalformedLineIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () ->
        MarkerCatalog.parse(new BufferedReader(new StringReader("# ok\nhost\tx.ai\tX\tsmell\n"))));
    assertEquals("genai-markers.tsv line 2: expected kind<TAB>marker<TAB>vendor<TAB>modality,"
        + " with kind package or host and modality one of [audio, image, multimodal, text, video,"
        + " voice], got 'host\tx.ai\tX\tsmell'", e.getMessage());
  }

  @Test
  void everyMarkerFindsACallAndNoneItsLookAlike() throws IOException {
    TestCompiler javac = new TestCompiler(temp);
    StringBuilder probes = new StringBuilder("package com.studio;\nclass Probes {\n");
    List<String> expected = new ArrayList<>();
    int i = 0;
    for (Marker marker : CATALOG.markers()) {
      String method = "m" + i++;
      if (marker.kind() == Kind.PACKAGE) {
        String type = probeType(javac, marker.value());
        probes.append("  void ").append(method).append("() { ").append(type)
            .append(".call(); }\n");
        expected.add("com.studio.Probes#" + method + "() " + marker.value());
      } else {
        String host = marker.value();
        String url = "https://" + host + (host.endsWith(".") ? "us-east-1.amazonaws.com" : "")
            + "/v1";
        String lookAlike = "https://" + host + "x/v1";
        probes.append("  String ").append(method).append("() { return \"").append(url)
            .append("\"; }\n  String ").append(method).append("x() { return \"")
            .append(lookAlike).append("\"; }\n");
        expected.add("com.studio.Probes#" + method + "() " + host);
      }
    }
    javac.source("com/studio/Probes.java", probes.append("}\n").toString());

    List<String> found = new ArrayList<>();
    for (UndeclaredCall call : javac.undeclaredCalls(CATALOG.detection())) {
      if (call.element().startsWith("com.studio.Probes#")) {
        found.add(call.element() + " " + call.marker());
      }
    }
    assertEquals(new TreeSet<>(expected), new TreeSet<>(found));
    assertEquals(expected.size(), found.size());
  }

  /** A type in the marker's package (or the marker's nested type) with a static call(). */
  private static String probeType(TestCompiler javac, String marker) {
    int dollar = marker.indexOf('$');
    if (dollar < 0) {
      javac.source(marker.replace('.', '/') + "/Probe.java", "package " + marker
          + ";\npublic class Probe { public static void call() {} }\n");
      return marker + ".Probe";
    }
    String outer = marker.substring(0, dollar);
    int dot = outer.lastIndexOf('.');
    String nested = marker.substring(dollar + 1);
    javac.source(outer.replace('.', '/') + ".java", "package " + outer.substring(0, dot)
        + ";\npublic class " + outer.substring(dot + 1) + " { public static class " + nested
        + " { public static void call() {} } }\n");
    return outer + "." + nested;
  }
}
