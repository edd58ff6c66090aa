package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.HtmlReport.columnHeader;
import static dev.genaiguidelines.maven.report.HtmlReport.verdictClass;

import dev.genaiguidelines.maven.report.HtmlElement.Attr;
import dev.genaiguidelines.maven.report.HtmlElement.Tag;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.Tool;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import dev.genaiguidelines.policy.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The HTML report's "Declared uses": the filters the script reveals, then one row group per
 * {@code @GenAiUse} with its tool, purpose, declared values, verdict, ledger references and
 * findings.
 */
final class HtmlUses {

  private HtmlUses() {}

  static void write(HtmlElement main, Assessment assessment) {
    List<UseEvaluation> uses = assessment.uses();
    HtmlElement section = HtmlReport.section(main, "uses", "Declared uses");
    if (uses.isEmpty()) {
      section.element(Tag.P, "empty").text("No ").textElement(Tag.CODE, "@GenAiUse")
          .text(" declaration was found.").closeLine();
      section.closeLine();
      return;
    }
    writeFilters(section, uses);
    boolean modules = uses.stream().anyMatch(u -> !u.use().module().isEmpty());
    int columns = modules ? 7 : 6;
    HtmlElement table = section.element(Tag.TABLE, "uses").newline();
    table.element(Tag.CAPTION).text("Every ").textElement(Tag.CODE, "@GenAiUse")
        .text(" with its verdict and findings, sorted by id.").closeLine();
    HtmlElement head = table.element(Tag.THEAD).element(Tag.TR);
    columnHeader(head, "", "Use");
    if (modules) {
      columnHeader(head, "", "Module");
    }
    for (String label : List.of("Tool", "Purpose", "Declared", "Verdict", "Ledger")) {
      columnHeader(head, "", label);
    }
    head.close().closeLine();
    for (UseEvaluation evaluation : uses) {
      writeUse(table, assessment.policy(), evaluation, modules, columns);
    }
    table.closeLine();
    section.closeLine();
  }

  private static void writeFilters(HtmlElement section, List<UseEvaluation> uses) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    SortedSet<String> tools = new TreeSet<>();
    for (UseEvaluation evaluation : uses) {
      counts.merge(evaluation.verdict(), 1, Integer::sum);
      tools.add(evaluation.use().tool());
    }
    // Hidden until the script runs: without JavaScript every use is shown and nothing pretends
    // to filter.
    HtmlElement form = section.element(Tag.FORM, "filters").attr(Attr.ID, "filters")
        .flag(Attr.HIDDEN).attr(Attr.ARIA_LABEL, "Filter uses").newline();
    HtmlElement verdicts = form.element(Tag.FIELDSET).textElement(Tag.LEGEND, "Verdict")
        .newline();
    for (Verdict verdict : Verdict.values()) {
      HtmlElement chip = verdicts.element(Tag.LABEL, "chip " + verdictClass(verdict));
      chip.element(Tag.INPUT).attr(Attr.TYPE, "checkbox").attr(Attr.NAME, "verdict")
          .attr(Attr.VALUE, verdict.name()).flag(Attr.CHECKED).close();
      chip.text(" " + HumanText.label(verdict) + " ")
          .textElement(Tag.SPAN, "count", Integer.toString(counts.getOrDefault(verdict, 0)))
          .closeLine();
    }
    verdicts.closeLine();
    HtmlElement select = form.element(Tag.LABEL, "tool-filter").text("Tool ")
        .element(Tag.SELECT).attr(Attr.NAME, "tool");
    select.element(Tag.OPTION).attr(Attr.VALUE, "").text("All tools").close();
    for (String tool : tools) {
      if (!tool.isEmpty()) {
        select.element(Tag.OPTION).attr(Attr.VALUE, tool).text(tool).close();
      }
    }
    select.close().closeLine();
    form.element(Tag.OUTPUT).attr(Attr.ID, "shown").attr(Attr.ARIA_LIVE, "polite").closeLine();
    form.closeLine();
  }

  private static void writeUse(HtmlElement table, Policy policy, UseEvaluation evaluation,
      boolean modules, int columns) {
    UseDeclaration use = evaluation.use();
    Verdict verdict = evaluation.verdict();
    HtmlElement group = table.element(Tag.TBODY, "use " + verdictClass(verdict))
        .attr(Attr.DATA_VERDICT, verdict.name()).attr(Attr.DATA_TOOL, use.tool()).newline();
    HtmlElement row = group.element(Tag.TR);

    HtmlElement name = row.element(Tag.TH).attr(Attr.SCOPE, "row").attr(Attr.CLASS, "use-id")
        .textElement(Tag.SPAN, "id", use.id());
    name.element(Tag.SPAN, "element").name(use.element()).close();
    String where = HumanText.location(use.sourceFile(), use.line());
    if (!where.isEmpty()) {
      name.element(Tag.SPAN, "where").name(where).close();
    }
    name.close();
    if (modules) {
      row.textElement(Tag.TD, use.module());
    }

    HtmlElement tool = row.element(Tag.TD, "tool").textElement(Tag.SPAN, "tool-id", use.tool());
    if (!use.model().isEmpty()) {
      tool.textElement(Tag.SPAN, "sub", "model " + use.model());
    }
    Optional<Tool> registered = use.tool().isEmpty() ? Optional.empty() : policy.tool(use.tool());
    tool.textElement(Tag.SPAN, "sub", registered
        .map(known -> (known.vendor().isEmpty() ? "registered" : known.vendor())
            + (known.enterpriseSecured() ? " · enterprise-secured" : ""))
        .orElse("not in the registry")).close();

    row.textElement(Tag.TD, "purpose", use.purpose());

    HtmlElement declared = row.element(Tag.TD, "declared").element(Tag.DL);
    declared(declared, "Output", use.output().name());
    declared(declared, "Inputs", HumanText.names(use.inputs()));
    declared(declared, "Creates", HumanText.names(use.creates()));
    declared(declared, "Context", use.context().name());
    if (use.unionCoveredWork()) {
      declared(declared, "Union", "union-covered work");
    }
    declared.close().close();

    HtmlReport.badge(row.element(Tag.TD), verdict).close();

    HtmlElement ledger = row.element(Tag.TD, "ledger");
    ledgerReference(ledger, "Approval", use.approval());
    ledgerReference(ledger, "Consent", use.consent());
    ledger.close();
    row.closeLine();

    if (!evaluation.findings().isEmpty()) {
      HtmlElement cell = group.element(Tag.TR, "findings").element(Tag.TD)
          .attr(Attr.COLSPAN, columns);
      HtmlFindings.list(cell, evaluation.findings());
      cell.close().closeLine();
    }
    group.closeLine();
  }

  private static void declared(HtmlElement list, String term, String value) {
    HtmlElement dd = list.element(Tag.DIV).textElement(Tag.DT, term).element(Tag.DD);
    noneOr(dd, value).close().close();
  }

  private static void ledgerReference(HtmlElement cell, String kind, String id) {
    HtmlElement reference = cell.element(Tag.SPAN, "ref").textElement(Tag.SPAN, "sub", kind)
        .text(" ");
    if (id.isEmpty()) {
      reference.textElement(Tag.SPAN, "none", "–");
    } else {
      reference.textElement(Tag.CODE, id);
    }
    reference.close();
  }

  /** {@code value} as text, or a marked "none" when it is empty; returns {@code parent}. */
  private static HtmlElement noneOr(HtmlElement parent, String value) {
    return value.isEmpty() ? parent.textElement(Tag.SPAN, "none", "none") : parent.text(value);
  }
}
