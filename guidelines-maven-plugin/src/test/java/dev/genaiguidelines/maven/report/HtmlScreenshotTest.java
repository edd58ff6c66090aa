package dev.genaiguidelines.maven.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in headless Chromium, offline, and checks a real page came out. Skipped
 * where Chromium is not installed; the screenshot is kept under {@code target/} to look at.
 */
class HtmlScreenshotTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @Test
  void rendersInHeadlessChromium(@TempDir Path temp) throws IOException, InterruptedException {
    Path html = temp.resolve(ReportFormat.HTML.fileName());
    Files.write(html, ReportFixtures.bytes(ReportFormat.HTML, ReportFixtures.STAMPED,
        ReportFixtures.assessment()));
    Path png = temp.resolve("genai-compliance.png");

    String output = chromium(temp, "--screenshot=" + png, "--window-size=1280,900",
        html.toUri().toString());
    assertTrue(Files.exists(png), output);

    byte[] image = Files.readAllBytes(png);
    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(image, 8));
    ByteBuffer header = ByteBuffer.wrap(image, 16, 8);
    assertEquals(1280, header.getInt(), "width");
    assertEquals(900, header.getInt(), "height");
    // A blank or error page compresses to a few kilobytes; the report has text and colour.
    assertTrue(image.length > 40_000, "screenshot is only " + image.length + " bytes");

    Path kept = Path.of("target", "report-screenshots", png.getFileName().toString());
    Files.createDirectories(kept.getParent());
    Files.copy(png, kept, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The filters work: the appended script unticks SOCIALIZE and picks one tool, as a user would. */
  @Test
  void filtersHideUsesByVerdictAndTool(@TempDir Path temp)
      throws IOException, InterruptedException {
    String user = "<script>\n"
        + "document.querySelector('input[value=\"SOCIALIZE\"]').click();\n"
        + "var tool = document.querySelector('select[name=\"tool\"]');\n"
        + "tool.value = 'runway-gen4';\n"
        + "tool.dispatchEvent(new Event('change', {bubbles: true}));\n"
        + "</script>\n</body>";
    Path html = temp.resolve(ReportFormat.HTML.fileName());
    Files.writeString(html, ReportFixtures.render(ReportFormat.HTML, ReportFixtures.CONTEXT,
        ReportFixtures.assessment()).replace("</body>", user), StandardCharsets.UTF_8);

    String dom = chromium(temp, "--dump-dom", html.toUri().toString());
    assertTrue(dom.contains("<form class=\"filters\" id=\"filters\" aria-label=\"Filter uses\">"),
        "the script shows the filters: " + dom);
    assertTrue(dom.contains(">1 of 5 uses shown</output>"), dom);
    assertTrue(dom.contains("data-verdict=\"APPROVED\" data-tool=\"runway-gen4\">"),
        "crowd-extension stays visible");
    assertEquals(4, dom.split("data-tool=\"[^\"]*\" hidden=\"\"").length - 1, dom);
  }

  /** Runs headless Chromium offline and returns what it printed. */
  private static String chromium(Path temp, String... arguments)
      throws IOException, InterruptedException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM);
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + temp.resolve("profile")));
    command.addAll(List.of(arguments));
    Path stdout = temp.resolve("chromium.out");
    Path stderr = temp.resolve("chromium.err");
    Process chromium = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
      chromium.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s:\n" + Files.readString(stderr));
    }
    String output = Files.readString(stdout, StandardCharsets.UTF_8);
    assertEquals(0, chromium.exitValue(), output + Files.readString(stderr));
    return output;
  }
}
