package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.HtmlText.attribute;
import static dev.genaiguidelines.maven.report.HtmlText.text;

import dev.genaiguidelines.maven.report.HtmlElement.Attr;
import dev.genaiguidelines.maven.report.HtmlElement.Tag;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.Tool;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import dev.genaiguidelines.policy.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * {@code genai-compliance.html}: one self-contained page for producers and studio legal, with
 * the verdict of every use, what each finding means and how to fix it. Works offline and without
 * JavaScript; the script only adds filters.
 */
final class HtmlReport implements ReportWriter {

  @Override
  public void write(ReportContext context, Assessment assessment, OutputStream out)
      throws IOException {
    out.write(render(context, assessment).getBytes(StandardCharsets.UTF_8));
  }

  static String render(ReportContext context, Assessment assessment) {
    StringBuilder html = new StringBuilder(16_384);
    Policy policy = assessment.policy();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"").append(PluginIdentity.NAME).append(' ')
        .append(attribute(PluginIdentity.version())).append("\">\n")
        .append("<title>GenAI compliance · ").append(text(context.coordinates()))
        .append("</title>\n<style>\n").append(HtmlStyle.CSS);
    if (context.changes().isPresent()) {
      html.append(HtmlStyle.CHANGES_CSS);
    }
    if (!context.unreadable().isEmpty()) {
      html.append(HtmlStyle.INCOMPLETE_CSS);
    }
    List<String> trustWarnings = TrustNotes.warnings(context, assessment);
    if (!trustWarnings.isEmpty()) {
      html.append(HtmlStyle.TRUST_CSS);
    }
    html.append("</style>\n</head>\n<body>\n");

    writeMasthead(html, context, assessment);
    html.append("<main>\n");
    writeTrustWarnings(html, trustWarnings);
    context.changes().ifPresent(changes -> HtmlChanges.write(html, changes));
    writeStatus(html, assessment.summary());
    writeIncomplete(html, context);
    writeCards(html, assessment.summary());
    writeUses(html, assessment);
    writeUndeclared(html, assessment);
    writeLedger(html, assessment);
    writeLegend(html);
    html.append("</main>\n<footer>\n<p>Written by ").append(PluginIdentity.NAME).append(' ')
        .append(text(PluginIdentity.version()))
        .append(" from the project's compiled classes and ")
        .append(policy.isBuiltInOnly() ? "the built-in rules" : text(policy.source()))
        .append(". The same classes and policy give the same report.</p>\n</footer>\n");
    html.append("<script>\n").append(HtmlStyle.SCRIPT).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void writeMasthead(StringBuilder html, ReportContext context,
      Assessment assessment) {
    Policy policy = assessment.policy();
    html.append("<header class=\"masthead\">\n<div class=\"wrap\">\n")
        .append("<p class=\"eyebrow\">GenAI compliance report</p>\n")
        .append("<h1>").append(text(context.artifactId()))
        .append(" <span class=\"version\">").append(text(context.version()))
        .append("</span></h1>\n")
        .append("<p class=\"coords\">").append(text(context.coordinates())).append("</p>\n")
        .append("<dl class=\"meta\">\n");
    meta(html, "Policy", text(policy.name()));
    meta(html, "Policy file", policy.isBuiltInOnly()
        ? "none, built-in rules" : "<code>" + text(policy.source()) + "</code>");
    if (!policy.sha256().isEmpty()) {
      String shortHash = policy.sha256().substring(0, Math.min(12, policy.sha256().length()));
      meta(html, "SHA-256", "<code title=\"" + attribute(policy.sha256()) + "\">"
          + text(shortHash) + "…</code>");
    }
    meta(html, "As of", "<time datetime=\"" + assessment.asOf() + "\">" + assessment.asOf()
        + "</time>");
    context.outputTimestamp().ifPresent(time -> meta(html, "Built",
        "<time datetime=\"" + time + "\">" + time + "</time>"));
    context.scope().ifPresent(scope -> meta(html, "Scanned", text(scope.describe())));
    html.append("</dl>\n</div>\n</header>\n");
  }

  private static void meta(StringBuilder html, String term, String definitionHtml) {
    html.append("<div><dt>").append(term).append("</dt><dd>").append(definitionHtml)
        .append("</dd></div>\n");
  }

  private static void writeStatus(StringBuilder html, Assessment.Summary summary) {
    boolean fails = summary.errors() > 0;
    html.append("<section class=\"status ").append(fails ? "status-fail" : "status-pass")
        .append("\" aria-label=\"Result\">\n<p><strong>")
        .append(fails
            ? count(summary.errors(), "error") + (summary.errors() == 1 ? " fails" : " fail")
                + " the build."
            : "No finding fails the build.")
        .append("</strong>");
    if (summary.warnings() > 0) {
      html.append(' ').append(count(summary.warnings(), "warning")).append(" to review.");
    }
    html.append(' ').append(count(summary.uses(), "declared use")).append(", ")
        .append(count(summary.undeclared(), "undeclared GenAI call")).append(".</p>\n</section>\n");
  }

