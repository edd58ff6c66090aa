package dev.genaiguidelines.maven.report;

import java.nio.charset.StandardCharsets;

/**
 * The {@code genai-compliance.json} of a build run with {@code guidelines.skip}: it names the
 * project and says it was skipped, and has no summary, uses or findings, so nothing reading it
 * can take it for a clean result.
 */
public final class SkippedReport {

  private SkippedReport() {}

  /** The report's bytes, UTF-8. */
  public static byte[] render(ReportContext context) {
    JsonWriter json = new JsonWriter().beginObject();
    json.member("schemaVersion", JsonReport.SCHEMA_VERSION);
    context.outputTimestamp().ifPresent(time -> json.member("timestamp", time.toString()));
    json.name("project").beginObject()
        .member("groupId", context.groupId())
        .member("artifactId", context.artifactId())
        .member("version", context.version())
        .endObject();
    json.member("skipped", true);
    json.member("note", "guidelines.skip was set: nothing was scanned or judged, and this report"
        + " vouches for no result");
    TrustNotes.enforcement(json, context.enforcement());
    return json.endObject().toString().getBytes(StandardCharsets.UTF_8);
  }
}
