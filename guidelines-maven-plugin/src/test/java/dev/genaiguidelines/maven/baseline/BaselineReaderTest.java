package dev.genaiguidelines.maven.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.genaiguidelines.annotations.StrictJsonReader;
import dev.genaiguidelines.policy.UseAttribute;
import dev.genaiguidelines.policy.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaselineReaderTest {
  /** The reviewed JSON report of the report tests; surefire runs in the module's directory. */
  private static final Path GOLDEN = Path.of("src/test/resources/report/genai-compliance.json");
  private static final String FIX = " Point guidelines.baseline at a genai-compliance.json written"
      + " by the report or report-aggregate goal, or at a version whose build attached one.";

  @TempDir Path temp;

  @Test
  void readsEveryUseWithItsDeclarationAndVerdict() throws Exception {
    BaselineReport report = BaselineReader.read(GOLDEN, "1.4.0");
    assertEquals("1.4.0", report.label());
    assertEquals(List.of("crowd-extension", "dailies-tagging", "hero-creature",
        "storyboard-frames", "voice-clone"),
        report.uses().stream().map(use -> use.key().id()).toList());
    assertEquals(List.of(Verdict.APPROVED, Verdict.SOCIALIZE, Verdict.NEEDS_APPROVAL,
        Verdict.SOCIALIZE, Verdict.PROHIBITED),
        report.uses().stream().map(UseSnapshot::verdict).toList());
    UseSnapshot voice = report.uses().get(4);
    assertEquals(new UseKey("", "voice-clone"), voice.key());
    assertEquals(Verdict.PROHIBITED, voice.verdict());
    assertEquals(List.of("voicebox", "2.1",
        "Re-voices lines in the lead actor's voice for pickups.", "FINAL_DELIVERABLE", "TALENT_LIKENESS", "SYNTHETIC_VOICE", "FICTION", "true", "", "",
        "com.studio.dub.Dubbing#voiceClient"),
        Arrays.stream(UseField.values()).map(voice::value).toList());
    assertEquals(Set.of(
        new BaselineReport.Call("com.studio.dub.QuickDub#run()",
            "com.openai.client.OpenAIClient#chat()"),
        new BaselineReport.Call("com.studio.net.Uploader#send(java.lang.String)",
            "api.elevenlabs.io")), report.undeclared());
    assertEquals(Set.of(new BaselineReport.LedgerFinding("APR-2024-0007", "GAI008"),
        new BaselineReport.LedgerFinding("CON-2025-007", "GAI008")), report.ledger());
  }

  @Test
  void aMinimalReportHasUsesWithDefaultsAndNothingElse() throws Exception {
    BaselineReport report = parse("""
        {"schemaVersion": 1, "uses": [
          {"id": "b-use", "module": "vfx", "verdict": "SOCIALIZE"},
          {"id": "a-use", "verdict": "APPROVED", "inputs": ["PUBLIC_DOMAIN", "NONE"]}]}
        """);
    assertEquals(List.of(new UseKey("", "a-use"), new UseKey("vfx", "b-use")),
        report.uses().stream().map(UseSnapshot::key).toList());
    UseSnapshot a = report.uses().get(0);
    assertEquals("NONE, PUBLIC_DOMAIN", a.value(UseField.of(UseAttribute.INPUTS)));
    assertEquals("FICTION", a.value(UseField.of(UseAttribute.CONTEXT)));
    assertEquals("false", a.value(UseField.of(UseAttribute.UNION_COVERED_WORK)));
    assertEquals("", a.model());
    assertEquals(Set.of(), report.undeclared());
    assertEquals(Set.of(), report.ledger());
  }

  @Test
  void notJsonNamesTheFileLineAndColumn() {
    BaselineException e = assertThrows(BaselineException.class,
        () -> parse("{\"schemaVersion\": 1,\n  \"uses\": [}\n"));
    assertEquals("Invalid GenAI baseline report baseline.json:2:12: expected a value, found '}';"
        + " it is not JSON." + FIX, e.getMessage());
  }

  @Test
  void anHtmlReportIsNotJson() throws Exception {
    Path html = temp.resolve("genai-compliance.html");
    Files.writeString(html, "<!DOCTYPE html>\n<html>");
    BaselineException e = assertThrows(BaselineException.class,
        () -> BaselineReader.read(html, "genai-compliance.html"));
    assertEquals("Invalid GenAI baseline report " + html + ":1:1: expected a value, found '<';"
        + " it is not JSON." + FIX, e.getMessage());
  }

  @Test
  void bytesThatAreNotUtf8AreRejected() throws Exception {
    Path file = temp.resolve("latin1.json");
    Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
    BaselineException e = assertThrows(BaselineException.class,
        () -> BaselineReader.read(file, "latin1.json"));
    assertEquals("Invalid GenAI baseline report " + file + ":1:3: is not valid UTF-8 at byte"
        + " offset 2: expected a UTF-8 encoded file; it is not JSON." + FIX, e.getMessage());
  }

  /** The same rule as for provenance sidecars: RFC 8259 says a writer must not add one. */
  @Test
  void aByteOrderMarkIsRejected() {
    BaselineException e = assertThrows(BaselineException.class,
        () -> parse("\uFEFF{\"schemaVersion\": 1, \"uses\": []}"));
    assertEquals("Invalid GenAI baseline report baseline.json:1:1: starts with a byte order mark:"
        + " expected plain UTF-8 without one; it is not JSON." + FIX, e.getMessage());
  }

  @Test
  void withoutAByteOrderMarkTheSameReportIsRead() throws Exception {
    assertEquals(List.of(), parse("{\"schemaVersion\": 1, \"uses\": []}").uses());
  }

  @Test
  void nestingDeeperThanTheSidecarLimitIsRejected() {
    String deep = "{\"schemaVersion\": 1, \"uses\": [], \"x\": " + "[".repeat(16)
        + "]".repeat(16) + "}";
    BaselineException e = assertThrows(BaselineException.class, () -> parse(deep));
    assertEquals("Invalid GenAI baseline report baseline.json:1:54: nests deeper than 16 levels:"
        + " expected a flatter document; it is not JSON." + FIX, e.getMessage());
  }

  @Test
  void nestingUpToTheLimitIsRead() throws Exception {
    String deep = "{\"schemaVersion\": 1, \"uses\": [], \"x\": " + "[".repeat(15)
        + "]".repeat(15) + "}";
    assertEquals(List.of(), parse(deep).uses());
  }

  @Test
  void aFileLargerThanTheReportLimitIsRefusedUnread() throws Exception {
    Path file = temp.resolve("huge.json");
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(StrictJsonReader.MAX_REPORT_BYTES + 1L);
    }
    BaselineException e = assertThrows(BaselineException.class,
        () -> BaselineReader.read(file, "huge.json"));
    assertEquals("Invalid GenAI baseline report " + file + ": it is "
        + (StrictJsonReader.MAX_REPORT_BYTES + 1) + " bytes long: expected at most "
        + StrictJsonReader.MAX_REPORT_BYTES + " bytes." + FIX, e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = temp.resolve("nowhere.json");
    BaselineException e = assertThrows(BaselineException.class,
        () -> BaselineReader.read(missing, "nowhere.json"));
    assertEquals("The GenAI baseline report " + missing + " does not exist." + FIX,
        e.getMessage());
  }

  @Test
  void anotherSchemaVersionSaysWhichOneThisPluginReads() {
    BaselineException e = assertThrows(BaselineException.class,
        () -> parse("{\"schemaVersion\": 2, \"uses\": []}"));
    assertEquals("Invalid GenAI baseline report baseline.json: schemaVersion is 2, but this"
        + " plugin reads schemaVersion 1 reports. Compare with a report of schemaVersion 1, or"
        + " build with the plugin version that wrote it.", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[]|the document is an array, not a JSON object",
      "{\"uses\": []}|it has no schemaVersion, so it is not a GenAI compliance report",
      "{\"schemaVersion\": \"1\", \"uses\": []}|schemaVersion is the string \"1\", expected the"
          + " number 1",
      "{\"schemaVersion\": 1.0, \"uses\": []}|schemaVersion is the number 1.0, expected the"
          + " number 1",
      "{\"schemaVersion\": 1}|it has no \"uses\" array, so it cannot say which uses the baseline"
          + " had",
      "{\"schemaVersion\": 1, \"uses\": {}}|uses is an object, expected an array",
      "{\"schemaVersion\": 1, \"uses\": [\"crowd\"]}|uses[0] is the string \"crowd\", expected an"
          + " object",
      "{\"schemaVersion\": 1, \"uses\": [{\"verdict\": \"SOCIALIZE\"}]}|uses[0] has no \"id\"",
      "{\"schemaVersion\": 1, \"uses\": [{\"id\": \"a\"}]}|uses[0] has no \"verdict\"",
      "{\"schemaVersion\": 1, \"uses\": [{\"id\": \"a\", \"verdict\": \"OK\"}]}|uses[0].verdict is"
          + " \"OK\", expected one of SOCIALIZE, APPROVED, NEEDS_APPROVAL, PROHIBITED",
      "{\"schemaVersion\": 1, \"uses\": [{\"id\": \"a\", \"verdict\": \"SOCIALIZE\", \"model\":"
          + " 4}]}|uses[0].model is the number 4, expected a string",
      "{\"schemaVersion\": 1, \"uses\": [{\"id\": \"a\", \"verdict\": \"SOCIALIZE\", \"inputs\":"
          + " [null]}]}|uses[0].inputs[0] is null, expected a string",
      "{\"schemaVersion\": 1, \"uses\": [{\"id\": \"a\", \"verdict\": \"SOCIALIZE\","
          + " \"unionCoveredWork\": \"yes\"}]}|uses[0].unionCoveredWork is the string \"yes\","
          + " expected true or false",
      "{\"schemaVersion\": 1, \"uses\": [], \"undeclared\": [{\"element\": \"A#b()\"}]}"
          + "|undeclared[0] has no \"target\"",
      "{\"schemaVersion\": 1, \"uses\": [], \"ledger\": true}|ledger is true, expected an array"})
  void aDocumentThatIsNotAComplianceReportSaysWhatIsWrong(String json, String problem) {
    BaselineException e = assertThrows(BaselineException.class, () -> parse(json));
    assertEquals("Invalid GenAI baseline report baseline.json: " + problem + "." + FIX,
        e.getMessage());
  }

  private static BaselineReport parse(String json) throws BaselineException {
    return BaselineReader.parse(json, Path.of("baseline.json"), "1.0.0");
  }
}