  /** A warning that cannot be missed, when the scan could not read every class file. */
  /** A banner a reader cannot miss: enforcement off, or policy the project itself wrote. */
  private static void writeTrustWarnings(StringBuilder html, List<String> warnings) {
    if (warnings.isEmpty()) {
      return;
    }
    html.append("<section class=\"trust\" role=\"alert\" aria-labelledby=\"")
        .append("trust-title\">\n<h2 id=\"trust-title\">Read this first</h2>\n<ul>\n");
    for (String warning : warnings) {
      html.append("<li>").append(text(warning)).append("</li>\n");
    }
    html.append("</ul>\n</section>\n");
  }

  private static void writeIncomplete(StringBuilder html, ReportContext context) {
    if (context.unreadable().isEmpty()) {
      return;
    }
    html.append("<section class=\"incomplete\" role=\"alert\" aria-labelledby=\"")
        .append("incomplete-title\">\n<h2 id=\"incomplete-title\">This report may be")
        .append(" incomplete</h2>\n<p>").append(context.unreadableCount())
        .append(context.unreadable().size() == 1 ? " was" : " were")
        .append(" not read, so any use or GenAI call in them is missing below. Rebuild them")
        .append(" (<code>mvn clean verify</code>) and write the report again.</p>\n<ul>\n");
    for (UnreadableFile file : context.unreadable()) {
      html.append("<li><code>").append(HtmlText.name(file.file()))
          .append("</code> <span class=\"reason\">").append(text(file.reason()))
          .append("</span></li>\n");
    }
    html.append("</ul>\n</section>\n");
  }

  private static void writeCards(StringBuilder html, Assessment.Summary summary) {
    html.append("<section class=\"cards\" aria-label=\"Summary\">\n");
    card(html, "total", summary.uses(), "Uses");
    card(html, "v-socialize", summary.socialize(), HumanText.label(Verdict.SOCIALIZE));
    card(html, "v-approved", summary.approved(), HumanText.label(Verdict.APPROVED));
    card(html, "v-needs_approval", summary.needsApproval(),
        HumanText.label(Verdict.NEEDS_APPROVAL));
    card(html, "v-prohibited", summary.prohibited(), HumanText.label(Verdict.PROHIBITED));
    card(html, summary.undeclared() > 0 ? "alert" : "quiet", summary.undeclared(),
        "Undeclared calls");
    card(html, summary.errors() > 0 ? "alert" : "quiet", summary.errors(), "Errors");
    card(html, summary.warnings() > 0 ? "caution" : "quiet", summary.warnings(), "Warnings");
    html.append("</section>\n");
  }

  private static void card(StringBuilder html, String style, int count, String label) {
    html.append("<div class=\"card ").append(style).append("\"><span class=\"n\">").append(count)
        .append("</span><span class=\"label\">").append(label).append("</span></div>\n");
  }

  private static void writeUses(StringBuilder html, Assessment assessment) {
    List<UseEvaluation> uses = assessment.uses();
    html.append("<section id=\"uses\" aria-labelledby=\"uses-title\">\n")
        .append("<h2 id=\"uses-title\">Declared uses</h2>\n");
    if (uses.isEmpty()) {
      html.append("<p class=\"empty\">No <code>@GenAiUse</code> declaration was found.</p>\n")
          .append("</section>\n");
      return;
    }
    writeFilters(html, uses);
    boolean modules = uses.stream().anyMatch(u -> !u.use().module().isEmpty());
    int columns = modules ? 7 : 6;
    html.append("<table class=\"uses\">\n<caption>Every <code>@GenAiUse</code> with its verdict "
            + "and findings, sorted by id.</caption>\n<thead><tr>")
        .append("<th scope=\"col\">Use</th>")
        .append(modules ? "<th scope=\"col\">Module</th>" : "")
        .append("<th scope=\"col\">Tool</th><th scope=\"col\">Purpose</th>")
        .append("<th scope=\"col\">Declared</th><th scope=\"col\">Verdict</th>")
        .append("<th scope=\"col\">Ledger</th></tr></thead>\n");
    for (UseEvaluation evaluation : uses) {
      writeUse(html, assessment.policy(), evaluation, modules, columns);
    }
    html.append("</table>\n</section>\n");
  }

