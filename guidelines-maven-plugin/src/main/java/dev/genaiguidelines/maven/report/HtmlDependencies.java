package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.maven.report.HtmlElement.Attr;
import dev.genaiguidelines.maven.report.HtmlElement.Tag;
import dev.genaiguidelines.maven.scan.GenAiDependency;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Finding;
import java.util.List;
import java.util.Optional;

/**
 * The HTML report's section on the GenAI SDKs the runtime class path ships: how many runtime
 * dependencies were analysed and how many of those analyses came from the build's cache, then
 * each SDK with its vendor, in an aggregate the modules that ship it, and its GAI302 findings. No
 * section without SDKs or analysed dependencies.
 */
final class HtmlDependencies {

  private HtmlDependencies() {}

  static void write(HtmlElement main, ReportContext context, Assessment assessment) {
    List<GenAiDependency> dependencies = context.dependencies();
    Optional<DependencyAnalysis> analysis = context.dependencyAnalysisShown();
    if (dependencies.isEmpty() && analysis.isEmpty()) {
      return;
    }
    boolean aggregate = dependencies.stream().anyMatch(d -> !d.modules().isEmpty());
    HtmlElement section = main.element(Tag.SECTION)
        .attr(Attr.ID, "dependencies").attr(Attr.ARIA_LABELLEDBY, "dependencies-title")
        .newline();
    section.element(Tag.H2).attr(Attr.ID, "dependencies-title")
        .text("GenAI SDKs on the runtime class path").close();
    section.newline();
    analysis.ifPresent(counts -> section.element(Tag.P).text(counts.describe()).closeLine());
    if (dependencies.isEmpty()) {
      section.element(Tag.P).text(DependencyAnalysis.NO_SDK).closeLine();
      section.closeLine();
      return;
    }
    HtmlElement table = section.element(Tag.TABLE, "plain").newline();
    table.element(Tag.CAPTION).text("The GenAI SDKs " + (aggregate ? "the modules ship"
        : "the module ships") + " (compile and runtime scope, direct or transitive), sorted by"
        + " coordinates.").close();
    table.newline();
    HtmlElement head = table.element(Tag.THEAD).element(Tag.TR);
    header(head, "Dependency");
    header(head, "Vendor");
    if (aggregate) {
      header(head, "Shipped by");
    }
    header(head, "Finding");
    head.close().close();
    HtmlElement body = table.newline().element(Tag.TBODY).newline();
    for (GenAiDependency dependency : dependencies) {
      HtmlElement row = body.element(Tag.TR);
      row.element(Tag.TH).attr(Attr.SCOPE, "row")
          .element(Tag.CODE).text(dependency.coordinates()).close().close();
      row.element(Tag.TD).text(dependency.vendor()).close();
      if (aggregate) {
        row.element(Tag.TD).text(String.join(", ", dependency.modules())).close();
      }
      List<Finding> findings = assessment.dependencyFindings(dependency.coordinates());
      HtmlElement finding = row.element(Tag.TD);
      if (findings.isEmpty()) {
        finding.textElement(Tag.SPAN, "none", dependency.declaresUses()
            ? "declares its uses" : "no finding");
      } else {
        HtmlFindings.list(finding, findings);
      }
      finding.close();
      row.close();
      body.newline();
    }
    body.close();
    table.newline().close();
    section.newline().closeLine();
  }

  private static void header(HtmlElement row, String label) {
    row.element(Tag.TH).attr(Attr.SCOPE, "col").text(label).close();
  }
}
