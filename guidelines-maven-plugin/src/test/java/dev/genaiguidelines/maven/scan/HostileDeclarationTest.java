package dev.genaiguidelines.maven.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.genaiguidelines.maven.report.ReportContext;
import dev.genaiguidelines.maven.report.ReportFormat;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.DetectionMarkers;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile strings in a real declaration, end to end: javac compiles them into a class file, the
 * scanner reads them back exactly, the evaluator quotes them in one-line messages, and every
 * report format either keeps them exactly (JSON, SARIF, CycloneDX) or shows them inertly (HTML,
 * Markdown).
 *
 * <p>A 1 MB purpose cannot come out of javac: a class file stores an annotation string in one
 * constant of at most 65535 bytes. The class file carries the largest purpose javac accepts; the
 * 1 MB purpose goes into the same declaration afterwards, for the evaluator and the writers.
 */
class HostileDeclarationTest {
  /** HTML and Markdown metacharacters, quotes, a backslash and invisible characters. */
  static final String HOSTILE = "<img src=x onerror=alert(1)></td><!-- `|*_[x](y)# @x \"q\" 'a'"
      + " \\ \u0001\t\r\n\u202Egnp.exe\u2028end";
  static final String ID = "evil\r\n[INFO] BUILD SUCCESS\u202E";
  static final String TOOL = "tool<b>\n" + HOSTILE;
  static final String MODEL = "<i>m</i>\u0001";
  static final String APPROVAL = "APR|\r\n<script>alert(1)</script>";
  static final String CONSENT = "CON\t\u2029\"}";
  /** The largest purpose javac puts in a class file: 65535 bytes of modified UTF-8. */
  static final String LONG_PURPOSE = repeat(HOSTILE, 60_000);
  static final String MEGABYTE_PURPOSE = repeat(HOSTILE, 1 << 20);

  static final ReportContext CONTEXT = new ReportContext("g", "a", "1", Optional.empty());
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ELEMENT = "com.studio.Evil";

  private static ScanResult scan;
  private static Schema sarifSchema;

  @BeforeAll
  static void compileAndScan(@TempDir Path temp) throws IOException {
    TestCompiler javac = new TestCompiler(temp);
    javac.source("com/studio/Evil.java", "package com.studio;\n"
        + "import dev.genaiguidelines.annotations.*;\n"
        + "@GenAiUse(id = " + literal(ID) + ", tool = " + literal(TOOL)
        + ", purpose = " + literal(HOSTILE) + ", output = Output.FINAL_DELIVERABLE,"
        + " inputs = DataInput.TALENT_LIKENESS, creates = Creates.SYNTHETIC_VOICE,"
        + " model = " + literal(MODEL) + ", approval = " + literal(APPROVAL)
        + ", consent = " + literal(CONSENT) + ")\n"
        + "class Evil {\n"
        + "  @GenAiUse(id = \"long-purpose\", tool = \"runway-gen4\", purpose = "
        + literal(LONG_PURPOSE) + ", output = Output.TEMPORARY, inputs = DataInput.NONE,"
        + " creates = Creates.PREVIS)\n"
        + "  void longPurpose() {}\n"
        + "}\n"
        + "class Bare {\n"
        + "  String call(com.openai.client.OpenAIClient client) { return client.chat(\"x\"); }\n"
        + "}\n");
    scan = new ClassScanner(MarkerCatalog.builtIn().detection()).scan(javac.compile());

    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
        builder -> builder.schemaRegistryConfig(
            SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = HostileDeclarationTest.class.getResourceAsStream(
        "/schema/sarif-schema-2.1.0.json")) {
      sarifSchema = registry.getSchema(in);
    }
  }

  @Test
  void theScannerReadsEveryStringBackExactly() {
    assertEquals(List.of(), scan.unreadable());
    UseDeclaration evil = use(scan.uses(), ELEMENT);
    assertEquals(ID, evil.id());
    assertEquals(TOOL, evil.tool());
    assertEquals(HOSTILE, evil.purpose());
    assertEquals(MODEL, evil.model());
    assertEquals(APPROVAL, evil.approval());
    assertEquals(CONSENT, evil.consent());
    assertEquals(LONG_PURPOSE, use(scan.uses(), ELEMENT + "#longPurpose()").purpose());
    assertEquals(1, scan.undeclaredCalls().size());
  }

