package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.ReportFixtures.CONTEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.maven.scan.GenAiDependency;
import dev.genaiguidelines.policy.Assessment;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CycloneDxReportTest {

  static Stream<Arguments> assessments() {
    return Stream.of(
        Arguments.of("fixture", CONTEXT, ReportFixtures.assessment()),
        Arguments.of("stamped", ReportFixtures.STAMPED, ReportFixtures.assessment()),
        Arguments.of("aggregate", CONTEXT, ReportFixtures.aggregate()),
        Arguments.of("hostile", CONTEXT, ReportFixtures.hostile()),
        Arguments.of("empty", CONTEXT, ReportFixtures.assess(List.of(), List.of())),
        Arguments.of("incomplete", ReportFixtures.incomplete(), ReportFixtures.assessment()),
        Arguments.of("since a baseline", ReportFixtures.since(), ReportFixtures.assessment()),
        Arguments.of("aggregate since a baseline", ReportFixtures.aggregateSince(),
            ReportFixtures.aggregate()),
        Arguments.of("with GenAI SDKs", CONTEXT.withDependencies(SDKS),
            ReportFixtures.assessment()),
        Arguments.of("with dependencies' uses", CONTEXT.withDependencies(SDKS),
            ReportFixtures.withDependencyUses()),
        Arguments.of("shipping an undeclared SDK", ReportFixtures.shipsSdks(),
            ReportFixtures.undeclaredSdk("vfx-pipeline")),
        Arguments.of("aggregate shipping SDKs", ReportFixtures.aggregateShipsSdks(),
            ReportFixtures.undeclaredSdk("vfx-core", "dub-tools")));
  }

  private static final List<GenAiDependency> SDKS = List.of(
      new GenAiDependency("com.openai", "openai-java-core", "4.8.0", "OpenAI", false),
      new GenAiDependency("com.studio", "aikit", "1.0", "OpenAI", true));

  /** The library validates against the 1.6 schema it bundles, without the network. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("assessments")
  void isValidCycloneDx16(String name, ReportContext context, Assessment assessment)
      throws IOException {
    byte[] bom = ReportFixtures.bytes(ReportFormat.CYCLONEDX, context, assessment);
    assertEquals(List.of(), messages(new JsonParser().validate(bom, Version.VERSION_16)));
  }

  @Test
  void theSchemaCheckRejectsAnInvalidBom() throws IOException {
    String broken = ReportFixtures.render(ReportFormat.CYCLONEDX, CONTEXT,
            ReportFixtures.assessment())
        .replaceFirst("\"flow\" : \"outbound\"", "\"flow\" : \"sideways\"");
    assertFalse(new JsonParser().validate(broken, Version.VERSION_16).isEmpty());
  }

  @Test
  void timestampOnlyFromOutputTimestamp() throws ParseException {
    // Only the bytes can tell: the library's parser fills a missing timestamp with "now".
    assertFalse(ReportFixtures.render(ReportFormat.CYCLONEDX, CONTEXT, ReportFixtures.assessment())
        .contains("\"timestamp\""));

    String stamped = ReportFixtures.render(ReportFormat.CYCLONEDX, ReportFixtures.STAMPED,
        ReportFixtures.assessment());
    assertTrue(stamped.contains("\"timestamp\" : \"2026-01-01T00:00:00Z\""), stamped);
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"),
        parse(ReportFixtures.STAMPED, ReportFixtures.assessment()).getMetadata().getTimestamp()
            .toInstant());
  }

  @Test
  void serialNumberIsNameBasedOnCoordinatesAndContent() throws ParseException {
    String serial = parse(CONTEXT, ReportFixtures.assessment()).getSerialNumber();
    assertTrue(serial.matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}"
        + "-[0-9a-f]{12}"), serial);
    assertEquals(serial, parse(CONTEXT, ReportFixtures.reversed()).getSerialNumber());
    assertEquals(serial, parse(ReportFixtures.STAMPED, ReportFixtures.assessment())
        .getSerialNumber());
    assertNotEquals(serial, parse(CONTEXT, ReportFixtures.aggregate()).getSerialNumber());
    ReportContext nextVersion = new ReportContext("dev.studio", "vfx-pipeline", "1.4.1",
        java.util.Optional.empty());
    assertNotEquals(serial, parse(nextVersion, ReportFixtures.assessment()).getSerialNumber());
  }

  /** The package URL of the project is the one packageurl-java canonicalizes. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
      "dev.studio, vfx-pipeline, 1.4.0",
      "dev.studio, vfx_pipeline, 1.4.0-SNAPSHOT",
      "dev.studio, vfx-pipeline, 2.0.0+build.7",
      "dev.studio, vfx pipeline, 1.0~rc1"})
  void purlIsCanonical(String group, String artifact, String version) throws Exception {
    ReportContext context = new ReportContext(group, artifact, version,
        java.util.Optional.empty());
    assertEquals(new com.github.packageurl.PackageURL("maven", group, artifact, version, null,
        null).canonicalize(), CycloneDxReport.purl(context));
  }

  /** Non-ASCII is percent-encoded as UTF-8 bytes (packageurl-java 1.5.0 sign-extends them). */
  @Test
  void purlEncodesNonAsciiAsUtf8Bytes() {
    assertEquals("pkg:maven/dev.studio/vfx-pipeline@r%C3%A9alis%C3%A9-1", CycloneDxReport.purl(
        new ReportContext("dev.studio", "vfx-pipeline", "r\u00e9alis\u00e9-1",
            java.util.Optional.empty())));
  }

  @Test
  void eachGenAiSdkIsALibraryComponentWithItsPurlAndVendor() throws ParseException {
    Bom bom = parse(CONTEXT.withDependencies(SDKS), ReportFixtures.assessment());
    assertEquals(List.of("pkg:maven/com.openai/openai-java-core@4.8.0?type=jar",
        "pkg:maven/com.studio/aikit@1.0?type=jar"),
        bom.getComponents().stream().map(c -> c.getPurl()).toList());
    assertEquals(List.of("library", "library"),
        bom.getComponents().stream().map(c -> c.getType().getTypeName()).toList());
    assertEquals(
        List.of("genai-guidelines:declaresUses=false", "genai-guidelines:vendor=OpenAI"),
        bom.getComponents().get(0).getProperties().stream()
            .map(p -> p.getName() + "=" + p.getValue()).toList());
    assertEquals(List.of("genai-tool:midjourney@v7", "genai-tool:runway-gen4",
            "genai-tool:voicebox@2.1", "pkg:maven/com.openai/openai-java-core@4.8.0?type=jar",
            "pkg:maven/com.studio/aikit@1.0?type=jar"),
        bom.getDependencies().get(0).getDependencies().stream().map(d -> d.getRef()).toList());
  }

  @Test
  void withoutGenAiSdksThereAreNoComponents() throws ParseException {
    assertEquals(null, parse(CONTEXT, ReportFixtures.assessment()).getComponents());
  }

  @Test
  void theProjectIsTheMetadataComponent() throws ParseException {
    Bom bom = parse(CONTEXT, ReportFixtures.assessment());
    assertEquals("pkg:maven/dev.studio/vfx-pipeline@1.4.0",
        bom.getMetadata().getComponent().getPurl());
    assertEquals("pkg:maven/dev.studio/vfx-pipeline@1.4.0",
        bom.getMetadata().getComponent().getBomRef());
    assertEquals("library", bom.getMetadata().getComponent().getType().getTypeName());
    assertEquals(List.of("genai-tool:midjourney@v7", "genai-tool:runway-gen4",
            "genai-tool:voicebox@2.1"),
        bom.getDependencies().get(0).getDependencies().stream().map(d -> d.getRef()).toList());
  }

  @Test
  void eachToolAndModelIsAServiceWithItsVendorAndDataFlows() throws ParseException {
    List<Service> services = parse(CONTEXT, ReportFixtures.assessment()).getServices();
    assertEquals(List.of("midjourney v7", "runway-gen4 null", "voicebox 2.1"),
        services.stream().map(s -> s.getName() + " " + s.getVersion()).toList());
    assertNull(services.get(0).getProvider());
    assertEquals("Runway", services.get(1).getProvider().getName());
    assertEquals("outbound TALENT_LIKENESS, inbound SYNTHETIC_VOICE",
        services.get(2).getData().stream()
            .map(d -> d.getFlow().getFlowName() + " " + d.getClassification())
            .collect(Collectors.joining(", ")));
    assertEquals("true", properties(services.get(2).getProperties())
        .get("genai-guidelines:tool:trainsOnInputs"));
  }

  @Test
  void eachUseIsDescribedByNamespacedProperties() throws ParseException {
    Map<String, String> properties =
        properties(parse(CONTEXT, ReportFixtures.assessment()).getMetadata().getComponent()
            .getProperties());
    assertEquals("APPROVED", properties.get("genai-guidelines:use:crowd-extension:verdict"));
    assertEquals("APR-2025-0042", properties.get("genai-guidelines:use:crowd-extension:approval"));
    assertEquals("FINAL_DELIVERABLE", properties.get("genai-guidelines:use:crowd-extension:output"));
    assertEquals("PROHIBITED", properties.get("genai-guidelines:use:voice-clone:verdict"));
    assertFalse(properties.containsKey("genai-guidelines:use:voice-clone:approval"));

    Map<String, String> aggregate =
        properties(parse(CONTEXT, ReportFixtures.aggregate()).getMetadata().getComponent()
            .getProperties());
    assertEquals("PROHIBITED", aggregate.get("genai-guidelines:use:dub-tools/voice-clone:verdict"));
  }

  /** Every character of a declaration survives, line breaks and separators included. */
  @Test
  void hostileStringsParseBackUnchanged() throws ParseException {
    Map<String, String> properties =
        properties(parse(CONTEXT, ReportFixtures.hostile()).getMetadata().getComponent()
            .getProperties());
    assertEquals(ReportFixtures.HOSTILE_PURPOSE,
        properties.get("genai-guidelines:use:mod|<i>/" + ReportFixtures.HOSTILE_ID + ":purpose"));
  }

  private static Bom parse(ReportContext context, Assessment assessment) throws ParseException {
    return new JsonParser().parse(ReportFixtures.bytes(ReportFormat.CYCLONEDX, context,
        assessment));
  }

  private static Map<String, String> properties(List<Property> properties) {
    return properties.stream().collect(Collectors.toMap(Property::getName, Property::getValue,
        (a, b) -> a + "," + b));
  }

  private static List<String> messages(List<ParseException> problems) {
    return problems.stream().map(ParseException::getMessage).toList();
  }
}
