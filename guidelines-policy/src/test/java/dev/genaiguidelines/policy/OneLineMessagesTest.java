package dev.genaiguidelines.policy;

import static dev.genaiguidelines.policy.PolicyFileReaderTest.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Messages quote what a user wrote, and a build log shows each on one line: a quoted line break,
 * control or bidi character must not start a forged log line or reorder the text. Regression
 * tests for what the seed corpus and the first fuzzing run of {@link PolicyFileJazzerTest} found.
 */
class OneLineMessagesTest {

  @Test
  void aQuotedKeyWithACarriageReturnOrLineSeparatorStaysOnOneLine() {
    assertEquals("genai-policy.yaml:2:1: unknown key 'sev\\rerity\\u2028x\\u202E' at the top"
            + " level; expected one of: policy, tools, approvers, requireSignedApprovals, approvals, consents, severity, detect",
        error("policy: netflix-2025\n\"sev\\rerity\\u2028x\\u202E\": {}\n").getMessage());
  }

  @Test
  void aPlainKeyIsQuotedAsItIs() {
    assertEquals("genai-policy.yaml:2:1: unknown key 'ai tools' at the top level; expected one"
            + " of: policy, tools, approvers, requireSignedApprovals, approvals, consents, severity, detect",
        error("policy: netflix-2025\n\"ai tools\": {}\n").getMessage());
  }

  @Test
  void theSpacesHintQuotesTheStrippedValueShortAndOnOneLine() {
    String id = "x".repeat(300) + "\nline";
    assertEquals("genai-policy.yaml:3:9: 'id' in tool '" + "x".repeat(60) + "...': '"
            + "x".repeat(60) + "...' has spaces at its start or end; write '" + "x".repeat(60)
            + "...'",
        error("policy: netflix-2025\ntools:\n  - id: \"" + id.replace("\n", "\\n")
            + " \"\n    enterpriseSecured: true\n    trainsOnInputs: false\n"
            + "    retainsInputs: false\n").getMessage());
    assertEquals("genai-policy.yaml:3:9: 'id' in tool 'tool\\nforged ': 'tool\\nforged ' has"
            + " spaces at its start or end; write 'tool\\nforged'",
        error("policy: netflix-2025\ntools:\n  - id: \"tool\\nforged \"\n").getMessage());
  }

  /** Found by fuzzing: snakeyaml's message quoted the raw line break it found. */
  @Test
  void aParserMessageQuotingALineBreakStaysOnOneLine() {
    assertEquals("genai-policy.yaml:3:2: invalid YAML: expected alphabetic or numeric character,"
            + " but found \\n(10) (while scanning a directive at line 3, column 1)",
        error("%YMLAG !e! tag:example.com,(4000:\n---\n%\n...\n").getMessage());
  }

  @Test
  void ruleMessagesEscapeControlAndInvisibleCharactersInDeclaredValues() {
    assertEquals("[GAI101] use 'a\\u000Ab': tool 'x\\u000D\\u000A[INFO] ok\\u202E\\u2028' is not"
            + " in the registry, so its data practices are unknown (Netflix GenAI guidance, a"
            + " principle answered 'unsure' escalates the use to written approval). Fix: add"
            + " 'x\\u000D\\u000A[INFO] ok\\u202E\\u2028' under tools: in f.yaml once the studio"
            + " has vetted it, or get written approval.",
        toolNotRegistered("use 'a\nb'", "x\r\n[INFO] ok\u202E\u2028").message());
  }

  @Test
  void ruleMessagesKeepPrintableValuesAsTheyAre() {
    assertEquals("[GAI101] use 'crowd-extension': tool 'runway <gen4> é 漢' is not in the"
            + " registry, so its data practices are unknown (Netflix GenAI guidance, a principle"
            + " answered 'unsure' escalates the use to written approval). Fix: add"
            + " 'runway <gen4> é 漢' under tools: in f.yaml once the studio has vetted it, or get written approval.",
        toolNotRegistered("use 'crowd-extension'", "runway <gen4> é 漢").message());
  }

  @Test
  void anInvalidIdIsQuotedOnOneLine() {
    UseDeclaration use = UseDeclaration.builder("com.x.Foo").id("bad\nid").tool("t")
        .purpose("p").inputs(DataInput.NONE).creates(Creates.PREVIS).build();
    List<Finding> findings = new PolicyEvaluator(Policy.builtIn(), LocalDate.of(2026, 1, 1))
        .evaluate(use).findings();
    assertEquals("[GAI001] use 'bad\\u000Aid': id 'bad\\u000Aid' does not match"
            + " [a-z0-9][a-z0-9.-]{1,63} (Netflix GenAI guidance, every intended use is shared"
            + " with the studio, so every use is declared once and well). Fix: use 2 to 64"
            + " lower-case letters, digits, dots or dashes, e.g. \"bad-id\".",
        findings.get(0).message());
  }

  private static Finding toolNotRegistered(String about, String tool) {
    return new Finding(Severity.ERROR, "id", UseAttribute.TOOL, about,
        new Reason.ToolNotRegistered(tool, "the registry", "f.yaml"), "");
  }
}