  private static void writeFilters(StringBuilder html, List<UseEvaluation> uses) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    SortedSet<String> tools = new TreeSet<>();
    for (UseEvaluation evaluation : uses) {
      counts.merge(evaluation.verdict(), 1, Integer::sum);
      tools.add(evaluation.use().tool());
    }
    // Hidden until the script runs: without JavaScript every use is shown and nothing pretends
    // to filter.
    html.append("<form class=\"filters\" id=\"filters\" hidden aria-label=\"Filter uses\">\n")
        .append("<fieldset><legend>Verdict</legend>\n");
    for (Verdict verdict : Verdict.values()) {
      html.append("<label class=\"chip ").append(verdictClass(verdict))
          .append("\"><input type=\"checkbox\" name=\"verdict\" value=\"").append(verdict.name())
          .append("\" checked> ").append(HumanText.label(verdict)).append(" <span class=\"count\">")
          .append(counts.getOrDefault(verdict, 0)).append("</span></label>\n");
    }
    html.append("</fieldset>\n<label class=\"tool-filter\">Tool <select name=\"tool\">")
        .append("<option value=\"\">All tools</option>");
    for (String tool : tools) {
      if (!tool.isEmpty()) {
        html.append("<option value=\"").append(attribute(tool)).append("\">").append(text(tool))
            .append("</option>");
      }
    }
    html.append("</select></label>\n<output id=\"shown\" aria-live=\"polite\"></output>\n")
        .append("</form>\n");
  }

  private static void writeUse(StringBuilder html, Policy policy, UseEvaluation evaluation,
      boolean modules, int columns) {
    UseDeclaration use = evaluation.use();
    Verdict verdict = evaluation.verdict();
    html.append("<tbody class=\"use ").append(verdictClass(verdict))
        .append("\" data-verdict=\"").append(verdict.name())
        .append("\" data-tool=\"").append(attribute(use.tool())).append("\">\n<tr>");

    html.append("<th scope=\"row\" class=\"use-id\"><span class=\"id\">").append(text(use.id()))
        .append("</span><span class=\"element\">").append(HtmlText.name(use.element()))
        .append("</span>");
    String where = HumanText.location(use.sourceFile(), use.line());
    if (!where.isEmpty()) {
      html.append("<span class=\"where\">").append(HtmlText.name(where)).append("</span>");
    }
    html.append("</th>");
    if (modules) {
      html.append("<td>").append(text(use.module())).append("</td>");
    }

    html.append("<td class=\"tool\"><span class=\"tool-id\">").append(text(use.tool()))
        .append("</span>");
    if (!use.model().isEmpty()) {
      html.append("<span class=\"sub\">model ").append(text(use.model())).append("</span>");
    }
    Optional<Tool> registered = use.tool().isEmpty() ? Optional.empty() : policy.tool(use.tool());
    html.append("<span class=\"sub\">").append(registered
        .map(tool -> (tool.vendor().isEmpty() ? "registered" : text(tool.vendor()))
            + (tool.enterpriseSecured() ? " · enterprise-secured" : ""))
        .orElse("not in the registry")).append("</span></td>");

    html.append("<td class=\"purpose\">").append(text(use.purpose())).append("</td>");

    html.append("<td class=\"declared\"><dl>");
    declared(html, "Output", use.output().name());
    declared(html, "Inputs", HumanText.names(use.inputs()));
    declared(html, "Creates", HumanText.names(use.creates()));
    declared(html, "Context", use.context().name());
    if (use.unionCoveredWork()) {
      declared(html, "Union", "union-covered work");
    }
    html.append("</dl></td>");

    html.append("<td><span class=\"badge ").append(verdictClass(verdict)).append("\">")
        .append(HumanText.label(verdict)).append("</span></td>");

    html.append("<td class=\"ledger\">");
    ledgerReference(html, "Approval", use.approval());
    ledgerReference(html, "Consent", use.consent());
    html.append("</td></tr>\n");

    if (!evaluation.findings().isEmpty()) {
      html.append("<tr class=\"findings\"><td colspan=\"").append(columns).append("\">");
      findings(html, evaluation.findings());
      html.append("</td></tr>\n");
    }
    html.append("</tbody>\n");
  }

  private static void declared(StringBuilder html, String term, String value) {
    html.append("<div><dt>").append(term).append("</dt><dd>")
        .append(value.isEmpty() ? "<span class=\"none\">none</span>" : text(value))
        .append("</dd></div>");
  }

  private static void ledgerReference(StringBuilder html, String kind, String id) {
    html.append("<span class=\"ref\"><span class=\"sub\">").append(kind).append("</span> ")
        .append(id.isEmpty() ? "<span class=\"none\">–</span>" : "<code>" + text(id) + "</code>")
        .append("</span>");
  }

  private static void findings(StringBuilder html, List<Finding> findings) {
    HtmlElement list = HtmlElement.open(html, Tag.UL).attr(Attr.CLASS, "finding-list");
    for (Finding finding : findings) {
      String severity = finding.severity().name().toLowerCase(Locale.ROOT);
      HtmlElement item = list.element(Tag.LI, "finding sev-" + severity);
      item.element(Tag.SPAN, "rule").attr(Attr.TITLE, finding.rule().ruleName())
          .text(finding.rule().id()).close();
      item.textElement(Tag.SPAN, "sev", severity);
      HtmlElement message = item.element(Tag.SPAN, "msg").text(finding.problem()).text(" ");
      message.element(Tag.SPAN, "fix").element(Tag.STRONG).text("Fix:").close()
          .text(" " + finding.remedy()).close();
      message.close();
      item.close();
    }
    list.close();
  }

  private static void writeUndeclared(StringBuilder html, Assessment assessment) {
    List<Assessment.Undeclared> entries = assessment.undeclared();
    html.append("<section id=\"undeclared\" aria-labelledby=\"undeclared-title\">\n")
        .append("<h2 id=\"undeclared-title\">Undeclared GenAI calls</h2>\n");
    if (entries.isEmpty()) {
      html.append("<p class=\"empty\">No call of a GenAI SDK or endpoint without a "
          + "<code>@GenAiUse</code> was found.</p>\n</section>\n");
      return;
    }
    html.append("<table class=\"plain\">\n<caption>Calls of a GenAI SDK or endpoint that no "
            + "<code>@GenAiUse</code> covers, sorted by the calling element.</caption>\n")
        .append("<thead><tr><th scope=\"col\" class=\"w-element\">Called from</th>")
        .append("<th scope=\"col\" class=\"w-target\">Calls</th>")
        .append("<th scope=\"col\">Finding</th></tr></thead>\n<tbody>\n");
    for (Assessment.Undeclared entry : entries) {
      UndeclaredCall call = entry.call();
      html.append("<tr><th scope=\"row\"><span class=\"element\">")
          .append(HtmlText.name(call.element()))
          .append("</span>");
      String where = HumanText.location(call.sourceFile(), call.line());
      if (!where.isEmpty()) {
        html.append("<span class=\"where\">").append(HtmlText.name(where)).append("</span>");
      }
      html.append("</th><td><code>").append(HtmlText.name(call.target())).append("</code>");
      if (!call.marker().isEmpty()) {
        html.append("<span class=\"sub\">marker ").append(text(call.marker())).append("</span>");
      }
      if (!call.via().isEmpty()) {
        HtmlElement.open(html, Tag.SPAN).attr(Attr.CLASS, "sub").text("via " + call.via()).close();
      }
      if (call.count() > 1) {
        html.append("<span class=\"sub\">").append(call.count()).append(" calls</span>");
      }
      html.append("</td><td>");
      if (entry.finding().isPresent()) {
        findings(html, List.of(entry.finding().get()));
      } else {
        html.append("<span class=\"none\">GAI301 is turned off by the policy</span>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static void writeLedger(StringBuilder html, Assessment assessment) {
    html.append("<section id=\"ledger\" aria-labelledby=\"ledger-title\">\n")
        .append("<h2 id=\"ledger-title\">Approval and consent ledger</h2>\n");
    if (assessment.ledgerFindings().isEmpty()) {
      html.append("<p class=\"empty\">No finding about the ledger's records.</p>\n</section>\n");
      return;
    }
    html.append("<table class=\"plain\">\n<caption>Findings about records in the policy's "
            + "ledger.</caption>\n<thead><tr><th scope=\"col\" class=\"w-record\">Record</th>")
        .append("<th scope=\"col\">Finding</th></tr></thead>\n<tbody>\n");
    for (Finding finding : assessment.ledgerFindings()) {
      html.append("<tr><th scope=\"row\"><code>").append(text(finding.subject()))
          .append("</code></th><td>");
      findings(html, List.of(finding));
      html.append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static void writeLegend(StringBuilder html) {
    html.append("<section id=\"legend\" aria-labelledby=\"legend-title\">\n")
        .append("<h2 id=\"legend-title\">What the verdicts mean</h2>\n<dl class=\"legend\">\n");
    for (Verdict verdict : Verdict.values()) {
      html.append("<div><dt><span class=\"badge ").append(verdictClass(verdict)).append("\">")
          .append(HumanText.label(verdict)).append("</span></dt><dd>")
          .append(HumanText.meaning(verdict)).append("</dd></div>\n");
    }
    html.append("</dl>\n</section>\n");
  }

  static String verdictClass(Verdict verdict) {
    return "v-" + verdict.name().toLowerCase(Locale.ROOT);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
