package dev.genaiguidelines.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportFormatTest {
  private static final String KNOWN = "expected any of: json, html, sarif, cyclonedx, markdown";

  @Test
  void idsExtensionsAndFileNamesAreTheContractOnes() {
    assertEquals(List.of("json", "html", "sarif", "cyclonedx", "markdown"),
        List.of(ReportFormat.values()).stream().map(ReportFormat::id).toList());
    assertEquals(List.of("json", "html", "sarif", "cdx.json", "md"),
        List.of(ReportFormat.values()).stream().map(ReportFormat::extension).toList());
    assertEquals(List.of("genai-compliance.json", "genai-compliance.html",
            "genai-compliance.sarif", "genai-compliance.cdx.json", "genai-compliance.md"),
        List.of(ReportFormat.values()).stream().map(ReportFormat::fileName).toList());
  }

  @Test
  void parsesTheDefaultListInEnumOrder() {
    assertEquals(List.of(ReportFormat.values()),
        ReportFormat.parse("json,html,sarif,cyclonedx,markdown"));
  }

  @Test
  void parseTrimsIgnoresCaseAndReturnsEnumOrder() {
    assertEquals(List.of(ReportFormat.JSON, ReportFormat.HTML, ReportFormat.SARIF),
        ReportFormat.parse("json,html , sarif"));
    assertEquals(List.of(ReportFormat.JSON, ReportFormat.CYCLONEDX, ReportFormat.MARKDOWN),
        ReportFormat.parse("Markdown, CycloneDX,JSON"));
  }

  @Test
  void parseCollapsesDuplicatesAndSkipsBlankEntries() {
    assertEquals(List.of(ReportFormat.JSON, ReportFormat.SARIF),
        ReportFormat.parse(" , sarif,,json, SARIF ,json,"));
  }

  @Test
  void parseRejectsAnUnknownFormatByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportFormat.parse("json, pdf ,html"));
    assertEquals("unknown report format 'pdf'; " + KNOWN, e.getMessage());
  }

  @Test
  void parseRejectsAnExtensionThatIsNotAnId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportFormat.parse("cdx.json"));
    assertEquals("unknown report format 'cdx.json'; " + KNOWN,
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", ",", " , ,"})
  void parseRejectsAnEmptyList(String formats) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportFormat.parse(formats));
    assertEquals("no report format given; " + KNOWN, e.getMessage());
  }

  @Test
  void parseRejectsNullAsEmpty() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportFormat.parse(null));
    assertEquals("no report format given; " + KNOWN, e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void writeNeverClosesTheStream(ReportFormat format) throws IOException {
    CloseRecorder out = new CloseRecorder();
    format.write(ReportFixtures.CONTEXT, ReportFixtures.assessment(), out);
    assertEquals(false, out.closed, format + " closed the caller's stream");
    assertEquals(true, out.written > 1000, format + " wrote " + out.written + " bytes");
  }

  private static final class CloseRecorder extends OutputStream {
    boolean closed;
    int written;

    @Override
    public void write(int b) {
      written++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      written += len;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
