package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.maven.report.HtmlElement.Tag;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import java.util.List;

/**
 * The HTML report's section on the uses the module's dependencies declare, each with its
 * dependency, element, tool, the verdict the policy of the module that ships it gives it and its
 * findings (in an aggregate, each module's own); no section when no dependency declares a use.
 */
final class HtmlDependencyUses {

  private HtmlDependencyUses() {}

  static void write(HtmlElement main, Assessment assessment) {
    List<UseEvaluation> uses = assessment.dependencyUses();
    if (uses.isEmpty()) {
      return;
    }
    HtmlElement section = HtmlReport.section(main, "dependency-uses",
        "Uses declared by dependencies");
    section.element(Tag.P).prose(uses.size() + (uses.size() == 1 ? " use" : " uses")
        + " of the summary above, declared in the dependencies' own classes and judged with the"
        + " policy and ledger of the module that ships them, never with the dependency's.")
        .closeLine();
    HtmlElement list = section.element(Tag.UL, "dependency-uses");
    for (UseEvaluation evaluation : uses) {
      UseDeclaration use = evaluation.use();
      HtmlElement item = list.element(Tag.LI,
          "use " + HtmlReport.verdictClass(evaluation.verdict()));
      item.textElement(Tag.STRONG, "id", use.id()).text(" ")
          .textElement(Tag.SPAN, "dependency", use.module()).text(" ")
          .textElement(Tag.SPAN, "element", use.element());
      String where = HumanText.location(use.sourceFile(), use.line());
      if (!where.isEmpty()) {
        item.text(" ").textElement(Tag.SPAN, "where", where);
      }
      HtmlReport.badge(item.text(" ").textElement(Tag.SPAN, "tool-id", use.tool()).text(" "),
          evaluation.verdict());
      if (!evaluation.findings().isEmpty()) {
        HtmlFindings.list(item, evaluation.findings());
      }
      item.close();
    }
    list.closeLine();
    section.closeLine();
  }
}
