package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.ReportFixtures.CONTEXT;
import static dev.genaiguidelines.maven.report.ReportFixtures.assess;
import static dev.genaiguidelines.maven.report.ReportFixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.UndeclaredCall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String VIA =
      "com.example:aikit:1.0 com.example.aikit.OpenAiAssistant#complete(java.lang.String)";
  private static final String MESSAGE = "[GAI301] call in com.studio.Storyboards#pitch():"
      + " calls com.example.aikit.Assistant#ask(java.lang.String), which reaches a GenAI call"
      + " (marker 'com.openai') via " + VIA + " with no @GenAiUse covering it";

  private static Assessment wrapperCall() {
    return assess(List.of(), List.of(ReportFixtures.wrapperCall(VIA)));
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
  void sarifTellsApartWrapperCallsOfOneElementViaTwoDependencyElements() throws IOException {
    List<JsonNode> results = gai301(ReportFixtures.wrapperCallsViaTwoElements());
    assertEquals(List.of(ReportFixtures.WRAPPER_VIA_CHAT, ReportFixtures.WRAPPER_VIA_IMAGES),
        results.stream().map(r -> r.get("properties").get("via").textValue()).toList());
    assertNotEquals(fingerprint(results.get(0)), fingerprint(results.get(1)));
  }

  @Test
  void sarifFingerprintTwinsSameViaSameFingerprintAndDirectCallUnchanged() throws IOException {
    // The same wrapper call at another line is the same result.
    UndeclaredCall chat = ReportFixtures.wrapperCall(ReportFixtures.WRAPPER_VIA_CHAT);
    UndeclaredCall moved = new UndeclaredCall(chat.element(), chat.target(), chat.marker(),
        chat.sourceFile(), chat.line() + 30, chat.via(), chat.count());
    assertEquals(fingerprint(gai301(assess(List.of(), List.of(chat))).get(0)),
        fingerprint(gai301(assess(List.of(), List.of(moved))).get(0)));
    // A direct call keeps the fingerprint genaiGuidelinesFinding/v1 always gave it: SHA-256 of
    // rule, target, element, subject and attribute, one a line, its first 32 hex digits.
    UndeclaredCall direct = new UndeclaredCall(chat.element(), chat.target(), chat.marker(),
        chat.sourceFile(), chat.line());
    JsonNode result = gai301(assess(List.of(), List.of(direct))).get(0);
    assertEquals(sha256("GAI301\n" + direct.target() + "\n" + direct.element() + "\n"
        + direct.element() + "\nANNOTATION").substring(0, 32), fingerprint(result));
    assertNotEquals(fingerprint(result),
        fingerprint(gai301(assess(List.of(), List.of(chat))).get(0)));
  }

  private static List<JsonNode> gai301(Assessment assessment) throws IOException {
    List<JsonNode> results = new ArrayList<>();
    MAPPER.readTree(render(ReportFormat.SARIF, CONTEXT, assessment)).get("runs").get(0)
        .get("results").forEach(result -> {
          if (result.get("ruleId").textValue().equals("GAI301")) {
            results.add(result);
          }
        });
    return results;
  }

  private static String fingerprint(JsonNode result) {
    return result.get("partialFingerprints").get(SarifReport.FINGERPRINT).textValue();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
