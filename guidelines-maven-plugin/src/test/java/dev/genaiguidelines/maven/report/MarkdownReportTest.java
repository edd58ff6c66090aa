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
    assertTrue(md.contains("| 5 | 2 | 1 | 1 | 1 | 2 | 10 | 3 |\n"));
  }

  @Test
  void saysWhenOnlyTheBuiltInRulesApply() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT,
        new dev.genaiguidelines.policy.PolicyEvaluator(
                dev.genaiguidelines.policy.Policy.builtIn(), ReportFixtures.AS_OF)
            .assess(ReportFixtures.uses(), List.of(), true));
    assertTrue(md.contains("Policy **netflix-2025** (built-in rules, no policy file), as of "
        + "2025-10-01.\n"), md);
  }

  @Test
  void listsEachUseWithAVerdictMarker() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, ReportFixtures.assessment());
    assertTrue(md.contains("| Use | Tool | Output | Verdict | Approval |\n|---|---|---|---|---|\n"
        + "| crowd-extension | runway-gen4 | FINAL_DELIVERABLE | 🔵 approved | APR-2025-0042 |\n"),
        md);
    assertTrue(md.contains(
        "| hero-creature | midjourney (v7) | TEMPORARY | 🟠 **needs approval** | – |\n"));
    assertTrue(md.contains(
        "| voice-clone | voicebox (2.1) | FINAL_DELIVERABLE | 🔴 **prohibited** | – |\n"));
  }

  @Test
  void moduleColumnOnlyInAggregateReports() {
    assertFalse(ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, ReportFixtures.assessment())
        .contains("| Module |"));
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, ReportFixtures.aggregate());
    assertTrue(md.contains("| Use | Module | Tool | Output | Verdict | Approval |\n"));
    assertTrue(md.contains("| voice-clone | dub-tools | voicebox (2.1) |"));
    assertTrue(md.contains("- **GAI102** (dub-tools) use 'voice-clone': tool 'voicebox'"), md);
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
    assertTrue(md.contains("(src/main/java/com/studio/art/CreatureDesigner.java:41)\n"));
  }

  @Test
  void mentionsOfTheAnnotationDoNotPingAnyone() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, ReportFixtures.assessment());
    assertFalse(md.replace("`@GenAiUse`", "").contains("@GenAiUse"), md);
    assertTrue(md.contains("with no `@GenAiUse` covering it"));
  }

  @Test
  void timestampOnlyWithOutputTimestamp() {
    assertFalse(ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, ReportFixtures.assessment())
        .contains("built"));
    assertTrue(ReportFixtures.render(ReportFormat.MARKDOWN, ReportFixtures.STAMPED,
            ReportFixtures.assessment())
        .contains("as of 2025-10-01, built 2026-01-01T00:00:00Z.\n"));
  }

  @Test
  void hostileStringsStayInsideTheirCell() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, ReportFixtures.hostile());
    String row = md.lines().filter(line -> line.startsWith("| bad")).findFirst().orElseThrow();
    assertEquals(7, unescaped(row, '|'), row);
    assertEquals("| bad\\<id\\>\\|⟦U+202E⟧'\" | mod\\|\\<i\\> | runway-gen4 (\\<b\\>v1\\</b\\>) "
        + "| TEMPORARY | 🟢 socialize | APR\\|\\*\\_\\` |", row);
    assertEquals(0, unescaped(md, '<'), "a raw < could open HTML");
    assertTrue(md.contains("calls \\</script\\>\\<script\\>x() (marker"), md);
    assertFalse(md.contains("\u202E"));
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
    assertTrue(md.contains("**No finding fails the build.** 3 warnings."), md);
    assertTrue(md.contains("No `@GenAiUse` declarations found."));
    assertFalse(md.contains("### Findings that fail the build"));
    assertFalse(md.contains("### Undeclared GenAI calls"));
    assertEquals(3, md.split("\n- \\*\\*GAI008\\*\\* ").length - 1, md);
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
}
