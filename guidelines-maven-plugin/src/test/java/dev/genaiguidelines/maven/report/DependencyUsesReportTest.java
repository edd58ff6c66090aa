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
 * The uses a dependency declares, in every format: listed apart from the module's own, with the
 * dependency's coordinates, the verdict of the module's policy and the findings; each with the
 * twin of a module whose dependencies declare none.
 */
class DependencyUsesReportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String AIKIT = "com.studio:aikit:1.0";
  private static final Assessment UPSTREAM = ReportFixtures.withDependencyUses();
  private static final Assessment NONE = ReportFixtures.assessment();

  private static JsonNode json(ReportFormat format, Assessment assessment) throws IOException {
    return MAPPER.readTree(ReportFixtures.render(format, CONTEXT, assessment));
  }

  @Test
  void jsonListsThemUnderDependencyUsesAndCountsThemInTheSummary() throws IOException {
    JsonNode report = json(ReportFormat.JSON, UPSTREAM);

    JsonNode uses = report.get("dependencyUses");
    assertEquals(2, uses.size());
    JsonNode summary = uses.get(0);
    assertEquals("meeting-summary", summary.get("id").asText());
    assertEquals(AIKIT, summary.get("dependency").asText());
    assertEquals("com.studio.aikit.Summarizer#summarize(java.lang.String)",
        summary.get("element").asText());
    assertEquals("SOCIALIZE", summary.get("verdict").asText());
    assertEquals("aikit-1.0.jar!/com/studio/aikit/Summarizer.java",
        summary.get("sourceFile").asText());
    JsonNode voice = uses.get(1);
    assertEquals("PROHIBITED", voice.get("verdict").asText());
    assertEquals("GAI102", voice.get("findings").get(0).get("rule").asText());
    assertTrue(voice.get("findings").get(0).get("message").asText().startsWith(
        "[GAI102] use 'temp-voice' of dependency com.studio:aikit:1.0 (com.studio.aikit.Voices):"));
    // The fixture's own 5 uses (2 SOCIALIZE, 1 PROHIBITED) and the dependency's 2.
    JsonNode counts = report.get("summary");
    assertEquals(7, counts.get("uses").asInt());
    assertEquals(3, counts.get("socialize").asInt());
    assertEquals(2, counts.get("prohibited").asInt());
    assertEquals(2, counts.get("dependencyUses").asInt());
    assertEquals(5, report.get("uses").size());
    assertFalse(report.get("uses").toString().contains("aikit"));
  }

  @Test
  void twinJsonWithoutThemHasAnEmptyListAndCount() throws IOException {
    JsonNode report = json(ReportFormat.JSON, NONE);

    assertEquals(0, report.get("dependencyUses").size());
    assertEquals(0, report.get("summary").get("dependencyUses").asInt());
    assertEquals(5, report.get("summary").get("uses").asInt());
  }

  @Test
  void sarifLocatesEachFindingInTheDependencyJarAndNamesTheDependency() throws IOException {
    JsonNode result = null;
    for (JsonNode candidate : json(ReportFormat.SARIF, UPSTREAM).get("runs").get(0)
        .get("results")) {
      if (AIKIT.equals(candidate.path("properties").path("dependency").asText())) {
        assertEquals(null, result, "one finding of the dependency's uses");
        result = candidate;
      }
    }
    assertEquals("GAI102", result.get("ruleId").asText());
    assertEquals("error", result.get("level").asText());
    JsonNode location = result.get("locations").get(0);
    JsonNode artifact = location.get("physicalLocation").get("artifactLocation");
    assertEquals("aikit-1.0.jar!/com/studio/aikit/Voices.java", artifact.get("uri").asText());
    // Not below the project's source root, so no code-scanning tool looks for it there.
    assertFalse(artifact.has("uriBaseId"));
    assertEquals(9, location.get("physicalLocation").get("region").get("startLine").asInt());
    assertEquals("com.studio.aikit.Voices",
        location.get("logicalLocations").get(0).get("fullyQualifiedName").asText());
    assertEquals(AIKIT,
        location.get("logicalLocations").get(1).get("fullyQualifiedName").asText());
    assertEquals("module", location.get("logicalLocations").get(1).get("kind").asText());
    assertEquals("PROHIBITED", result.get("properties").get("verdict").asText());
  }

  @Test
  void twinSarifWithoutThemNamesNoDependency() throws IOException {
    JsonNode results = json(ReportFormat.SARIF, NONE).get("runs").get(0).get("results");
    assertTrue(results.size() > 0);
    results.forEach(result -> assertFalse(result.path("properties").has("dependency")));
  }

  @Test
  void cycloneDxPutsThemOnTheDependencysComponentAndTheirToolsAmongTheServices()
      throws IOException {
    JsonNode bom = json(ReportFormat.CYCLONEDX, UPSTREAM);

    JsonNode component = bom.get("components").get(0);
    assertEquals("pkg:maven/com.studio/aikit@1.0?type=jar", component.get("purl").asText());
    List<String> properties = new ArrayList<>();
    component.get("properties").forEach(p ->
        properties.add(p.get("name").asText() + "=" + p.get("value").asText()));
    assertTrue(properties.contains("genai-guidelines:declaresUses=true"), properties.toString());
    assertTrue(properties.contains("genai-guidelines:use:temp-voice:verdict=PROHIBITED"),
        properties.toString());
    assertTrue(properties.contains("genai-guidelines:use:meeting-summary:element="
        + "com.studio.aikit.Summarizer#summarize(java.lang.String)"), properties.toString());
    List<String> services = new ArrayList<>();
    bom.get("services").forEach(s -> services.add(s.get("bom-ref").asText()));
    assertTrue(services.contains("genai-tool:voicebox"), services.toString());
    assertTrue(bom.toString().contains("\"genai-guidelines:summary:dependencyUses\",\"value\":\"2\""));
  }

  @Test
  void twinCycloneDxWithoutThemHasNoComponent() throws IOException {
    assertFalse(json(ReportFormat.CYCLONEDX, NONE).has("components"));
  }

  @Test
  void markdownHasATableOfThemAndTheirFailingFindingsNameTheDependency() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, UPSTREAM);

    assertTrue(md.contains("""

        ### Uses declared by dependencies

        2 uses of the summary above are declared by dependencies, judged with the policy of the \
        module that ships them.

        | Use | Dependency | Element | Tool | Output | Verdict | Approval |
        |---|---|---|---|---|---|---|
        | meeting-summary | com.studio:aikit:1.0 | com.studio.aikit.Summarizer\\#summarize(java.lang.String) \
        | runway-gen4 | TEMPORARY | 🟢 socialize | – |
        | temp-voice | com.studio:aikit:1.0 | com.studio.aikit.Voices | voicebox | TEMPORARY \
        | 🔴 **prohibited** | – |
        """), md);
    assertTrue(md.contains("- **GAI102** (com.studio:aikit:1.0) use 'temp-voice' of dependency"
        + " com.studio:aikit:1.0 (com.studio.aikit.Voices): "), md);
  }

  @Test
  void twinMarkdownWithoutThemHasNoSuchSection() {
    assertFalse(ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, NONE)
        .contains("declared by dependencies"));
  }

  @Test
  void htmlHasASectionOfThemWithVerdictAndFindings() {
    String html = ReportFixtures.render(ReportFormat.HTML, CONTEXT, UPSTREAM);

    assertTrue(html.contains("<h2 id=\"dependency-uses-title\">Uses declared by dependencies</h2>"
        + "\n<p>2 uses of the summary above"), html);
    assertTrue(html.contains("<li class=\"use v-prohibited\"><strong class=\"id\">temp-voice"
        + "</strong> <span class=\"dependency\">com.studio:aikit:1.0</span> <span class=\"element\">"
        + "com.studio.aikit.Voices</span> <span class=\"where\">"
        + "aikit-1.0.jar!/com/studio/aikit/Voices.java:9</span> <span class=\"tool-id\">voicebox"
        + "</span> <span class=\"badge v-prohibited\">"), html);
  }

  @Test
  void twinHtmlWithoutThemHasNoSuchSection() {
    assertFalse(ReportFixtures.render(ReportFormat.HTML, CONTEXT, NONE)
        .contains("dependency-uses"));
  }
}
