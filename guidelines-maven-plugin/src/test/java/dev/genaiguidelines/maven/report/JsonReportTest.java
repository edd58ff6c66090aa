package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.ReportFixtures.CONTEXT;
import static dev.genaiguidelines.maven.report.ReportFixtures.STAMPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.genaiguidelines.maven.scan.GenAiDependency;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.Rule;
import dev.genaiguidelines.policy.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void topLevelFieldsAreTheContractOnesInOrder() throws IOException {
    JsonNode report = parse(CONTEXT, ReportFixtures.assessment());
    assertEquals(List.of("schemaVersion", "project", "policy", "skipped", "enforcement", "summary",
        "uses", "undeclared", "dependencies", "dependencyUses", "ledger", "ledgerFindings",
        "unreadable"), fieldNames(report));
    assertEquals(1, report.get("schemaVersion").intValue());
    assertEquals(List.of("uses", "socialize", "approved", "needsApproval", "prohibited",
        "undeclared", "errors", "warnings", "dependencyUses"), fieldNames(report.get("summary")));
    assertEquals("[5,2,1,1,1,2,10,3,0]", values(report.get("summary")));
  }

  @Test
  void dependenciesListTheGenAiSdksSortedByCoordinates() throws IOException {
    String json = JsonReport.render(CONTEXT.withDependencies(List.of(
        new GenAiDependency("com.openai", "openai-java-core", "4.8.0", "OpenAI", false),
        new GenAiDependency("com.anthropic", "anthropic-java-core", "2.1.0", "Anthropic", true))),
        ReportFixtures.assessment());
    assertTrue(json.contains("""
          "dependencies": [
            {
              "groupId": "com.anthropic",
              "artifactId": "anthropic-java-core",
              "version": "2.1.0",
              "vendor": "Anthropic",
              "declaresUses": true,
              "findings": []
            },
            {
              "groupId": "com.openai",
              "artifactId": "openai-java-core",
              "version": "4.8.0",
              "vendor": "OpenAI",
              "declaresUses": false,
              "findings": []
            }
          ],
        """), json);
  }

  @Test
  void withoutGenAiSdksDependenciesIsEmpty() throws IOException {
    String json = JsonReport.render(CONTEXT, ReportFixtures.assessment());
    assertTrue(json.contains("\n  \"dependencies\": [],\n"), json);
  }

  @Test
  void useFieldsCoverTheDeclarationVerdictAndPlace() throws IOException {
    JsonNode use = parse(CONTEXT, ReportFixtures.assessment()).get("uses").get(0);
    assertEquals(List.of("id", "element", "tool", "model", "purpose", "output", "inputs",
        "creates", "context", "unionCoveredWork", "verdict", "approval", "consent", "sourceFile",
        "line", "findings"), fieldNames(use));
    assertEquals("crowd-extension", use.get("id").textValue());
    assertEquals("APPROVED", use.get("verdict").textValue());
    assertEquals(18, use.get("line").intValue());
    JsonNode finding = use.get("findings").get(0);
    assertEquals(List.of("rule", "severity", "attribute", "message"), fieldNames(finding));
    assertEquals("GAI104", finding.get("rule").textValue());
    assertEquals("INFO", finding.get("severity").textValue());
    assertEquals("output", finding.get("attribute").textValue());
  }

  @Test
  void moduleAppearsOnlyInAggregateReports() throws IOException {
    JsonNode single = parse(CONTEXT, ReportFixtures.assessment()).get("uses");
    single.forEach(use -> assertFalse(use.has("module"), use.toString()));

    JsonNode aggregate = parse(CONTEXT, ReportFixtures.aggregate()).get("uses");
    assertEquals("vfx-core", aggregate.get(0).get("module").textValue());
    assertEquals("dub-tools", aggregate.get(4).get("module").textValue());
    assertEquals("voice-clone", aggregate.get(4).get("id").textValue());
  }

  @Test
  void timestampOnlyWithOutputTimestamp() throws IOException {
    assertFalse(parse(CONTEXT, ReportFixtures.assessment()).has("timestamp"));
    JsonNode stamped = parse(STAMPED, ReportFixtures.assessment());
    assertEquals("2026-01-01T00:00:00Z", stamped.get("timestamp").textValue());
    assertEquals("timestamp", fieldNames(stamped).get(1));
  }

  @Test
  void undeclaredCallsCarryTheirGai301Finding() throws IOException {
    JsonNode call = parse(CONTEXT, ReportFixtures.assessment()).get("undeclared").get(0);
    assertEquals(List.of("element", "target", "via", "marker", "sourceFile", "line", "count",
        "rule", "severity", "message"), fieldNames(call));
    assertEquals("com.studio.dub.QuickDub#run()", call.get("element").textValue());
    assertEquals("GAI301", call.get("rule").textValue());
    assertTrue(call.get("message").textValue().startsWith("[GAI301] call in "
        + "com.studio.dub.QuickDub#run(): "), call.get("message").textValue());
  }

  @Test
  void undeclaredCallsAreStillListedWhenThePolicyTurnsGai301Off() throws IOException {
    Policy base = ReportFixtures.policy();
    Policy off = new Policy(base.name(), base.source(), base.sha256(), base.tools(),
        base.approvals(), base.consents(), true, true, Map.of(Rule.GAI301, Severity.OFF),
        Map.of(), null);
    Assessment assessment = new PolicyEvaluator(off, ReportFixtures.AS_OF)
        .assess(ReportFixtures.uses(), ReportFixtures.calls(), true);

    JsonNode report = parse(CONTEXT, assessment);
    JsonNode call = report.get("undeclared").get(0);
    assertEquals(List.of("element", "target", "via", "marker", "sourceFile", "line", "count"),
        fieldNames(call));
    assertEquals(2, report.get("summary").get("undeclared").intValue());
    assertEquals(8, report.get("summary").get("errors").intValue());
  }

  @Test
  void hostileStringsParseBackUnchanged() throws IOException {
    JsonNode report = parse(CONTEXT, ReportFixtures.hostile());
    JsonNode use = report.get("uses").get(0);
    assertEquals(ReportFixtures.HOSTILE_ID, use.get("id").textValue());
    assertEquals(ReportFixtures.HOSTILE_PURPOSE, use.get("purpose").textValue());
    assertEquals("mod|<i>", use.get("module").textValue());
    assertEquals("<b>v1</b>", use.get("model").textValue());
    assertEquals("</script><script>x()", report.get("undeclared").get(0).get("target").textValue());
  }

  @Test
  void hostileStringsAreEscapedNotWrittenRaw() {
    String json = ReportFixtures.render(ReportFormat.JSON, CONTEXT, ReportFixtures.hostile());
    assertTrue(json.contains("\\u0001ctl \\u202egnp.exe\\u2028sep\\nnext \\\\\""), json);
    assertFalse(json.contains("\u2028"), "raw U+2028 ends a line in JavaScript");
    assertFalse(json.contains("\u202E"), "a raw bidi override makes the file read otherwise");
  }

  static JsonNode parse(ReportContext context, Assessment assessment) throws IOException {
    return MAPPER.readTree(ReportFixtures.bytes(ReportFormat.JSON, context, assessment));
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String values(JsonNode node) {
    List<String> values = new ArrayList<>();
    node.elements().forEachRemaining(value -> values.add(value.asText()));
    return "[" + String.join(",", values) + "]";
  }
}
