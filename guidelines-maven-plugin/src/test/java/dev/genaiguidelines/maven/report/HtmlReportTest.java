package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.ReportFixtures.CONTEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.UseDeclaration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The HTML report, parsed as a browser would (jsoup) and asserted by element, so a test says
 * which element holds what and cannot pass on a match in a script or another section.
 */
class HtmlReportTest {

  private static Document render(ReportContext context, Assessment assessment) {
    return Jsoup.parse(ReportFixtures.render(ReportFormat.HTML, context, assessment));
  }

  private static Document golden() {
    return render(CONTEXT, ReportFixtures.assessment());
  }

  /** The {@code <dd>} after the {@code <dt>} named {@code term} in the masthead, or "". */
  private static String meta(Document html, String term) {
    for (Element div : html.select("dl.meta > div")) {
      if (div.selectFirst("dt").text().equals(term)) {
        return div.selectFirst("dd").html();
      }
    }
    return "";
  }

  private static List<String> texts(Elements elements) {
    return elements.eachText();
  }

  /**
   * Characters above U+00FF, the report's own (the en dash of an empty ledger reference, the
   * arrow of a change) and a use's, are written as numeric references: the page stays Latin-1
   * (see {@link HtmlText#escape}) and a browser still shows them as they are.
   */
  @Test
  void widerCharactersAreReferencesAndReadTheSame() {
    UseDeclaration use = UseDeclaration.builder("com.studio.Dub#run()").id("dub-ja")
        .tool("runway-gen4").purpose("吹き替え \uD83C\uDFAC – café").inputs(DataInput.NONE)
        .creates(Creates.PREVIS).source("src/main/java/com/studio/Dub.java", 3).build();
    Assessment assessment = ReportFixtures.assess(List.of(use), List.of());
    String raw = ReportFixtures.render(ReportFormat.HTML, ReportFixtures.since(), assessment);
    assertEquals("", raw.chars().filter(c -> c > 0xFF).mapToObj(Character::toString)
        .distinct().collect(java.util.stream.Collectors.joining()), "only Latin-1 in the page");
    assertTrue(raw.contains("&#x5439;&#x304D;&#x66FF;&#x3048; &#x1F3AC; &#x2013; café"), raw);
    Document html = Jsoup.parse(raw);
    assertEquals("吹き替え \uD83C\uDFAC – café", html.selectFirst("td.purpose").text());
    assertEquals("–", html.selectFirst("td.ledger span.none").text());
  }

  @Test
  void isOneAccessibleSelfContainedPage() {
    String raw = ReportFixtures.render(ReportFormat.HTML, CONTEXT, ReportFixtures.assessment());
    assertTrue(raw.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"),
        raw.substring(0, 80));
    Document html = Jsoup.parse(raw);
    assertEquals("en", html.selectFirst("html").attr("lang"));
    assertEquals("GenAI compliance · dev.studio:vfx-pipeline:1.4.0", html.title());
    assertEquals(List.of(), html.select("[src], link, [href~=^https?:]").stream()
        .map(Element::outerHtml).toList(), "no external reference");
    for (Element style : html.select("style")) {
      assertFalse(style.data().contains("@import") || style.data().contains("url("),
          "no external stylesheet");
    }
    assertEquals(List.of("Use", "Tool", "Purpose", "Declared", "Verdict", "Ledger"),
        texts(html.select("#uses thead th[scope=col]")));
    assertEquals(5, html.select("th[scope=row].use-id").size());
  }

  @Test
  void saysWhenOnlyTheBuiltInRulesApply() {
    Document html = render(CONTEXT, new PolicyEvaluator(Policy.builtIn(), ReportFixtures.AS_OF)
        .assess(ReportFixtures.uses(), List.of(), true));
    assertEquals("none, built-in rules", meta(html, "Policy file"));
    assertEquals("", meta(html, "SHA-256"));
  }

  @Test
  void twinAPolicyFileIsNamedWithItsHash() {
    Document html = golden();
    assertEquals("<code>genai-policy.yaml</code>", meta(html, "Policy file"));
    assertEquals(ReportFixtures.POLICY_SHA256,
        html.selectFirst("dl.meta code[title]").attr("title"));
  }

  @Test
  void everyUseIsAGroupTaggedWithVerdictAndTool() {
    Document html = golden();
    assertEquals(List.of("APPROVED runway-gen4 use v-approved",
            "SOCIALIZE runway-gen4 use v-socialize",
            "NEEDS_APPROVAL midjourney use v-needs_approval",
            "SOCIALIZE runway-gen4 use v-socialize",
            "PROHIBITED voicebox use v-prohibited"),
        html.select("tbody.use").stream()
            .map(b -> b.attr("data-verdict") + " " + b.attr("data-tool") + " " + b.className())
            .toList());
    assertEquals(List.of("", "midjourney", "runway-gen4", "voicebox"),
        html.select("select[name=tool] option").eachAttr("value"));
  }

