package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.ReportFixtures.CONTEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.UndeclaredCall;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every format says what the scan read ({@code scope}) and how often an element makes each
 * undeclared call ({@code count}); a report without a scope (an aggregate) says neither.
 */
class ScopeAndCountReportTest {

  private static final String SHA = "ab".repeat(32);
  private static final ReportContext SCOPED =
      CONTEXT.withScope(new ScanScope("dub-1.0.jar", SHA, 12, 3));
  private static final String LINE =
      "dub-1.0.jar (12 class files, 3 text resources, SHA-256 " + SHA + ")";

  private static Assessment repeated() {
    return ReportFixtures.assess(ReportFixtures.uses(), List.of(
        new UndeclaredCall("com.studio.dub.QuickDub#run()",
            "com.openai.client.OpenAIClient#chat()", "com.openai",
            "src/main/java/com/studio/dub/QuickDub.java", 27, "", 3)));
  }

  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void jsonHasTheScopeAndEachEntrysCount() throws Exception {
    JsonNode report = json(JsonReport.render(SCOPED, repeated()));
    assertEquals("{\"source\":\"dub-1.0.jar\",\"sha256\":\"" + SHA
        + "\",\"classes\":12,\"resources\":3}", report.get("scope").toString());
    JsonNode entry = report.get("undeclared").get(0);
    assertEquals(3, entry.get("count").intValue());
    assertEquals(27, entry.get("line").intValue());
    assertEquals("", entry.get("via").textValue());
    assertFalse(json(JsonReport.render(CONTEXT, repeated())).has("scope"));
  }

  @Test
  void sarifHasTheScopeAsARunPropertyAndTheCountOnTheResult() throws Exception {
    JsonNode run = json(SarifReport.render(SCOPED, repeated())).get("runs").get(0);
    assertEquals("{\"source\":\"dub-1.0.jar\",\"sha256\":\"" + SHA
        + "\",\"classes\":12,\"resources\":3}", run.get("properties").get("scope").toString());
    JsonNode result = null;
    for (JsonNode candidate : run.get("results")) {
      if (candidate.get("ruleId").textValue().equals("GAI301")) {
        result = candidate;
      }
    }
    assertEquals(3, result.get("properties").get("count").intValue());
    assertFalse(json(SarifReport.render(CONTEXT, repeated())).get("runs").get(0)
        .get("properties").has("scope"));
  }

  @Test
  void cycloneDxHasTheScopeAsMetadataProperties() throws Exception {
    java.util.Map<String, String> properties = new java.util.TreeMap<>();
    for (JsonNode property : json(CycloneDxReport.render(SCOPED, repeated())).get("metadata")
        .get("properties")) {
      properties.merge(property.get("name").textValue(), property.get("value").textValue(),
          (a, b) -> a + " | " + b);
    }
    assertEquals("dub-1.0.jar", properties.get("genai-guidelines:scope:source"));
    assertEquals(SHA, properties.get("genai-guidelines:scope:sha256"));
    assertEquals("12", properties.get("genai-guidelines:scope:classes"));
    assertEquals("3", properties.get("genai-guidelines:scope:resources"));
    assertEquals("com.studio.dub.QuickDub#run() calls com.openai.client.OpenAIClient#chat() 3 times"
        + " (src/main/java/com/studio/dub/QuickDub.java:27)",
        properties.get("genai-guidelines:undeclared"));
    assertFalse(CycloneDxReport.render(CONTEXT, repeated()).contains("scope:"));
  }

  @Test
  void markdownAndHtmlSayWhatWasScannedOnOneLineAndTheCount() {
    String md = MarkdownReport.render(SCOPED, repeated());
    assertTrue(md.contains("\n\nScanned " + LINE + ".\n\n"), md);
    assertTrue(md.contains("src/main/java/com/studio/dub/QuickDub.java:27, 3 calls"), md);
    assertFalse(MarkdownReport.render(CONTEXT, repeated()).contains("Scanned "));

    String html = HtmlReport.render(SCOPED, repeated());
    assertTrue(html.contains("<div><dt>Scanned</dt><dd>" + LINE + "</dd></div>"), html);
    assertTrue(html.contains("<span class=\"sub\">3 calls</span>"), html);
    assertFalse(HtmlReport.render(CONTEXT, repeated()).contains("<dt>Scanned</dt>"));
  }
}
