package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.policy.Assessment;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The compliance report formats; adding a format is adding one constant with its writer. */
public enum ReportFormat {
  JSON("json", "json", new JsonReport()),
  HTML("html", "html", new HtmlReport()),
  SARIF("sarif", "sarif", new SarifReport()),
  CYCLONEDX("cyclonedx", "cdx.json", new CycloneDxReport()),
  MARKDOWN("markdown", "md", new MarkdownReport());

  /** The name every report file starts with, and the classifier it is attached with. */
  public static final String BASE_NAME = "genai-compliance";

  private final String id;
  private final String extension;
  private final ReportWriter writer;

  ReportFormat(String id, String extension, ReportWriter writer) {
    this.id = id;
    this.extension = extension;
    this.writer = writer;
  }

  /** What users write in {@code -Dguidelines.formats}, e.g. {@code cyclonedx}. */
  public String id() {
    return id;
  }

  /** The file extension, also the type the report is attached with, e.g. {@code cdx.json}. */
  public String extension() {
    return extension;
  }

  /** The report's file name, e.g. {@code genai-compliance.cdx.json}. */
  public String fileName() {
    return BASE_NAME + '.' + extension;
  }

  /** Writes the report in UTF-8 to {@code out}, which it never closes. */
  public void write(ReportContext context, Assessment assessment, OutputStream out)
      throws IOException {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(out, "out");
    writer.write(context, assessment, out);
  }

  /**
   * Parses {@code guidelines.formats}: comma-separated ids, any case, blanks ignored, duplicates
   * collapsed, returned in declaration order.
   *
   * @throws IllegalArgumentException naming the unknown id and the known ones, or when no format
   *     is given
   */
  public static List<ReportFormat> parse(String commaSeparated) {
    Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
    String text = commaSeparated == null ? "" : commaSeparated;
    for (String entry : text.split(",", -1)) {
      String wanted = entry.strip();
      if (wanted.isEmpty()) {
        continue;
      }
      formats.add(Arrays.stream(values())
          .filter(format -> format.id.equals(wanted.toLowerCase(Locale.ROOT)))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown report format '" + wanted
              + "'; expected any of: " + knownIds())));
    }
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no report format given; expected any of: "
          + knownIds());
    }
    return List.copyOf(formats);
  }

  private static String knownIds() {
    return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
  }
}
