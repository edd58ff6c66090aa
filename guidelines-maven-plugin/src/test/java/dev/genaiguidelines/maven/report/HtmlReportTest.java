package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.ReportFixtures.CONTEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  @Test
  void isOneAccessibleSelfContainedPage() {
    String html = ReportFixtures.render(ReportFormat.HTML, CONTEXT, ReportFixtures.assessment());
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"),
        html.substring(0, 80));
    assertTrue(html.contains("<title>GenAI compliance · dev.studio:vfx-pipeline:1.4.0</title>"));
    for (String external : new String[] {"http:", "https:", "src=", "<link", "@import", "url("}) {
      assertFalse(html.contains(external), "external reference " + external);
    }
    assertTrue(html.contains("<thead><tr><th scope=\"col\">Use</th><th scope=\"col\">Tool</th>"
        + "<th scope=\"col\">Purpose</th><th scope=\"col\">Declared</th>"
        + "<th scope=\"col\">Verdict</th><th scope=\"col\">Ledger</th></tr></thead>"));
    assertEquals(5, count(html, "<th scope=\"row\" class=\"use-id\">"));
  }

  @Test
  void saysWhenOnlyTheBuiltInRulesApply() {
    String html = ReportFixtures.render(ReportFormat.HTML, CONTEXT,
        new dev.genaiguidelines.policy.PolicyEvaluator(
                dev.genaiguidelines.policy.Policy.builtIn(), ReportFixtures.AS_OF)
            .assess(ReportFixtures.uses(), java.util.List.of(), true));
    assertTrue(html.contains("<div><dt>Policy file</dt><dd>none, built-in rules</dd></div>"));
    assertFalse(html.contains("<dt>SHA-256</dt>"));
    assertTrue(html.contains("compiled classes and the built-in rules."));
  }

  @Test
  void everyUseIsAGroupTaggedWithVerdictAndTool() {
    String html = ReportFixtures.render(ReportFormat.HTML, CONTEXT, ReportFixtures.assessment());
    assertTrue(html.contains(
        "<tbody class=\"use v-approved\" data-verdict=\"APPROVED\" data-tool=\"runway-gen4\">"));
    assertTrue(html.contains(
        "<tbody class=\"use v-needs_approval\" data-verdict=\"NEEDS_APPROVAL\" data-tool=\"midjourney\">"));
    assertTrue(html.contains(
        "<tbody class=\"use v-prohibited\" data-verdict=\"PROHIBITED\" data-tool=\"voicebox\">"));
    assertEquals(2, count(html, "data-verdict=\"SOCIALIZE\""));
    assertTrue(html.contains("<option value=\"midjourney\">midjourney</option>"
        + "<option value=\"runway-gen4\">runway-gen4</option>"
        + "<option value=\"voicebox\">voicebox</option>"));
  }

  @Test
  void filtersStayHiddenUntilTheScriptShowsThem() {
    String html = ReportFixtures.render(ReportFormat.HTML, CONTEXT, ReportFixtures.assessment());
    assertTrue(html.contains("<form class=\"filters\" id=\"filters\" hidden aria-label=\"Filter uses\">"));
    assertFalse(html.contains("<tbody class=\"use v-socialize\" data-verdict=\"SOCIALIZE\" "
        + "data-tool=\"runway-gen4\" hidden"), "no use is hidden before the script runs");
    assertTrue(html.contains("form.hidden = false;"));
  }

  @Test
  void findingsShowRuleSeverityProblemAndFix() {
    String html = ReportFixtures.render(ReportFormat.HTML, CONTEXT, ReportFixtures.assessment());
    assertTrue(html.contains("<li class=\"finding sev-error\"><span class=\"rule\" "
        + "title=\"tool-not-registered\">GAI101</span><span class=\"sev\">error</span>"
        + "<span class=\"msg\">use &#39;hero-creature&#39;: tool &#39;midjourney&#39; is not in "
        + "the tool registry of genai-policy.yaml, so its data practices are unknown (Netflix "
        + "GenAI guidance, a principle answered &#39;unsure&#39; escalates the use to written "
        + "approval). <span class=\"fix\"><strong>Fix:</strong> add &#39;midjourney&#39; under "
        + "tools: in genai-policy.yaml once the studio has vetted it, or get written approval."
        + "</span></span></li>"), html);
  }

  @Test
  void timestampOnlyWithOutputTimestamp() {
    String plain = ReportFixtures.render(ReportFormat.HTML, CONTEXT, ReportFixtures.assessment());
    assertFalse(plain.contains("<dt>Built</dt>"));
    assertFalse(plain.contains("2026-"));
    String stamped = ReportFixtures.render(ReportFormat.HTML, ReportFixtures.STAMPED,
        ReportFixtures.assessment());
    assertTrue(stamped.contains("<div><dt>Built</dt><dd><time datetime=\"2026-01-01T00:00:00Z\">"
        + "2026-01-01T00:00:00Z</time></dd></div>"));
  }

  @Test
  void moduleColumnOnlyInAggregateReports() {
    assertFalse(ReportFixtures.render(ReportFormat.HTML, CONTEXT, ReportFixtures.assessment())
        .contains("<th scope=\"col\">Module</th>"));
    String aggregate = ReportFixtures.render(ReportFormat.HTML, CONTEXT, ReportFixtures.aggregate());
    assertTrue(aggregate.contains("<th scope=\"col\">Module</th>"));
    assertTrue(aggregate.contains("<td>dub-tools</td>"));
    assertTrue(aggregate.contains("<td colspan=\"7\">"));
  }

  @Test
  void hostileStringsCannotInjectMarkup() {
    String html = ReportFixtures.render(ReportFormat.HTML, CONTEXT, ReportFixtures.hostile());
    assertEquals(1, count(html, "<script"), "only the report's own script");
    assertEquals(1, count(html, "</script>"), "only the report's own script");
    assertFalse(html.contains("<b>v1"));
    assertFalse(html.contains("<i>"));
    assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; it&#39;s "
        + "&quot;quoted&quot; | pipe"), html);
    assertTrue(html.contains("data-tool=\"runway-gen4\""));
    assertTrue(html.contains("<td>mod|&lt;i&gt;</td>"));
    assertTrue(html.contains("&lt;/<wbr>script&gt;&lt;/<wbr>script&gt;x(<wbr>)")
        || html.contains("&lt;/script&gt;&lt;script&gt;x("), "undeclared target escaped");
  }

  @Test
  void invisibleCharactersAreShownNotObeyed() {
    String html = ReportFixtures.render(ReportFormat.HTML, CONTEXT, ReportFixtures.hostile());
    assertFalse(html.contains("\u202E"), "a raw right-to-left override would reorder the text");
    assertFalse(html.contains("\u0001"));
    assertFalse(html.contains("\u2028"));
    assertTrue(html.contains("&amp; <span class=\"cp\" title=\"invisible character\">U+0001</span>"
        + "ctl <span class=\"cp\" title=\"invisible character\">U+202E</span>gnp.exe"
        + "<span class=\"cp\" title=\"invisible character\">U+2028</span>sep\nnext \\"), html);
  }

  @Test
  void anEmptyAssessmentSaysSoInEverySection() {
    String html = ReportFixtures.render(ReportFormat.HTML, CONTEXT,
        ReportFixtures.assess(java.util.List.of(), java.util.List.of()));
    assertTrue(html.contains("<p class=\"empty\">No <code>@GenAiUse</code> declaration was "
        + "found.</p>"));
    assertTrue(html.contains("No call of a GenAI SDK or endpoint without a"));
    assertTrue(html.contains("<strong>No finding fails the build.</strong>"));
    assertFalse(html.contains("id=\"filters\""));
  }

  @Test
  void htmlTextNameAddsBreakOpportunitiesBetweenParts() {
    assertEquals("com.<wbr>x.<wbr>Foo#<wbr>run(<wbr>a.<wbr>B,<wbr>int)",
        HtmlText.name("com.x.Foo#run(a.B,int)"));
    assertEquals("src/<wbr>&lt;i&gt;.<wbr>java", HtmlText.name("src/<i>.java"));
  }

  private static int count(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}
