package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.ReportFixtures.CONTEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.UseDeclaration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The human-readable reports render a finding from its parts: a declared value that looks like
 * the message's own punctuation stays inside the part it belongs to. Regression test for the
 * split of a rendered message at its last {@code ". Fix: "}, which moved the fix of a tool named
 * {@code a. Fix: b} into the problem.
 */
class FindingPartsTest {
  private static final String CITATION = "(Netflix GenAI guidance, a principle answered"
      + " &#39;unsure&#39; escalates the use to written approval).";

  @Test
  void aToolNamedLikeTheFixKeepsProblemAndFixApartInHtml() {
    assertEquals(List.of("use &#39;odd-tool&#39;: tool &#39;a. Fix: b&#39; is not in the tool"
            + " registry of genai-policy.yaml, so its data practices are unknown " + CITATION
            + " <span class=\"fix\"><strong>Fix:</strong> add &#39;a. Fix: b&#39; under tools: in"
            + " genai-policy.yaml once the studio has vetted it, or get written approval."
            + "</span>"),
        htmlMessages(withTool("a. Fix: b")));
  }

  @Test
  void anOrdinaryToolRendersTheSameWayInHtml() {
    assertEquals(List.of("use &#39;odd-tool&#39;: tool &#39;dall-e&#39; is not in the tool"
            + " registry of genai-policy.yaml, so its data practices are unknown " + CITATION
            + " <span class=\"fix\"><strong>Fix:</strong> add &#39;dall-e&#39; under tools: in"
            + " genai-policy.yaml once the studio has vetted it, or get written approval."
            + "</span>"),
        htmlMessages(withTool("dall-e")));
  }

  @Test
  void aToolNamedLikeTheFixKeepsProblemAndFixApartInMarkdown() {
    assertEquals(List.of("- **GAI101** use 'odd-tool': tool 'a. Fix: b' is not in the tool"
            + " registry of genai-policy.yaml, so its data practices are unknown (Netflix GenAI"
            + " guidance, a principle answered 'unsure' escalates the use to written approval)."
            + " Fix: add 'a. Fix: b' under tools: in genai-policy.yaml once the studio has vetted"
            + " it, or get written approval. (src/Odd.java:3)"),
        markdownItems(withTool("a. Fix: b")));
  }

  @Test
  void anOrdinaryToolRendersTheSameWayInMarkdown() {
    assertEquals(List.of("- **GAI101** use 'odd-tool': tool 'dall-e' is not in the tool"
            + " registry of genai-policy.yaml, so its data practices are unknown (Netflix GenAI"
            + " guidance, a principle answered 'unsure' escalates the use to written approval)."
            + " Fix: add 'dall-e' under tools: in genai-policy.yaml once the studio has vetted"
            + " it, or get written approval. (src/Odd.java:3)"),
        markdownItems(withTool("dall-e")));
  }

  private static Assessment withTool(String tool) {
    UseDeclaration use = UseDeclaration.builder("com.studio.Odd").id("odd-tool").tool(tool)
        .purpose("Tries a tool nobody registered.").inputs(DataInput.NONE)
        .creates(Creates.IDEATION).source("src/Odd.java", 3).build();
    // The ledger is not judged, so the use's finding is the only one.
    return new PolicyEvaluator(ReportFixtures.policy(), ReportFixtures.AS_OF)
        .assess(List.of(use), List.of(), false);
  }

  /** The content of every finding's message span. */
  private static List<String> htmlMessages(Assessment assessment) {
    String html = ReportFixtures.render(ReportFormat.HTML, CONTEXT, assessment);
    Matcher matcher = Pattern.compile("<span class=\"msg\">(.*?)</span></li>").matcher(html);
    return matcher.results().map(m -> m.group(1)).toList();
  }

  /** Every list item that names a rule. */
  private static List<String> markdownItems(Assessment assessment) {
    String markdown = ReportFixtures.render(ReportFormat.MARKDOWN, CONTEXT, assessment);
    return markdown.lines().filter(line -> line.startsWith("- **GAI")).toList();
  }
}
