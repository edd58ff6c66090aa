package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.HtmlReport.columnHeader;

import dev.genaiguidelines.maven.report.HtmlElement.Attr;
import dev.genaiguidelines.maven.report.HtmlElement.Tag;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.UndeclaredCall;
import java.util.List;
import java.util.Locale;

/**
 * Findings in the HTML report: the list each one is shown in (rule, severity, problem, fix), and
 * the sections of findings that belong to no declared use, the undeclared GenAI calls and the
 * ledger's records.
 */
final class HtmlFindings {

  private HtmlFindings() {}

  /** {@code <ul class="finding-list">}, one item per finding, written into {@code parent}. */
  static void list(HtmlElement parent, List<Finding> findings) {
    HtmlElement list = parent.element(Tag.UL, "finding-list");
    for (Finding finding : findings) {
      String severity = finding.severity().name().toLowerCase(Locale.ROOT);
      HtmlElement item = list.element(Tag.LI, "finding sev-" + severity);
      item.element(Tag.SPAN, "rule").attr(Attr.TITLE, finding.rule().ruleName())
          .text(finding.rule().id()).close();
      item.textElement(Tag.SPAN, "sev", severity);
      HtmlElement message = item.element(Tag.SPAN, "msg").text(finding.problem()).text(" ");
      message.element(Tag.SPAN, "fix").textElement(Tag.STRONG, "Fix:")
          .text(" " + finding.remedy()).close();
      message.close();
      item.close();
    }
    list.close();
  }

  static void writeUndeclared(HtmlElement main, Assessment assessment) {
    List<Assessment.Undeclared> entries = assessment.undeclared();
    HtmlElement section = HtmlReport.section(main, "undeclared", "Undeclared GenAI calls");
    if (entries.isEmpty()) {
      section.element(Tag.P, "empty").text("No call of a GenAI SDK or endpoint without a ")
          .textElement(Tag.CODE, "@GenAiUse").text(" was found.").closeLine();
      section.closeLine();
      return;
    }
    HtmlElement table = section.element(Tag.TABLE, "plain").newline();
    table.element(Tag.CAPTION).text("Calls of a GenAI SDK or endpoint that no ")
        .textElement(Tag.CODE, "@GenAiUse").text(" covers, sorted by the calling element.")
        .closeLine();
    HtmlElement head = table.element(Tag.THEAD).element(Tag.TR);
    columnHeader(head, "w-element", "Called from");
    columnHeader(head, "w-target", "Calls");
    columnHeader(head, "", "Finding");
    head.close().closeLine();
    HtmlElement body = table.element(Tag.TBODY).newline();
    for (Assessment.Undeclared entry : entries) {
      UndeclaredCall call = entry.call();
      HtmlElement row = body.element(Tag.TR);
      HtmlElement caller = row.element(Tag.TH).attr(Attr.SCOPE, "row");
      caller.element(Tag.SPAN, "element").name(call.element()).close();
      String where = HumanText.location(call.sourceFile(), call.line());
      if (!where.isEmpty()) {
        caller.element(Tag.SPAN, "where").name(where).close();
      }
      caller.close();
      HtmlElement target = row.element(Tag.TD);
      target.element(Tag.CODE).name(call.target()).close();
      if (!call.marker().isEmpty()) {
        target.textElement(Tag.SPAN, "sub", "marker " + call.marker());
      }
      if (!call.via().isEmpty()) {
        target.textElement(Tag.SPAN, "sub", "via " + call.via());
      }
      if (call.count() > 1) {
        target.textElement(Tag.SPAN, "sub", call.count() + " calls");
      }
      target.close();
      HtmlElement finding = row.element(Tag.TD);
      if (entry.finding().isPresent()) {
        list(finding, List.of(entry.finding().get()));
      } else {
        finding.textElement(Tag.SPAN, "none", "GAI301 is turned off by the policy");
      }
      finding.close();
      row.closeLine();
    }
    body.closeLine();
    table.closeLine();
    section.closeLine();
  }

  static void writeLedger(HtmlElement main, Assessment assessment) {
    HtmlElement section = HtmlReport.section(main, "ledger", "Approval and consent ledger");
    if (assessment.ledgerFindings().isEmpty()) {
      section.element(Tag.P, "empty").prose("No finding about the ledger's records.")
          .closeLine();
      section.closeLine();
      return;
    }
    HtmlElement table = section.element(Tag.TABLE, "plain").newline();
    table.element(Tag.CAPTION).prose("Findings about records in the policy's ledger.")
        .closeLine();
    HtmlElement head = table.element(Tag.THEAD).element(Tag.TR);
    columnHeader(head, "w-record", "Record");
    columnHeader(head, "", "Finding");
    head.close().closeLine();
    HtmlElement body = table.element(Tag.TBODY).newline();
    for (Finding finding : assessment.ledgerFindings()) {
      HtmlElement row = body.element(Tag.TR);
      row.element(Tag.TH).attr(Attr.SCOPE, "row").textElement(Tag.CODE, finding.subject())
          .close();
      HtmlElement cell = row.element(Tag.TD);
      list(cell, List.of(finding));
      cell.close();
      row.closeLine();
    }
    body.closeLine();
    table.closeLine();
    section.closeLine();
  }
}
