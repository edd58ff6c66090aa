package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.ReportFixtures.CONTEXT;
import static dev.genaiguidelines.maven.report.ReportFixtures.assess;
import static dev.genaiguidelines.maven.report.ReportFixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.UndeclaredCall;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A wrapper call (GAI301 reached through a dependency) names the dependency element that makes
 * the GenAI call, {@code via}, in every format that lists undeclared calls; a direct call names
 * none. The JSON report says how many dependency analyses came from the cache.
 */
class WrapperCallReportTest {

  private static final String VIA =
      "com.example:aikit:1.0 com.example.aikit.OpenAiAssistant#complete(java.lang.String)";
  private static final String MESSAGE = "[GAI301] call in com.studio.Storyboards#pitch():"
      + " calls com.example.aikit.Assistant#ask(java.lang.String), which reaches a GenAI call"
      + " (marker 'com.openai') via " + VIA + " with no @GenAiUse covering it";

  private static Assessment wrapperCall() {
    return assess(List.of(), List.of(new UndeclaredCall("com.studio.Storyboards#pitch()",
        "com.example.aikit.Assistant#ask(java.lang.String)", "com.openai",
        "com/studio/Storyboards.java", 12, VIA, 1)));
  }

  @Test
  void theFindingsMessageNamesTheDependencyElementItGoesVia() {
    String message = wrapperCall().undeclared().get(0).finding().orElseThrow().message();
    assertEquals(MESSAGE, message.substring(0, MESSAGE.length()));
  }

  @Test
  void jsonAndSarifCarryViaAndTheMessage() {
    String json = render(ReportFormat.JSON, CONTEXT, wrapperCall());
    assertTrue(json.contains("\"via\": \"" + VIA + "\""), json);
    assertTrue(json.contains("\"message\": \"" + MESSAGE), json);
    String sarif = render(ReportFormat.SARIF, CONTEXT, wrapperCall());
    assertTrue(sarif.contains("\"via\": \"" + VIA + "\""), sarif);
    assertTrue(sarif.contains("\"text\": \"" + MESSAGE), sarif);
  }

  @Test
  void htmlShowsViaUnderTheCallAndMarkdownInTheFinding() {
    Document html = Jsoup.parse(render(ReportFormat.HTML, CONTEXT, wrapperCall()));
    assertEquals(List.of("marker com.openai", "via " + VIA),
        html.select("#undeclared td .sub").eachText());
    String markdown = render(ReportFormat.MARKDOWN, CONTEXT, wrapperCall());
    assertTrue(markdown.contains("via " + VIA.replace("#", "\\#")), markdown);
  }

  @Test
  void aDirectCallShowsNoVia() {
    Assessment direct = assess(List.of(), List.of(new UndeclaredCall(
        "com.studio.Storyboards#pitch()", "com.openai.client.OpenAIClient#chat()", "com.openai",
        "com/studio/Storyboards.java", 12)));
    Document html = Jsoup.parse(render(ReportFormat.HTML, CONTEXT, direct));
    assertEquals(List.of("marker com.openai"), html.select("#undeclared td .sub").eachText());
    assertFalse(render(ReportFormat.MARKDOWN, CONTEXT, direct).contains(" via "));
  }

  @Test
  void jsonSaysHowManyDependencyAnalysesCameFromTheCacheOnlyWhereTheyWereAnalysed() {
    String analysed = render(ReportFormat.JSON,
        CONTEXT.withDependencyAnalysis(new DependencyAnalysis(12, 11)), wrapperCall());
    assertTrue(analysed.contains("\"dependencyAnalysis\": {\n    \"analysed\": 12,\n"
        + "    \"fromCache\": 11\n  }"), analysed);
    assertFalse(render(ReportFormat.JSON, CONTEXT, wrapperCall()).contains("dependencyAnalysis"));
  }
}