  @Test
  void filtersStayHiddenUntilTheScriptShowsThem() {
    Document html = golden();
    Element form = html.getElementById("filters");
    assertTrue(form.hasAttr("hidden"), form.outerHtml());
    assertEquals(List.of(), html.select("tbody.use[hidden]").eachAttr("data-verdict"),
        "no use is hidden before the script runs");
    assertTrue(html.selectFirst("script").data().contains("form.hidden = false;"));
  }

  @Test
  void findingsShowRuleSeverityProblemAndFix() {
    Element finding = golden().select("li.finding").stream()
        .filter(li -> li.selectFirst(".rule").text().equals("GAI101")).findFirst().orElseThrow();
    assertEquals("finding sev-error", finding.className());
    assertEquals("tool-not-registered", finding.selectFirst(".rule").attr("title"));
    assertEquals("error", finding.selectFirst(".sev").text());
    assertEquals("use 'hero-creature': tool 'midjourney' is not in the tool registry of"
        + " genai-policy.yaml, so its data practices are unknown (Netflix GenAI guidance, a"
        + " principle answered 'unsure' escalates the use to written approval).",
        finding.selectFirst(".msg").ownText());
    assertEquals("Fix: add 'midjourney' under tools: in genai-policy.yaml once the studio has"
        + " vetted it, or get written approval.", finding.selectFirst(".msg .fix").text());
  }

  @Test
  void timestampOnlyWithOutputTimestamp() {
    assertEquals("", meta(golden(), "Built"));
    Document stamped = render(ReportFixtures.STAMPED, ReportFixtures.assessment());
    assertEquals("<time datetime=\"2026-01-01T00:00:00Z\">2026-01-01T00:00:00Z</time>",
        meta(stamped, "Built"));
  }

  @Test
  void moduleColumnOnlyInAggregateReports() {
    assertEquals(List.of("Use", "Tool", "Purpose", "Declared", "Verdict", "Ledger"),
        texts(golden().select("#uses thead th[scope=col]")));
    Document aggregate = render(CONTEXT, ReportFixtures.aggregate());
    assertEquals(List.of("Use", "Module", "Tool", "Purpose", "Declared", "Verdict", "Ledger"),
        texts(aggregate.select("#uses thead th[scope=col]")));
    assertEquals("dub-tools", aggregate.select("tbody.use[data-tool=voicebox] > tr > td")
        .first().text());
    assertEquals("7", aggregate.selectFirst("tr.findings > td").attr("colspan"));
  }

  @Test
  void hostileStringsCannotInjectMarkup() {
    Document html = render(CONTEXT, ReportFixtures.hostile());
    assertEquals(1, html.select("script").size(), "only the report's own script");
    assertEquals(List.of(), html.select("b, i").eachText(), "no element from declared data");
    Element use = html.selectFirst("tbody.use");
    assertEquals("runway-gen4", use.attr("data-tool"));
    assertEquals("<script>alert(\"x\")</script> it's \"quoted\" | pipe `tick` *star* _under_"
        + " [link](https://x.test) & U+0001ctl U+202Egnp.exeU+2028sep next \\",
        use.selectFirst("td.purpose").text());
    assertEquals("mod|<i>", use.select("tr > td").first().text());
    assertEquals("</script><script>x()",
        html.select("#undeclared tbody td code").first().text());
  }

  @Test
  void invisibleCharactersAreShownNotObeyed() {
    String raw = ReportFixtures.render(ReportFormat.HTML, CONTEXT, ReportFixtures.hostile());
    assertFalse(raw.contains("\u202E"), "a raw right-to-left override would reorder the text");
    assertFalse(raw.contains("\u0001"), "a raw control character");
    assertFalse(raw.contains("\u2028"), "a raw line separator");
    Element purpose = Jsoup.parse(raw).selectFirst("td.purpose");
    assertEquals(List.of("U+0001", "U+202E", "U+2028"), texts(purpose.select("span.cp")));
    assertEquals(List.of("invisible character"), purpose.select("span.cp").eachAttr("title")
        .stream().distinct().toList());
  }

  @Test
  void anEmptyAssessmentSaysSoInEverySection() {
    Document html = render(CONTEXT, ReportFixtures.assess(List.of(), List.of()));
    assertEquals(List.of("No @GenAiUse declaration was found.",
            "No call of a GenAI SDK or endpoint without a @GenAiUse was found."),
        texts(html.select("p.empty")));
    assertEquals("No finding fails the build.", html.selectFirst(".status strong").text());
    assertEquals(null, html.getElementById("filters"));
  }

  @Test
  void htmlTextNameAddsBreakOpportunitiesBetweenParts() {
    assertEquals("com.<wbr>x.<wbr>Foo#<wbr>run(<wbr>a.<wbr>B,<wbr>int)",
        HtmlText.name("com.x.Foo#run(a.B,int)"));
    assertEquals("src/<wbr>&lt;i&gt;.<wbr>java", HtmlText.name("src/<i>.java"));
  }
}
