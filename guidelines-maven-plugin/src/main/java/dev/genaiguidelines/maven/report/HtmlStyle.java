package dev.genaiguidelines.maven.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The HTML report's inline style sheets and script: inline so the page is one file that opens
 * anywhere, offline, with no external asset to fetch or trust. They are kept as resources beside
 * this class ({@code report.css}, {@code report.js}, ...), so they are edited, linted and
 * diffed as CSS and JavaScript, and read once when the report is first written. They are the
 * only text {@link HtmlElement} writes without escaping.
 */
enum HtmlStyle {
  CSS("report.css"),

  /** Only in a report whose scan could not read every class file. */
  INCOMPLETE_CSS("report-incomplete.css"),

  /** The "Read this first" banner: the {@link TrustNotes#warnings} of the build. */
  TRUST_CSS("report-trust.css"),

  /** Added only to a report compared with a baseline, so other reports keep their bytes. */
  CHANGES_CSS("report-changes.css"),

  SCRIPT("report.js");

  private final String content;

  HtmlStyle(String resource) {
    this.content = resource(resource);
  }

  String content() {
    return content;
  }

  /** A UTF-8 resource beside this class; a missing one is a broken plugin jar. */
  private static String resource(String name) {
    try (InputStream in = HtmlStyle.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the plugin jar lacks " + name + " beside "
            + HtmlStyle.class.getName() + "; rebuild or reinstall guidelines-maven-plugin");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
