package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.policy.Assessment;
import java.io.IOException;
import java.io.OutputStream;

/** Renders an assessment in one report format. */
@FunctionalInterface
interface ReportWriter {

  /** Writes the whole report to {@code out} in UTF-8, without closing it. */
  void write(ReportContext context, Assessment assessment, OutputStream out) throws IOException;
}
