package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.maven.report.HtmlElement.Tag;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import java.util.List;

/**
 * The HTML report's section on the uses the module's dependencies declare, each with its
 * dependency, element, tool, the verdict this module's policy gives it and its findings; no
 * section when no dependency declares a use.
 */
final class HtmlDependencyUses {

  private HtmlDependencyUses() {}

  static void write(StringBuilder html, Assessment assessment) {
    List<UseEvaluation> uses = assessment.dependencyUses();
    if (uses.isEmpty()) {
      return;
    }
    html.append("<section id=\"dependency-uses\" aria-labelledby=\"dependency-uses-title\">\n")
        .append("<h2 id=\"dependency-uses-title\">Uses declared by dependencies</h2>\n")
        .append("<p>").append(uses.size()).append(uses.size() == 1 ? " use" : " uses")
        .append(" of the summary above, declared in the dependencies' own classes and judged")
        .append(" with this module's policy and ledger, never with the dependency's.</p>\n");
    HtmlElement list = HtmlElement.open(html, Tag.UL).attr(HtmlElement.Attr.CLASS,
        "dependency-uses");
    for (UseEvaluation evaluation : uses) {
      UseDeclaration use = evaluation.use();
      HtmlElement item = list.element(Tag.LI, "use " + HtmlReport.verdictClass(evaluation.verdict()));
      item.textElement(Tag.STRONG, "id", use.id()).text(" ")
          .textElement(Tag.SPAN, "dependency", use.module()).text(" ")
          .textElement(Tag.SPAN, "element", use.element());
      String where = HumanText.location(use.sourceFile(), use.line());
      if (!where.isEmpty()) {
        item.text(" ").textElement(Tag.SPAN, "where", where);
      }
      item.text(" ").textElement(Tag.SPAN, "tool-id", use.tool()).text(" ")
          .textElement(Tag.SPAN, "badge " + HtmlReport.verdictClass(evaluation.verdict()),
              HumanText.label(evaluation.verdict()));
      if (!evaluation.findings().isEmpty()) {
        HtmlReport.findings(html, evaluation.findings());
      }
      item.close();
    }
    list.close();
    html.append("\n</section>\n");
  }
}