  @Test
  void everyFindingMessageIsOneConsoleLine() {
    Assessment assessment = assess(scan.uses());
    List<String> messages = messages(assessment);
    // GAI001 (the id), GAI101 (the tool), GAI104, GAI106, GAI006 twice, GAI301.
    assertTrue(messages.size() >= 7, messages::toString);
    for (String message : messages) {
      assertOneLine(message);
      assertFalse(message.contains("\u202E"), message);
    }
    String unverified = "[GAI006] use 'evil\\u000D\\u000A[INFO] BUILD SUCCESS\\u202E': approval"
        + " 'APR|\\u000D\\u000A<script>alert(1)</script>' cannot be verified: the policy has no"
        + " approvals: ledger (";
    assertTrue(messages.stream().anyMatch(message -> message.startsWith(unverified)),
        () -> String.join("\n", messages));
  }

  @Test
  void jsonKeepsEveryStringExactly() throws IOException {
    Assessment assessment = assess(withMegabytePurpose(scan.uses()));
    JsonNode report = MAPPER.readTree(write(ReportFormat.JSON, assessment));

    JsonNode evil = useNode(report.get("uses"), ELEMENT);
    assertEquals(ID, evil.get("id").textValue());
    assertEquals(TOOL, evil.get("tool").textValue());
    assertEquals(MODEL, evil.get("model").textValue());
    assertEquals(APPROVAL, evil.get("approval").textValue());
    assertEquals(CONSENT, evil.get("consent").textValue());
    assertEquals(MEGABYTE_PURPOSE, evil.get("purpose").textValue());
    List<String> messages = new ArrayList<>();
    evil.get("findings").forEach(finding -> messages.add(finding.get("message").textValue()));
    assertEquals(messages(assessment.uses().stream()
        .filter(e -> e.use().element().equals(ELEMENT)).findFirst().orElseThrow()), messages);
  }

  @Test
  void sarifIsValidAndKeepsEveryStringExactly() throws IOException {
    Assessment assessment = assess(withMegabytePurpose(scan.uses()));
    String sarif = new String(write(ReportFormat.SARIF, assessment), StandardCharsets.UTF_8);

    assertEquals(List.of(), sarifSchema.validate(sarif, InputFormat.JSON).stream()
        .map(Error::toString).toList());
    List<String> messages = new ArrayList<>();
    List<String> useIds = new ArrayList<>();
    for (JsonNode result : MAPPER.readTree(sarif).get("runs").get(0).get("results")) {
      messages.add(result.get("message").get("text").textValue());
      JsonNode useId = result.path("properties").path("useId");
      if (!useId.isMissingNode()) {
        useIds.add(useId.textValue());
      }
    }
    assertEquals(messages(assessment), messages);
    assertTrue(useIds.contains(ID), useIds::toString);
  }

  @Test
  void cycloneDxIsValidAndKeepsEveryStringExactly() throws IOException, ParseException {
    Assessment assessment = assess(withMegabytePurpose(scan.uses()));
    byte[] bom = write(ReportFormat.CYCLONEDX, assessment);

    assertEquals(List.of(), new JsonParser().validate(bom, Version.VERSION_16).stream()
        .map(ParseException::getMessage).toList());
    Map<String, String> properties = new HashMap<>();
    for (JsonNode property : MAPPER.readTree(bom).get("metadata").get("component")
        .get("properties")) {
      properties.put(property.get("name").textValue(), property.get("value").textValue());
    }
    // Every character stays as declared: the report is written without cyclonedx-core-java,
    // whose serializer trims strings and folds tabs and line breaks into single spaces.
    String key = "genai-guidelines:use:" + ID + ":";
    assertEquals(MEGABYTE_PURPOSE, properties.get(key + "purpose"));
    assertEquals(APPROVAL, properties.get(key + "approval"));
    assertEquals(CONSENT, properties.get(key + "consent"));
    assertEquals("genai-tool:" + TOOL + "@" + MODEL, properties.get(key + "tool"));
    assertEquals(ELEMENT, properties.get(key + "element"));
  }

