package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.ReportFixtures.CONTEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  @Test
  void headsWithCoordinatesPolicyAndCounts() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, ReportFixtures.assessment());
    assertTrue(md.startsWith("## GenAI compliance: dev.studio:vfx-pipeline:1.4.0\n\n"
        + "Policy **netflix-2025** from genai-policy.yaml, as of 2025-10-01.\n\n"
        + "> [!CAUTION]\n> **Read this first.**\n> - No studio policy artifact judged this build:"
        + " the policy is genai-policy.yaml, a file the project itself controls.\n\n"
        + "**10 errors fail the build.** 3 warnings.\n\n"), md);
    assertEquals(List.of(
            "| Uses | Socialize | Approved | Needs approval | Prohibited | Undeclared calls"
                + " | Errors | Warnings |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|",
            "| 5 | 2 | 1 | 1 | 1 | 2 | 10 | 3 |"),
        table(md, "| Uses |"));
  }

  @Test
  void saysWhenOnlyTheBuiltInRulesApply() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT,
        new dev.genaiguidelines.policy.PolicyEvaluator(
                dev.genaiguidelines.policy.Policy.builtIn(), ReportFixtures.AS_OF)
            .assess(ReportFixtures.uses(), List.of(), true));
    assertEquals(List.of("Policy **netflix-2025** (built-in rules, no policy file), as of"
        + " 2025-10-01."), lines(md, "Policy "));
  }

  @Test
  void listsEachUseWithAVerdictMarker() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, ReportFixtures.assessment());
    assertEquals(List.of(
            "| Use | Tool | Output | Verdict | Approval |",
            "|---|---|---|---|---|",
            "| crowd-extension | runway-gen4 | FINAL_DELIVERABLE | 🔵 approved | APR-2025-0042 |",
            "| dailies-tagging | runway-gen4 | TEMPORARY | 🟢 socialize | APR-2025-0042 |",
            "| hero-creature | midjourney (v7) | TEMPORARY | 🟠 **needs approval** | – |",
            "| storyboard-frames | runway-gen4 | TEMPORARY | 🟢 socialize | – |",
            "| voice-clone | voicebox (2.1) | FINAL_DELIVERABLE | 🔴 **prohibited** | – |"),
        table(md, "| Use |"));
  }

  @Test
  void moduleColumnOnlyInAggregateReports() {
    assertEquals("| Use | Tool | Output | Verdict | Approval |", table(ReportFixtures.render(
        ReportFormat.MARKDOWN, CONTEXT, ReportFixtures.assessment()), "| Use |").get(0));
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, ReportFixtures.aggregate());
    List<String> uses = table(md, "| Use |");
    assertEquals("| Use | Module | Tool | Output | Verdict | Approval |", uses.get(0));
    assertEquals("| voice-clone | dub-tools | voicebox (2.1) | FINAL_DELIVERABLE | 🔴 **prohibited**"
        + " | – |", uses.get(uses.size() - 1));
    assertEquals(1, lines(md, "- **GAI102** (dub-tools) use 'voice-clone': tool 'voicebox'"
        + " trains on and retains inputs or outputs").size(), md);
  }

  @Test
  void failingFindingsUndeclaredCallsAndWarningsAreSeparateLists() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, ReportFixtures.assessment());
    int failing = md.indexOf("\n### Findings that fail the build\n\n");
    int undeclared = md.indexOf("\n### Undeclared GenAI calls\n\n");
    int warnings = md.indexOf("\n### Warnings\n\n");
    assertTrue(0 < failing && failing < undeclared && undeclared < warnings, md);
    assertEquals(8, md.substring(failing, undeclared).split("\n- ").length - 1);
    assertEquals(2, md.substring(undeclared, warnings).split("\n- ").length - 1);
    assertEquals(3, md.substring(warnings).split("\n- ").length - 1);
    assertFalse(md.contains("GAI104** use 'crowd-extension'"), "INFO findings are not listed");
    assertEquals(List.of(" (src/main/java/com/studio/art/CreatureDesigner.java:41)",
            " (src/main/java/com/studio/art/CreatureDesigner.java:41)"),
        lines(md, "- **GAI1").stream().filter(l -> l.contains("'hero-creature'"))
            .map(l -> l.substring(l.lastIndexOf(" ("))).toList());
  }

  @Test
  void mentionsOfTheAnnotationDoNotPingAnyone() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, ReportFixtures.assessment());
    assertFalse(md.replace("`@GenAiUse`", "").contains("@GenAiUse"), md);
    assertEquals(2, lines(md, "- **GAI301** ").stream()
        .filter(l -> l.contains(" with no `@GenAiUse` covering it ")).count(), md);
  }

  @Test
  void timestampOnlyWithOutputTimestamp() {
    assertEquals(List.of("Policy **netflix-2025** from genai-policy.yaml, as of 2025-10-01."),
        lines(ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, ReportFixtures.assessment()),
            "Policy "));
    assertEquals(List.of("Policy **netflix-2025** from genai-policy.yaml, as of 2025-10-01, built"
        + " 2026-01-01T00:00:00Z."), lines(ReportFixtures.render(ReportFormat.MARKDOWN,
            ReportFixtures.STAMPED, ReportFixtures.assessment()), "Policy "));
  }

  @Test
  void hostileStringsStayInsideTheirCell() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, ReportFixtures.hostile());
    String row = md.lines().filter(line -> line.startsWith("| bad")).findFirst().orElseThrow();
    assertEquals(7, unescaped(row, '|'), row);
    assertEquals("| bad\\<id\\>\\|⟦U+202E⟧'\" | mod\\|\\<i\\> | runway-gen4 (\\<b\\>v1\\</b\\>) "
        + "| TEMPORARY | 🟢 socialize | APR\\|\\*\\_\\` |", row);
    assertEquals(0, unescaped(md, '<'), "a raw < could open HTML");
    assertEquals(1, lines(md, "- **GAI301** call in com.studio.Evil\\#call(): calls"
        + " \\</script\\>\\<script\\>x() (marker 'api.openai.com')").size(), md);
    assertFalse(md.contains("\u202E"), "a raw right-to-left override would reorder the text");
  }

  @Test
  void textEscapesEveryInlineMetacharacter() {
    assertEquals("\\\\ \\` \\* \\_ \\[ \\] \\< \\> \\| \\~ \\& \\# \\! ( ) . - +",
        MarkdownReport.text("\\ ` * _ [ ] < > | ~ & # ! ( ) . - +"));
    assertEquals("a b c d", MarkdownReport.text("a\nb\r\nc\td").replace("  ", " "));
    assertEquals("⟦U+0007⟧ ⟦U+2066⟧x⟦U+2069⟧", MarkdownReport.text("\u0007 \u2066x\u2069"));
  }

  @Test
  void textPutsMentionsAndIssueReferencesInCodeSpans() {
    assertEquals("ask `@studio-legal` about `#42`, mail a@b.example, see Foo\\#run",
        MarkdownReport.text("ask @studio-legal about #42, mail a@b.example, see Foo#run"));
    assertEquals("\\# and @ alone", MarkdownReport.text("# and @ alone"));
  }

  @Test
  void anEmptyAssessmentListsOnlyTheUnusedLedgerRecords() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT,
        ReportFixtures.assess(List.of(), List.of()));
    assertEquals(List.of("**No finding fails the build.** 3 warnings."), lines(md, "**No "));
    assertEquals(List.of("No `@GenAiUse` declarations found."), lines(md, "No `@GenAiUse`"));
    assertEquals(List.of("### Uses", "### Warnings"), lines(md, "### "), md);
    assertEquals(3, md.split("\n- \\*\\*GAI008\\*\\* ").length - 1, md);
  }

  /** The lines of {@code md} that start with {@code prefix}, whole. */
  private static List<String> lines(String md, String prefix) {
    return md.lines().filter(line -> line.startsWith(prefix)).toList();
  }

  /** The table whose header row starts with {@code header}: every row up to the blank line. */
  private static List<String> table(String md, String header) {
    List<String> all = md.lines().toList();
    int start = all.indexOf(all.stream().filter(l -> l.startsWith(header)).findFirst()
        .orElseThrow(() -> new AssertionError("no table " + header + " in\n" + md)));
    List<String> rows = new java.util.ArrayList<>();
    for (int i = start; i < all.size() && all.get(i).startsWith("|"); i++) {
      rows.add(all.get(i));
    }
    return rows;
  }

  /** How often {@code c} occurs without a backslash before it. */
  private static int unescaped(String text, char c) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.charAt(i) == c) {
        count++;
      }
    }
    return count;
  }

  @Test
  void theGenAiSdksOnTheClassPathAreListedAfterTheUndeclaredCalls() {
    String md = MarkdownReport.render(CONTEXT.withDependencies(List.of(
        new dev.genaiguidelines.maven.scan.GenAiDependency("com.studio", "aikit", "1.0",
            "OpenAI", true),
        new dev.genaiguidelines.maven.scan.GenAiDependency("com.openai", "openai-java-core",
            "4.8.0", "OpenAI", false))), ReportFixtures.assessment());
    assertTrue(md.contains("\n### GenAI SDKs on the runtime class path\n\n"
        + "- com.openai:openai-java-core:4.8.0 (OpenAI)\n"
        + "- com.studio:aikit:1.0 (OpenAI), declares its uses\n"), md);
    assertTrue(md.indexOf("### Undeclared GenAI calls") < md.indexOf("### GenAI SDKs"), md);
  }

  @Test
  void withoutGenAiSdksThereIsNoSdkSection() {
    assertFalse(MarkdownReport.render(CONTEXT, ReportFixtures.assessment())
        .contains("GenAI SDKs"));
  }
}
