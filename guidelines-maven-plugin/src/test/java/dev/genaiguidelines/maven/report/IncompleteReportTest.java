package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.ReportFixtures.CONTEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A report whose scan could not read every class file says so in every format, beside the
 * golden files: each file and reason is listed, and only such a report warns.
 */
class IncompleteReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String CUT = "target/classes/com/studio/vfx/Cut.class";
  private static final String EVIL = "target/classes/com/studio/Evil.class";

  private static String incomplete(ReportFormat format) {
    return ReportFixtures.render(format, ReportFixtures.incomplete(), ReportFixtures.assessment());
  }

  private static String complete(ReportFormat format) {
    return ReportFixtures.render(format, CONTEXT, ReportFixtures.assessment());
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void everyFormatNamesEachUnreadableFileOnlyWhenThereIsOne(ReportFormat format) {
    // The HTML report lets a path wrap after each dot and slash.
    String report = incomplete(format).replace("<wbr>", "");
    assertTrue(report.contains(CUT), report);
    assertTrue(report.contains(EVIL), report);
    assertTrue(report.contains("truncated class file (ends after 50 bytes)"), report);
    assertFalse(complete(format).replace("<wbr>", "").contains(CUT),
        "a complete scan names no unread file: " + format.id());
  }

  @Test
  void jsonListsFileAndReasonSortedByFile() throws IOException {
    JsonNode unreadable = MAPPER.readTree(incomplete(ReportFormat.JSON)).get("unreadable");
    assertEquals("[{\"file\":\"" + EVIL + "\",\"reason\":\"@GenAiUse on com.studio.Evil<b>:"
        + " attribute 'output' is missing\"},{\"file\":\"" + CUT + "\",\"reason\":\"truncated"
        + " class file (ends after 50 bytes)\"}]", unreadable.toString());
    assertEquals("[]",
        MAPPER.readTree(complete(ReportFormat.JSON)).get("unreadable").toString());
  }

  @Test
  void sarifHasAnErrorNotificationPerFileAtItsPath() throws IOException {
    JsonNode run = MAPPER.readTree(incomplete(ReportFormat.SARIF)).get("runs").get(0);
    JsonNode invocation = run.get("invocations").get(0);
    assertTrue(invocation.get("executionSuccessful").booleanValue());
    JsonNode notifications = invocation.get("toolExecutionNotifications");
    assertEquals(2, notifications.size());
    JsonNode cut = notifications.get(1);
    assertEquals("error", cut.get("level").textValue());
    assertEquals("Cannot read class file " + CUT + ": truncated class file (ends after 50 bytes)."
        + " The results may lack the uses and GenAI calls in it.",
        cut.get("message").get("text").textValue());
    JsonNode artifact = cut.get("locations").get(0).get("physicalLocation")
        .get("artifactLocation");
    assertEquals(CUT, artifact.get("uri").textValue());
    assertEquals(SarifReport.SOURCE_ROOT, artifact.get("uriBaseId").textValue());
    assertFalse(MAPPER.readTree(complete(ReportFormat.SARIF)).get("runs").get(0)
        .has("invocations"));
  }

  @Test
  void htmlWarnsThatTheReportMayBeIncompleteAndEscapesTheReason() {
    String html = incomplete(ReportFormat.HTML);
    assertTrue(html.contains("<section class=\"incomplete\" role=\"alert\""
        + " aria-labelledby=\"incomplete-title\">\n<h2 id=\"incomplete-title\">This report may be"
        + " incomplete</h2>\n<p>2 class files were not read, so any use or GenAI call in them is"
        + " missing below."), html);
    assertTrue(html.contains("@GenAiUse on com.studio.Evil&lt;b&gt;: attribute"), html);
    assertFalse(html.contains("Evil<b>"), html);
    assertTrue(html.indexOf("class=\"incomplete\"") < html.indexOf("id=\"uses\""), html);
    assertFalse(complete(ReportFormat.HTML).contains("class=\"incomplete\""),
        "a complete scan has no warning");
  }

  @Test
  void markdownWarnsRightAfterTheHeading() {
    String md = incomplete(ReportFormat.MARKDOWN);
    assertTrue(md.contains("\n\n> [!WARNING]\n> **This report may be incomplete:** 2 class files"
        + " were not read, so any use or GenAI call in them is missing here.\n>\n"
        + "> - target/classes/com/studio/Evil.class: `@GenAiUse` on com.studio.Evil\\<b\\>:"
        + " attribute 'output' is missing\n"
        + "> - target/classes/com/studio/vfx/Cut.class: truncated class file (ends after 50"
        + " bytes)\n\n"), md);
    assertTrue(md.indexOf("[!WARNING]") < md.indexOf("### Uses"), md);
    assertFalse(complete(ReportFormat.MARKDOWN).contains("[!WARNING]"),
        "a complete scan has no warning");
  }

  @Test
  void cycloneDxHasAPropertyPerFileAndAnotherSerialNumber() {
    String bom = incomplete(ReportFormat.CYCLONEDX);
    assertTrue(bom.contains("\"name\" : \"genai-guidelines:unreadable\",\n        \"value\" : \""
        + CUT + ": truncated class file (ends after 50 bytes)\""), bom);
    assertFalse(complete(ReportFormat.CYCLONEDX).contains("genai-guidelines:unreadable"),
        "a complete scan has no unreadable property");
    assertNotEquals(serialNumber(bom), serialNumber(complete(ReportFormat.CYCLONEDX)));
  }

  private static String serialNumber(String bom) {
    java.util.regex.Matcher serial =
        java.util.regex.Pattern.compile("\"serialNumber\" : \"(urn:uuid:[0-9a-f-]{36})\"")
            .matcher(bom);
    assertTrue(serial.find(), bom);
    return serial.group(1);
  }
}
