package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.ReportFixtures.CONTEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.genaiguidelines.policy.Assessment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GAI302 and the GenAI SDKs in every format: a module that ships an SDK and declares no use says
 * so in each report, counted in its summary; an aggregate lists each SDK once with the modules
 * that ship it. Each case has its twin without the finding.
 */
class DependencyReportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String GAI302 = "[GAI302] module vfx-pipeline: ships"
      + " com.openai:openai-java-core:4.8.0 (OpenAI) on its runtime class path but declares no"
      + " @GenAiUse, and no dependency that brings it declares one (Netflix GenAI guidance, every"
      + " intended use is shared with the studio, so every use is declared once and well). Fix:"
      + " declare how the module uses OpenAI with @GenAiUse, or remove"
      + " com.openai:openai-java-core:4.8.0 from its dependencies.";

  /** The same SDKs without a GAI302 finding, as when a use answers for them. */
  private static Assessment declared() {
    return ReportFixtures.undeclaredSdk();
  }

  private static JsonNode json(ReportFormat format, ReportContext context, Assessment assessment)
      throws IOException {
    return MAPPER.readTree(ReportFixtures.render(format, context, assessment));
  }

  @Test
  void jsonListsGai302OnTheSdkAndCountsItAsAnError() throws IOException {
    JsonNode report = json(ReportFormat.JSON, ReportFixtures.shipsSdks(),
        ReportFixtures.undeclaredSdk("vfx-pipeline"));

    assertEquals(1, report.get("summary").get("errors").intValue());
    JsonNode openAi = report.get("dependencies").get(0);
    assertEquals("openai-java-core", openAi.get("artifactId").textValue());
    assertEquals("[{\"rule\":\"GAI302\",\"severity\":\"ERROR\",\"message\":"
        + MAPPER.writeValueAsString(GAI302) + "}]", openAi.get("findings").toString());
    assertEquals("[]", report.get("dependencies").get(1).get("findings").toString());
    assertFalse(openAi.has("modules"), openAi.toString());
  }

  @Test
  void jsonTwinWithoutTheFindingCountsNoError() throws IOException {
    JsonNode report = json(ReportFormat.JSON, ReportFixtures.shipsSdks(), declared());

    assertEquals(0, report.get("summary").get("errors").intValue());
    assertEquals("[]", report.get("dependencies").get(0).get("findings").toString());
  }

  @Test
  void sarifGai302IsAnErrorOnThePomOfTheModule() throws IOException {
    JsonNode run = json(ReportFormat.SARIF, ReportFixtures.shipsSdks(),
        ReportFixtures.undeclaredSdk("vfx-pipeline")).get("runs").get(0);

    List<JsonNode> results = gai302(run);
    assertEquals(1, results.size());
    JsonNode result = results.get(0);
    assertEquals("GAI302", result.get("ruleId").textValue());
    assertEquals("error", result.get("level").textValue());
    assertEquals(GAI302, result.get("message").get("text").textValue());
    JsonNode location = result.get("locations").get(0);
    assertEquals("pom.xml",
        location.get("physicalLocation").get("artifactLocation").get("uri").textValue());
    assertEquals("{\"fullyQualifiedName\":\"vfx-pipeline\",\"kind\":\"module\"}",
        location.get("logicalLocations").get(0).toString());
    assertEquals("{\"module\":\"vfx-pipeline\",\"dependency\":\"com.openai:openai-java-core:4.8.0\","
        + "\"vendor\":\"OpenAI\"}", result.get("properties").toString());
    assertEquals(List.of("com.openai:openai-java-core", "com.studio:aikit"),
        coordinates(run.get("properties").get("dependencies")));
  }

  @Test
  void sarifTwinWithoutTheFindingHasNoResultButListsTheSdks() throws IOException {
    JsonNode run = json(ReportFormat.SARIF, ReportFixtures.shipsSdks(), declared())
        .get("runs").get(0);

    assertEquals(List.of(), gai302(run));
    assertEquals(List.of("com.openai:openai-java-core", "com.studio:aikit"),
        coordinates(run.get("properties").get("dependencies")));
  }

  @Test
  void sarifWithoutSdksHasNoDependenciesProperty() throws IOException {
    JsonNode run = json(ReportFormat.SARIF, CONTEXT, declared()).get("runs").get(0);
    assertFalse(run.get("properties").has("dependencies"), run.toString());
  }

  @Test
  void sarifInAnAggregateLocatesGai302OnTheModuleByName() throws IOException {
    List<JsonNode> results = gai302(json(ReportFormat.SARIF, ReportFixtures.aggregateShipsSdks(),
        ReportFixtures.undeclaredSdk("vfx-core", "dub-tools")).get("runs").get(0));

    assertEquals(2, results.size());
    List<String> modules = new ArrayList<>();
    for (JsonNode result : results) {
      JsonNode location = result.get("locations").get(0);
      assertFalse(location.has("physicalLocation"), location.toString());
      modules.add(location.get("logicalLocations").get(0).get("fullyQualifiedName").textValue());
    }
    assertEquals(List.of("dub-tools", "vfx-core"), modules);
  }

  @Test
  void markdownListsGai302AmongTheFailuresAndMarksTheSdk() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, ReportFixtures.shipsSdks(),
        ReportFixtures.undeclaredSdk("vfx-pipeline"));

    assertTrue(md.contains("**1 error fails the build.**"), md);
    assertTrue(md.contains("\n### Findings that fail the build\n\n- **GAI302** module"
        + " vfx-pipeline: ships com.openai:openai-java-core:4.8.0 (OpenAI) on its runtime class"
        + " path"), md);
    assertTrue(md.contains("\n### GenAI SDKs on the runtime class path\n\n"
        + "- com.openai:openai-java-core:4.8.0 (OpenAI), undeclared (**GAI302**)\n"
        + "- com.studio:aikit:1.0 (OpenAI), declares its uses\n"), md);
  }

  @Test
  void markdownTwinWithoutTheFindingFailsNothing() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, ReportFixtures.shipsSdks(),
        declared());

    assertTrue(md.contains("**No finding fails the build.**"), md);
    assertFalse(md.contains("GAI302"), md);
    assertTrue(md.contains("- com.openai:openai-java-core:4.8.0 (OpenAI)\n"), md);
  }

  @Test
  void htmlHasADependencySectionWithTheFinding() {
    String html = ReportFixtures.render(ReportFormat.HTML, ReportFixtures.shipsSdks(),
        ReportFixtures.undeclaredSdk("vfx-pipeline"));

    assertTrue(html.contains("1 error fails"), html);
    int section = html.indexOf("<section id=\"dependencies\" aria-labelledby=\"dependencies-title\">"
        + "\n<h2 id=\"dependencies-title\">GenAI SDKs on the runtime class path</h2>\n");
    assertTrue(section > html.indexOf("<section id=\"undeclared\""), html);
    String part = html.substring(section, html.indexOf("</section>", section));
    assertTrue(part.contains("<thead><tr><th scope=\"col\">Dependency</th><th scope=\"col\">"
        + "Vendor</th><th scope=\"col\">Finding</th></tr></thead>"), part);
    assertTrue(part.contains("<tr><th scope=\"row\"><code>com.openai:openai-java-core:4.8.0</code>"
        + "</th><td>OpenAI</td><td><ul class=\"finding-list\"><li class=\"finding sev-error\">"
        + "<span class=\"rule\" title=\"undeclared-genai-dependency\">GAI302</span>"), part);
    assertTrue(part.contains("<tr><th scope=\"row\"><code>com.studio:aikit:1.0</code></th>"
        + "<td>OpenAI</td><td><span class=\"none\">declares its uses</span></td></tr>"), part);
  }

  @Test
  void htmlTwinWithoutTheFindingSaysSoAndWithoutSdksHasNoSection() {
    String html = ReportFixtures.render(ReportFormat.HTML, ReportFixtures.shipsSdks(),
        declared());
    assertTrue(html.contains("<tr><th scope=\"row\"><code>com.openai:openai-java-core:4.8.0"
        + "</code></th><td>OpenAI</td><td><span class=\"none\">no finding</span></td></tr>"), html);
    assertFalse(html.contains("GAI302</span>"), html);

    assertFalse(ReportFixtures.render(ReportFormat.HTML, CONTEXT, declared())
        .contains("id=\"dependencies\""));
  }

  @Test
  void htmlInAnAggregateNamesTheModulesThatShipEachSdk() {
    String html = ReportFixtures.render(ReportFormat.HTML, ReportFixtures.aggregateShipsSdks(),
        declared());

    assertTrue(html.contains("<th scope=\"col\">Shipped by</th>"), html);
    assertTrue(html.contains("<code>com.openai:openai-java-core:4.8.0</code></th><td>OpenAI</td>"
        + "<td>dub-tools, vfx-core</td>"), html);
  }

  @Test
  void cycloneDxComponentCarriesTheFindingAndTheModulesOnce() throws IOException {
    JsonNode bom = json(ReportFormat.CYCLONEDX, ReportFixtures.aggregateShipsSdks(),
        ReportFixtures.undeclaredSdk("vfx-core", "dub-tools"));

    JsonNode components = bom.get("components");
    assertEquals(2, components.size());
    assertEquals("[{\"name\":\"genai-guidelines:declaresUses\",\"value\":\"false\"},"
        + "{\"name\":\"genai-guidelines:findings\","
        + "\"value\":\"GAI302 ERROR (dub-tools), GAI302 ERROR (vfx-core)\"},"
        + "{\"name\":\"genai-guidelines:shippedBy\",\"value\":\"dub-tools\"},"
        + "{\"name\":\"genai-guidelines:shippedBy\",\"value\":\"vfx-core\"},"
        + "{\"name\":\"genai-guidelines:vendor\",\"value\":\"OpenAI\"}]",
        components.get(0).get("properties").toString());
  }

  @Test
  void cycloneDxTwinWithoutTheFindingHasNoFindingsProperty() throws IOException {
    JsonNode bom = json(ReportFormat.CYCLONEDX, ReportFixtures.shipsSdks(), declared());
    assertEquals("[{\"name\":\"genai-guidelines:declaresUses\",\"value\":\"false\"},"
        + "{\"name\":\"genai-guidelines:vendor\",\"value\":\"OpenAI\"}]",
        bom.get("components").get(0).get("properties").toString());
  }

  @Test
  void jsonInAnAggregateListsEachSdkOnceWithItsModules() throws IOException {
    JsonNode dependencies = json(ReportFormat.JSON, ReportFixtures.aggregateShipsSdks(),
        ReportFixtures.undeclaredSdk("vfx-core")).get("dependencies");

    assertEquals(2, dependencies.size());
    assertEquals("[\"dub-tools\",\"vfx-core\"]", dependencies.get(0).get("modules").toString());
    assertEquals("[\"dub-tools\"]", dependencies.get(1).get("modules").toString());
    assertTrue(dependencies.get(0).get("findings").get(0).get("message").textValue()
        .startsWith("[GAI302] module vfx-core: ships com.openai:openai-java-core:4.8.0"));
  }

  /** The run's GAI302 results (the fixture's ledger has GAI008 findings as well). */
  private static List<JsonNode> gai302(JsonNode run) {
    List<JsonNode> results = new ArrayList<>();
    run.get("results").forEach(r -> {
      if (r.get("ruleId").textValue().equals("GAI302")) {
        results.add(r);
      }
    });
    return results;
  }

  private static List<String> coordinates(JsonNode dependencies) {
    List<String> all = new ArrayList<>();
    dependencies.forEach(d -> all.add(d.get("groupId").textValue() + ':'
        + d.get("artifactId").textValue()));
    return all;
  }
}