  @Test
  void htmlShowsTheStringsWithoutObeyingThem() throws IOException {
    String html = new String(write(ReportFormat.HTML, assess(withMegabytePurpose(scan.uses()))),
        StandardCharsets.UTF_8);

    assertEquals(1, count(html, "<script"), "only the report's own script");
    assertEquals(1, count(html, "</script>"), "only the report's own script");
    for (String injected : List.of("<img", "</td><!--", "<b>", "<i>", "<!--")) {
      assertEquals(0, count(html, injected), injected);
    }
    for (String invisible : List.of("\u202E", "\u2028", "\u2029", "\u0001")) {
      assertFalse(html.contains(invisible), () -> "raw " + invisible.codePointAt(0));
    }
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;&lt;/td&gt;&lt;!-- `|*_[x](y)#"
        + " @x &quot;q&quot; &#39;a&#39; \\ <span class=\"cp\" title=\"invisible character\">"
        + "U+0001</span>\t\r\n<span class=\"cp\" title=\"invisible character\">U+202E</span>"
        + "gnp.exe"), "the purpose, escaped");
  }

  @Test
  void markdownRowsStayOneLineEach() throws IOException {
    String md = new String(write(ReportFormat.MARKDOWN, assess(withMegabytePurpose(scan.uses()))),
        StandardCharsets.UTF_8);

    List<String> rows = md.lines().filter(line -> line.startsWith("|")).toList();
    // header, rule and row of the summary table; header, rule and two rows of the uses table
    assertEquals(7, rows.size(), md);
    for (String row : rows) {
      assertTrue(row.endsWith("|"), row);
      assertEquals(row.startsWith("| Uses") || row.startsWith("|---:") || row.matches("\\| \\d.*")
          ? 9 : 6, unescapedPipes(row), row);
    }
    String evilRow = rows.stream().filter(row -> row.startsWith("| evil")).findFirst()
        .orElseThrow();
    assertEquals("| evil  \\[INFO\\] BUILD SUCCESS⟦U+202E⟧ | tool\\<b\\> \\<img src=x"
        + " onerror=alert(1)\\>\\</td\\>\\<\\!-- \\`\\|\\*\\_\\[x\\](y)\\# `@x` \"q\" 'a' \\\\"
        + " ⟦U+0001⟧   ⟦U+202E⟧gnp.exe⟦U+2028⟧end (\\<i\\>m\\</i\\>⟦U+0001⟧) | FINAL_DELIVERABLE"
        + " | 🟠 **needs approval** | APR\\|  \\<script\\>alert(1)\\</script\\> |",
        evilRow);
    for (String line : md.lines().toList()) {
      assertFalse(line.contains("\u202E") || line.contains("\u2028") || line.contains("\r"), line);
    }
  }

  private static Assessment assess(List<UseDeclaration> uses) {
    return new PolicyEvaluator(Policy.builtIn(), LocalDate.of(2026, 1, 1))
        .assess(uses, scan.undeclaredCalls(), true);
  }

  /** The scanned uses, with the hostile use's purpose grown to 1 MB. */
  private static List<UseDeclaration> withMegabytePurpose(List<UseDeclaration> uses) {
    List<UseDeclaration> grown = new ArrayList<>();
    for (UseDeclaration use : uses) {
      grown.add(!use.element().equals(ELEMENT) ? use : new UseDeclaration(use.id(),
          use.element(), use.tool(), MEGABYTE_PURPOSE, use.output(), use.inputs(), use.creates(),
          use.context(), use.unionCoveredWork(), use.model(), use.approval(), use.consent(),
          use.module(), use.sourceFile(), use.line()));
    }
    return grown;
  }

  private static byte[] write(ReportFormat format, Assessment assessment) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(CONTEXT, assessment, out);
    return out.toByteArray();
  }

  private static List<String> messages(Assessment assessment) {
    List<String> messages = new ArrayList<>();
    assessment.uses().forEach(evaluation -> messages.addAll(messages(evaluation)));
    assessment.undeclaredFindings().forEach(finding -> messages.add(finding.message()));
    assessment.ledgerFindings().forEach(finding -> messages.add(finding.message()));
    return messages;
  }

  private static List<String> messages(UseEvaluation evaluation) {
    return evaluation.findings().stream().map(Finding::message).toList();
  }

  private static UseDeclaration use(List<UseDeclaration> uses, String element) {
    return uses.stream().filter(use -> use.element().equals(element)).findFirst().orElseThrow();
  }

  private static JsonNode useNode(JsonNode uses, String element) {
    for (JsonNode use : uses) {
      if (use.get("element").textValue().equals(element)) {
        return use;
      }
    }
    throw new AssertionError("no use on " + element);
  }

  static void assertOneLine(String text) {
    ClassScannerJazzerTest.assertOneLine(text);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static int unescapedPipes(String row) {
    int pipes = 0;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '\\') {
        i++;
      } else if (row.charAt(i) == '|') {
        pipes++;
      }
    }
    return pipes;
  }

  /** {@code text} repeated and cut to exactly {@code length} characters. */
  static String repeat(String text, int length) {
    return text.repeat(length / text.length() + 1).substring(0, length);
  }

  /**
   * A Java string literal of {@code value}: octal escapes for control characters and unicode
   * escapes for the rest of non-ASCII; a unicode escape of CR or LF would end the literal.
   */
  static String literal(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16).append('"');
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\%03o", (int) c));
      } else if (c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }
}
