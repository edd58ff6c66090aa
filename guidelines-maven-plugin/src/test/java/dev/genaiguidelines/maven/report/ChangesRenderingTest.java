package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.ReportFixtures.CONTEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.genaiguidelines.maven.baseline.BaselineReader;
import dev.genaiguidelines.maven.baseline.BaselineReport;
import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.policy.Assessment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How each format shows the changes since a baseline, beyond the golden files: where the
 * section goes, module keys in aggregates, an unchanged release, and that the JSON report reads
 * back as a baseline that compares equal to itself.
 */
class ChangesRenderingTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void jsonChangesListTheAddedRemovedAndChangedUsesAfterTheSummary() throws Exception {
    JsonNode report = MAPPER.readTree(ReportFixtures.render(ReportFormat.JSON,
        ReportFixtures.since(), ReportFixtures.assessment()));
    List<String> names = new ArrayList<>();
    report.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("schemaVersion", "project", "policy", "skipped", "enforcement", "summary",
        "changes", "uses", "undeclared", "dependencies", "dependencyUses", "ledger",
        "ledgerFindings", "unreadable"), names);
    JsonNode changes = report.get("changes");
    assertEquals("{\"baseline\":\"1.3.0\",\"added\":[\"hero-creature\"],"
        + "\"removed\":[\"retired-use\"],\"changed\":["
        + "{\"id\":\"crowd-extension\",\"fields\":[],\"verdictBefore\":\"NEEDS_APPROVAL\","
        + "\"verdictAfter\":\"APPROVED\"},"
        + "{\"id\":\"storyboard-frames\",\"fields\":[\"purpose\"],\"verdictBefore\":\"SOCIALIZE\","
        + "\"verdictAfter\":\"SOCIALIZE\"},"
        + "{\"id\":\"voice-clone\",\"fields\":[\"model\",\"unionCoveredWork\"],"
        + "\"verdictBefore\":\"PROHIBITED\",\"verdictAfter\":\"PROHIBITED\"}]}",
        changes.toString());
  }

  @Test
  void withoutABaselineNoFormatMentionsOne() {
    for (ReportFormat format : ReportFormat.values()) {
      String report = ReportFixtures.render(format, CONTEXT, ReportFixtures.assessment());
      assertFalse(report.contains("\"changes\""), format.id());
      // The HTML style sheet aligns items on their baseline; no other format has the word.
      assertFalse(report.replace("align-items: baseline", "").contains("baseline"), format.id());
      assertFalse(report.contains("Since "), format.id());
      assertFalse(report.contains("id=\"changes\""), format.id());
    }
  }

  @Test
  void aggregateChangesKeyUsesByModuleAndId() throws Exception {
    JsonNode changes = MAPPER.readTree(ReportFixtures.render(ReportFormat.JSON,
        ReportFixtures.aggregateSince(), ReportFixtures.aggregate())).get("changes");
    assertEquals("[\"vfx-core/hero-creature\"]", changes.get("added").toString());
    assertEquals("[\"vfx-core/retired-use\"]", changes.get("removed").toString());
    JsonNode voice = changes.get("changed").get(2);
    assertEquals("{\"id\":\"voice-clone\",\"module\":\"dub-tools\",\"key\":\"dub-tools/voice-clone\","
        + "\"fields\":[\"model\",\"unionCoveredWork\"],\"verdictBefore\":\"PROHIBITED\","
        + "\"verdictAfter\":\"PROHIBITED\"}",
        voice.toString());

    String md = ReportFixtures.render(ReportFormat.MARKDOWN, ReportFixtures.aggregateSince(),
        ReportFixtures.aggregate());
    assertTrue(md.contains("| Change | Use | Module | What changed | Verdict |\n"
        + "|---|---|---|---|---|\n"
        + "| Added | hero-creature | vfx-core | uses midjourney (v7) | 🟠 **needs approval** |\n"),
        md);
    String html = ReportFixtures.render(ReportFormat.HTML, ReportFixtures.aggregateSince(),
        ReportFixtures.aggregate());
    assertTrue(html.contains("<th scope=\"row\"><span class=\"id\">voice-clone</span></th>"
        + "<td>dub-tools</td>"), html);
    assertTrue(html.contains("Uses are compared by id and module."), html);
  }

  @Test
  void aUseMovedToAnotherModuleIsRemovedThereAndAddedHere() throws Exception {
    BaselineReport single = ReportFixtures.baseline();
    Changes changes = Changes.between(single, ReportFixtures.aggregate());
    assertEquals(5, changes.added().size());
    assertEquals(5, changes.removed().size());
    assertEquals("dub-tools/voice-clone", changes.added().get(4).key().toString());
    assertEquals("voice-clone", changes.removed().get(4).key().toString());
  }

  @Test
  void markdownPutsTheSectionBeforeTheSummary() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, ReportFixtures.since(),
        ReportFixtures.assessment());
    int since = md.indexOf("\n### Since 1.3.0\n\n1 use added, 1 removed, 3 changed since 1.3.0.\n");
    int status = md.indexOf("**10 errors fail the build.**");
    int uses = md.indexOf("\n### Uses\n");
    assertTrue(0 < since && since < status && status < uses, md);
    assertTrue(md.contains("| Changed | voice-clone | model: 2.0 → 2.1; unionCoveredWork: false"
        + " → true | 🔴 **prohibited** |\n"), md);
    assertTrue(md.contains("| Changed | crowd-extension | verdict only | 🟠 **needs approval** →"
        + " 🔵 approved |\n"), md);
    assertTrue(md.contains("| Removed | retired-use | used runway-gen4 | was 🔵 approved |\n"), md);
  }

  @Test
  void htmlPutsTheSectionFirstInMain() {
    String html = ReportFixtures.render(ReportFormat.HTML, ReportFixtures.since(),
        ReportFixtures.assessment());
    // Only the "Read this first" banner (no studio policy judged the fixtures) comes before it.
    assertTrue(html.contains("</section>\n<section id=\"changes\" aria-labelledby=\"changes-title\">\n"
        + "<h2 id=\"changes-title\">Since 1.3.0</h2>\n"), html);
    assertTrue(html.indexOf("<main>\n<section class=\"trust\"") < html.indexOf("id=\"changes\""),
        html);
    assertTrue(html.indexOf("id=\"changes\"") < html.indexOf("class=\"status "), html);
    assertTrue(html.contains("<dt>model</dt><dd><code>2.0</code>"
        + " <span class=\"arrow\">&#x2192;</span> <code>2.1</code></dd>"), html);
    assertTrue(html.contains(".field-changes {"), "the section's style is included");
    assertFalse(ReportFixtures.render(ReportFormat.HTML, CONTEXT, ReportFixtures.assessment())
        .contains(".field-changes {"), "and only with a baseline");
  }

  @ParameterizedTest
  @EnumSource(value = ReportFormat.class, names = {"MARKDOWN", "HTML"})
  void anUnchangedReleaseSaysSo(ReportFormat format) throws Exception {
    ReportContext context = CONTEXT.withChanges(Changes.between(readBack(CONTEXT,
        ReportFixtures.assessment()), ReportFixtures.assessment()));
    String report = ReportFixtures.render(format, context, ReportFixtures.assessment());
    assertTrue(report.contains("No use was added, removed or changed since 1.4.0."), report);
  }

  @Test
  void aValueThatLooksLikeMarkupStaysText() throws Exception {
    Assessment hostile = ReportFixtures.hostile();
    BaselineReport empty = BaselineReader.parse(
        "{\"schemaVersion\": 1, \"uses\": []}", Path.of("empty.json"), "<b>1.0</b>");
    ReportContext context = CONTEXT.withChanges(Changes.between(empty, hostile));
    String html = ReportFixtures.render(ReportFormat.HTML, context, hostile);
    assertTrue(html.contains("<h2 id=\"changes-title\">Since &lt;b&gt;1.0&lt;/b&gt;</h2>"), html);
    assertFalse(html.contains("<b>1.0</b>"), html);
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, context, hostile);
    assertTrue(md.contains("### Since \\<b\\>1.0\\</b\\>\n"), md);
    assertTrue(md.contains("| Added | bad\\<id\\>\\|⟦U+202E⟧'\" | mod\\|\\<i\\> | uses runway-gen4"
        + " (\\<b\\>v1\\</b\\>) |"), md);
  }

  @Test
  void sarifMarksEveryResultAndNamesTheBaseline() throws Exception {
    JsonNode run = MAPPER.readTree(ReportFixtures.render(ReportFormat.SARIF,
        ReportFixtures.since(), ReportFixtures.assessment())).get("runs").get(0);
    assertEquals("1.3.0", run.get("properties").get("baseline").textValue());
    List<String> states = new ArrayList<>();
    for (JsonNode result : run.get("results")) {
      JsonNode properties = result.get("properties");
      String subject = properties != null && properties.has("useId")
          ? properties.get("useId").textValue()
          : result.get("locations").get(0).get("logicalLocations").get(0)
              .get("fullyQualifiedName").textValue();
      states.add(subject + " " + result.get("ruleId").textValue() + " "
          + result.get("baselineState").textValue());
    }
    assertEquals(List.of(
        "crowd-extension GAI104 updated",
        "dailies-tagging GAI005 unchanged",
        "dailies-tagging GAI007 unchanged",
        "hero-creature GAI101 new",
        "hero-creature GAI110 new",
        "voice-clone GAI102 updated",
        "voice-clone GAI103 updated",
        "voice-clone GAI104 updated",
        "voice-clone GAI105 updated",
        "voice-clone GAI107 updated",
        "com.studio.dub.QuickDub#run() GAI301 unchanged",
        "com.studio.net.Uploader#send(java.lang.String) GAI301 new",
        "APR-2024-0007 GAI008 new",
        "CON-2025-007 GAI008 unchanged"), states);
  }

  @Test
  void cycloneDxNamesTheBaselineAndEachUsesStateAndTheBomIsAnotherOne() throws Exception {
    JsonNode bom = MAPPER.readTree(ReportFixtures.render(ReportFormat.CYCLONEDX,
        ReportFixtures.since(), ReportFixtures.assessment()));
    List<String> report = new ArrayList<>();
    bom.get("metadata").get("properties").forEach(p -> report.add(
        p.get("name").textValue() + "=" + p.get("value").textValue()));
    assertTrue(report.contains("genai-guidelines:baseline=1.3.0"), report.toString());
    assertTrue(report.contains("genai-guidelines:baseline:removed=retired-use"),
        report.toString());
    List<String> uses = new ArrayList<>();
    bom.get("metadata").get("component").get("properties").forEach(p -> {
      if (p.get("name").textValue().endsWith(":baselineState")) {
        uses.add(p.get("name").textValue() + "=" + p.get("value").textValue());
      }
    });
    assertEquals(List.of("genai-guidelines:use:crowd-extension:baselineState=updated",
        "genai-guidelines:use:dailies-tagging:baselineState=unchanged",
        "genai-guidelines:use:hero-creature:baselineState=new",
        "genai-guidelines:use:storyboard-frames:baselineState=updated",
        "genai-guidelines:use:voice-clone:baselineState=updated"), uses);
    String without = MAPPER.readTree(ReportFixtures.render(ReportFormat.CYCLONEDX, CONTEXT,
        ReportFixtures.assessment())).get("serialNumber").textValue();
    assertTrue(!without.equals(bom.get("serialNumber").textValue()),
        "a BOM that says more has another serial number");
  }

  @Test
  void theJsonReportReadsBackAsABaselineThatEqualsItself() throws Exception {
    for (Assessment assessment : List.of(ReportFixtures.assessment(), ReportFixtures.aggregate(),
        ReportFixtures.hostile())) {
      BaselineReport same = readBack(CONTEXT, assessment);
      Changes changes = Changes.between(same, assessment);
      assertTrue(changes.isEmpty(), changes.added() + " " + changes.removed() + " "
          + changes.changed());
      assertEquals(assessment.uses().size(), same.uses().size());
      assertEquals(assessment.undeclared().size(), same.undeclared().size());
    }
  }

  private static BaselineReport readBack(ReportContext context, Assessment assessment)
      throws Exception {
    return BaselineReader.parse(ReportFixtures.render(ReportFormat.JSON, context, assessment),
        Path.of("genai-compliance.json"), context.version());
  }
}
