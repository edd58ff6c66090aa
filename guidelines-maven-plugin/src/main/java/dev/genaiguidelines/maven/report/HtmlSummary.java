package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.maven.report.HtmlElement.Attr;
import dev.genaiguidelines.maven.report.HtmlElement.Tag;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.Verdict;
import java.util.List;
import java.util.function.Consumer;

/**
 * The top of the HTML report: the masthead naming the artifact and policy, the banners a reader
 * must not miss (trust, an incomplete scan), the one-line result and the summary cards.
 */
final class HtmlSummary {

  private HtmlSummary() {}

  static void writeMasthead(HtmlElement body, ReportContext context, Assessment assessment) {
    Policy policy = assessment.policy();
    HtmlElement header = body.element(Tag.HEADER, "masthead").newline();
    HtmlElement wrap = header.element(Tag.DIV, "wrap").newline();
    wrap.element(Tag.P, "eyebrow").text("GenAI compliance report").closeLine();
    wrap.element(Tag.H1).text(context.artifactId() + " ")
        .textElement(Tag.SPAN, "version", context.version()).closeLine();
    wrap.element(Tag.P, "coords").text(context.coordinates()).closeLine();
    HtmlElement meta = wrap.element(Tag.DL, "meta").newline();
    meta(meta, "Policy", dd -> dd.text(policy.name()));
    meta(meta, "Policy file", dd -> {
      if (policy.isBuiltInOnly()) {
        dd.text("none, built-in rules");
      } else {
        dd.textElement(Tag.CODE, policy.source());
      }
    });
    if (!policy.sha256().isEmpty()) {
      String shortHash = policy.sha256().substring(0, Math.min(12, policy.sha256().length()));
      meta(meta, "SHA-256", dd -> dd.element(Tag.CODE).attr(Attr.TITLE, policy.sha256())
          .text(shortHash + "…").close());
    }
    meta(meta, "As of", dd -> time(dd, assessment.asOf().toString()));
    context.outputTimestamp().ifPresent(built -> meta(meta, "Built", dd -> time(dd, built.toString())));
    context.scope().ifPresent(scope -> meta(meta, "Scanned", dd -> dd.text(scope.describe())));
    meta.closeLine();
    wrap.closeLine();
    header.closeLine();
  }

  private static void meta(HtmlElement list, String term, Consumer<HtmlElement> definition) {
    HtmlElement item = list.element(Tag.DIV).textElement(Tag.DT, term);
    HtmlElement dd = item.element(Tag.DD);
    definition.accept(dd);
    dd.close();
    item.closeLine();
  }

  private static void time(HtmlElement parent, String time) {
    parent.element(Tag.TIME).attr(Attr.DATETIME, time).text(time).close();
  }

  /** A banner a reader cannot miss: the {@link TrustNotes#warnings} of the build. */
  static void writeTrustWarnings(HtmlElement main, List<String> warnings) {
    if (warnings.isEmpty()) {
      return;
    }
    HtmlElement section = main.element(Tag.SECTION, "trust").attr(Attr.ROLE, "alert")
        .attr(Attr.ARIA_LABELLEDBY, "trust-title").newline();
    section.element(Tag.H2).attr(Attr.ID, "trust-title").text("Read this first").closeLine();
    HtmlElement list = section.element(Tag.UL).newline();
    for (String warning : warnings) {
      list.element(Tag.LI).text(warning).closeLine();
    }
    list.closeLine();
    section.closeLine();
  }

  static void writeStatus(HtmlElement main, Assessment.Summary summary) {
    boolean fails = summary.errors() > 0;
    HtmlElement section = main.element(Tag.SECTION, "status " + (fails ? "status-fail"
        : "status-pass")).attr(Attr.ARIA_LABEL, "Result").newline();
    HtmlElement line = section.element(Tag.P).textElement(Tag.STRONG, fails
        ? count(summary.errors(), "error") + (summary.errors() == 1 ? " fails" : " fail")
            + " the build."
        : "No finding fails the build.");
    if (summary.warnings() > 0) {
      line.text(" " + count(summary.warnings(), "warning") + " to review.");
    }
    line.text(" " + count(summary.uses(), "declared use") + ", "
        + count(summary.undeclared(), "undeclared GenAI call") + ".").closeLine();
    section.closeLine();
  }

  /** A warning that cannot be missed, when the scan could not read every class file. */
  static void writeIncomplete(HtmlElement main, ReportContext context) {
    if (context.unreadable().isEmpty()) {
      return;
    }
    HtmlElement section = main.element(Tag.SECTION, "incomplete").attr(Attr.ROLE, "alert")
        .attr(Attr.ARIA_LABELLEDBY, "incomplete-title").newline();
    section.element(Tag.H2).attr(Attr.ID, "incomplete-title")
        .text("This report may be incomplete").closeLine();
    section.element(Tag.P).text(context.unreadableCount()
            + (context.unreadable().size() == 1 ? " was" : " were")
            + " not read, so any use or GenAI call in them is missing below. Rebuild them (")
        .textElement(Tag.CODE, "mvn clean verify").text(") and write the report again.")
        .closeLine();
    HtmlElement list = section.element(Tag.UL).newline();
    for (UnreadableFile file : context.unreadable()) {
      list.element(Tag.LI).element(Tag.CODE).name(file.file()).close().text(" ")
          .textElement(Tag.SPAN, "reason", file.reason()).closeLine();
    }
    list.closeLine();
    section.closeLine();
  }

  static void writeCards(HtmlElement main, Assessment.Summary summary) {
    HtmlElement section = main.element(Tag.SECTION, "cards").attr(Attr.ARIA_LABEL, "Summary")
        .newline();
    card(section, "total", summary.uses(), "Uses");
    card(section, "v-socialize", summary.socialize(), HumanText.label(Verdict.SOCIALIZE));
    card(section, "v-approved", summary.approved(), HumanText.label(Verdict.APPROVED));
    card(section, "v-needs_approval", summary.needsApproval(),
        HumanText.label(Verdict.NEEDS_APPROVAL));
    card(section, "v-prohibited", summary.prohibited(), HumanText.label(Verdict.PROHIBITED));
    card(section, summary.undeclared() > 0 ? "alert" : "quiet", summary.undeclared(),
        "Undeclared calls");
    card(section, summary.errors() > 0 ? "alert" : "quiet", summary.errors(), "Errors");
    card(section, summary.warnings() > 0 ? "caution" : "quiet", summary.warnings(), "Warnings");
    section.closeLine();
  }

  private static void card(HtmlElement section, String style, int count, String label) {
    section.element(Tag.DIV, "card " + style).textElement(Tag.SPAN, "n", Integer.toString(count))
        .textElement(Tag.SPAN, "label", label).closeLine();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
