package dev.genaiguidelines.annotations;

import static dev.genaiguidelines.annotations.GenAiProvenanceTest.CROWD_SIDECAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a sidecar can be wrong, each with the exact message: file:line:column: problem. */
class MalformedSidecarTest {

  @TempDir Path dir;

  /** The documented sidecar with {@code from} replaced by {@code to}; fails if absent. */
  private static String edit(String from, String to) {
    assertTrue(CROWD_SIDECAR.contains(from), from);
    return CROWD_SIDECAR.replace(from, to);
  }

  private static String upTo(String end) {
    return CROWD_SIDECAR.substring(0, CROWD_SIDECAR.indexOf(end) + end.length());
  }

  static Stream<Arguments> malformed() {
    String allKeys = "genaiProvenance, asset, sha256, use, generatedAt, pipelineRun";
    String useKeys = "id, element, tool, model, output, verdict, approval, consent";
    return Stream.of(
        Arguments.of("empty file", "",
            "1:1: expected a value, found the end of the file"),
        Arguments.of("truncated in a string", upTo("\"shot_0"),
            "3:12: string is not closed: expected '\"' before the end of the file"),
        Arguments.of("truncated after a comma", upTo("1,\n"),
            "3:1: expected a key in double quotes, found the end of the file"),
        Arguments.of("truncated before the last brace", upTo("nightly-0042\"\n"),
            "17:1: expected ',' or '}' after the value of 'pipelineRun', found the end of the"
                + " file"),
        Arguments.of("another version", edit("\"genaiProvenance\": 1", "\"genaiProvenance\": 2"),
            "2:22: unsupported genaiProvenance version 2: expected version 1; read it with the"
                + " guidelines-annotations version that wrote it, or a newer one"),
        Arguments.of("version with a fraction", edit(": 1,", ": 1.0,"),
            "2:22: unsupported genaiProvenance version 1.0: expected version 1; read it with the"
                + " guidelines-annotations version that wrote it, or a newer one"),
        Arguments.of("version as a string", edit(": 1,", ": \"1\","),
            "2:22: expected the format version number for 'genaiProvenance', found a string"),
        Arguments.of("not a sidecar", "{\"name\": \"shot\"}\n",
            "1:1: expected the key 'genaiProvenance' that marks a GenAI provenance sidecar,"
                + " found none"),
        Arguments.of("an array", "[1]\n",
            "1:1: expected a JSON object with \"genaiProvenance\": 1, found an array"),
        Arguments.of("missing sha256",
            edit("  \"sha256\": \"" + GenAiProvenanceTest.CROWD_PLATE_SHA256 + "\",\n", ""),
            "1:1: missing key 'sha256': expected every key of version 1: " + allKeys),
        Arguments.of("missing two use keys",
            edit("    \"model\": \"\",\n", "").replace(",\n    \"consent\": \"\"", ""),
            "5:10: missing keys 'use.model', 'use.consent': expected every key of version 1: "
                + useKeys),
        Arguments.of("unknown key", edit("\"tool\":", "\"colour\": \"red\",\n    \"tool\":"),
            "8:15: unknown key 'use.colour': expected only " + useKeys),
        Arguments.of("duplicate key", edit("\"sha256\":", "\"asset\": \"b.exr\",\n  \"sha256\":"),
            "4:3: duplicate key 'asset': expected each key once (its value is already given at"
                + " 3:12)"),
        Arguments.of("asset as a number", edit("\"shot_010.exr\"", "42"),
            "3:12: expected a string for 'asset', found a number"),
        Arguments.of("use as a string", upTo("\"use\": ") + "\"crowd-extension\",\n"
                + CROWD_SIDECAR.substring(CROWD_SIDECAR.indexOf("  \"generatedAt\"")),
            "5:10: expected an object for 'use', found a string"),
        Arguments.of("verdict null", edit("\"APPROVED\"", "null"),
            "11:16: expected a string for 'use.verdict', found null"),
        Arguments.of("unknown output", edit("\"FINAL_DELIVERABLE\"", "\"FINAL\""),
            "10:15: expected TEMPORARY or FINAL_DELIVERABLE for 'use.output', found 'FINAL'"),
        Arguments.of("unknown verdict", edit("\"APPROVED\"", "\"OK\""),
            "11:16: expected SOCIALIZE, APPROVED, NEEDS_APPROVAL or PROHIBITED for"
                + " 'use.verdict', found 'OK'"),
        Arguments.of("upper-case hash", edit("\"f82277a4", "\"F82277a4"),
            "4:13: expected 64 lower-case hex digits for 'sha256', found"
                + " 'F82277a4244c1884c68d3697a4ca98148d81be90f777061ce6bd76dfe40efe10'"),
        Arguments.of("asset with a directory", edit("\"shot_010.exr\"", "\"../shot_010.exr\""),
            "3:12: asset name '../shot_010.exr' is not a plain file name: expected the name of a"
                + " file beside the sidecar, without any directory"),
        Arguments.of("empty use id", edit("\"crowd-extension\"", "\"\""),
            "6:11: expected a non-empty string for 'use.id', found \"\""),
        Arguments.of("not an instant", edit("\"2025-10-01T12:00:00Z\"", "\"yesterday\""),
            "15:18: expected an ISO-8601 instant such as 2025-10-01T12:00:00Z for 'generatedAt',"
                + " found 'yesterday'"),
        Arguments.of("trailing comma", edit("\"consent\": \"\"", "\"consent\": \"\","),
            "14:3: expected a key in double quotes, found '}'"),
        Arguments.of("comment", "// sidecar\n" + CROWD_SIDECAR,
            "1:1: expected a value, found '/'"),
        Arguments.of("content after the object", CROWD_SIDECAR + "}\n",
            "18:1: expected the end of the file after the top-level value, found '}'"),
        Arguments.of("single quotes", edit("\"nightly-0042\"", "'nightly-0042'"),
            "16:18: expected a value, found '''"),
        Arguments.of("bad escape", edit("nightly-0042", "nightly\\x0042"),
            "16:26: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, found '\\x'"),
        Arguments.of("short unicode escape", edit("nightly-0042", "nightly\\u00g"),
            "16:30: expected 4 hex digits after '\\u', found 'g'"),
        Arguments.of("raw tab in a string", edit("nightly-0042", "nightly\t0042"),
            "16:26: expected a character or an escape in the string, found control character"
                + " U+0009 (write it as \\u0009)"),
        Arguments.of("leading zero", edit(": 1,", ": 01,"),
            "2:23: expected no leading zero in a number, found '1'"),
        Arguments.of("huge exponent", edit(": 1,", ": 1e9999999999,"),
            "2:22: number 1e9999999999 is out of range: expected a small number"),
        Arguments.of("misspelt literal", edit("\"APPROVED\"", "tru"),
            "11:16: expected true, found 'tru'"),
        Arguments.of("nested too deep",
            edit("\"nightly-0042\"", "[".repeat(16) + "]".repeat(16)),
            "16:33: nests deeper than 16 levels: expected a flatter document"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedSidecarIsRefusedWithItsPosition(String name, String json, String expected)
      throws IOException {
    Path sidecar = Files.writeString(dir.resolve("shot_010.exr.genai.json"), json);
    MalformedProvenanceException e =
        assertThrows(MalformedProvenanceException.class, () -> GenAiProvenance.read(sidecar));
    assertEquals(sidecar + ":" + expected, e.getMessage());
    assertEquals(expected, e.positionAndProblem());
  }

  @Test
  void theDocumentedSidecarIsTheTwinOfEveryMalformedOne() throws IOException {
    Path sidecar = Files.writeString(dir.resolve("shot_010.exr.genai.json"), CROWD_SIDECAR);
    assertEquals("nightly-0042", GenAiProvenance.read(sidecar).pipelineRun());
  }

  @Test
  void keyOrderWhitespaceAndEscapesAreFree() throws IOException {
    String json = "\r\n{\"pipelineRun\":\"n\\u0069ghtly\\/0042\",\t\"generatedAt\":"
        + "\"2025-10-01T12:00:00Z\",\"use\":{\"consent\":\"\",\"approval\":\"APR-2025-0042\","
        + "\"verdict\":\"APPROVED\",\"output\":\"FINAL_DELIVERABLE\",\"model\":\"\",\"tool\":"
        + "\"runway-gen4\",\"element\":\"com.studio.vfx.CrowdExtender\",\"id\":"
        + "\"crowd-extension\"},\"sha256\":\"" + GenAiProvenanceTest.CROWD_PLATE_SHA256 + "\","
        + "\"asset\":\"shot_010.exr\",\"genaiProvenance\":1}";
    Path reordered = Files.writeString(dir.resolve("a.genai.json"), json);
    Path documented = Files.writeString(dir.resolve("b.genai.json"),
        CROWD_SIDECAR.replace("nightly-0042", "nightly/0042"));
    assertEquals(GenAiProvenance.read(documented), GenAiProvenance.read(reordered));
  }

  @Test
  void aByteOrderMarkIsRefused() throws IOException {
    Path sidecar = Files.writeString(dir.resolve("s.genai.json"), "\uFEFF" + CROWD_SIDECAR);
    assertEquals(sidecar + ":1:1: starts with a byte order mark: expected plain UTF-8 without"
        + " one", assertThrows(MalformedProvenanceException.class,
            () -> GenAiProvenance.read(sidecar)).getMessage());
  }

  @Test
  void invalidUtf8IsRefusedAtItsByte() throws IOException {
    byte[] bytes = edit("nightly-0042", "nightly-00\u00e92").getBytes(StandardCharsets.UTF_8);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\u00c3');
    bytes[at + 1] = '2'; // a lead byte followed by ASCII
    Path sidecar = Files.write(dir.resolve("s.genai.json"), bytes);
    MalformedProvenanceException e =
        assertThrows(MalformedProvenanceException.class, () -> GenAiProvenance.read(sidecar));
    assertEquals(sidecar + ":16:29: is not valid UTF-8 at byte offset " + at
        + ": expected a UTF-8 encoded file", e.getMessage());
    assertEquals(16, e.line());
    assertEquals(29, e.column());
  }

  @Test
  void anOversizedFileIsRefusedBeforeReading() throws IOException {
    Path sidecar = Files.writeString(dir.resolve("s.genai.json"), " ".repeat(70_000));
    MalformedProvenanceException e =
        assertThrows(MalformedProvenanceException.class, () -> GenAiProvenance.read(sidecar));
    assertEquals(sidecar + ": is 70000 bytes long: expected at most 65536 bytes",
        e.getMessage());
    assertEquals(0, e.line());
  }
}
