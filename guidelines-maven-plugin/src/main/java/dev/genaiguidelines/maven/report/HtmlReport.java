package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.maven.report.HtmlElement.Attr;
import dev.genaiguidelines.maven.report.HtmlElement.Tag;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code genai-compliance.html}: one self-contained page for producers and studio legal, with
 * the verdict of every use, what each finding means and how to fix it. Works offline and without
 * JavaScript; the script only adds filters. This class writes the page around the sections:
 * {@link HtmlSummary} (masthead, banners, counts), {@link HtmlChanges}, {@link HtmlUses},
 * {@link HtmlDependencyUses} and {@link HtmlFindings} (undeclared calls, ledger), all through {@link HtmlElement}.
 */
final class HtmlReport implements ReportWriter {

  @Override
  public void write(ReportContext context, Assessment assessment, OutputStream out)
      throws IOException {
    out.write(render(context, assessment).getBytes(StandardCharsets.UTF_8));
  }

  static String render(ReportContext context, Assessment assessment) {
    StringBuilder out = new StringBuilder(16_384);
    HtmlElement page = HtmlElement.document(out).element(Tag.HTML).attr(Attr.LANG, "en")
        .newline();
    List<String> trustWarnings = TrustNotes.warnings(context, assessment);
    writeHead(page, context, !trustWarnings.isEmpty());

    HtmlElement body = page.element(Tag.BODY).newline();
    HtmlSummary.writeMasthead(body, context, assessment);
    HtmlElement main = body.element(Tag.MAIN).newline();
    HtmlSummary.writeTrustWarnings(main, trustWarnings);
    context.changes().ifPresent(changes -> HtmlChanges.write(main, changes));
    HtmlSummary.writeStatus(main, assessment.summary());
    HtmlSummary.writeIncomplete(main, context);
    HtmlSummary.writeCards(main, assessment.summary());
    HtmlUses.write(main, assessment);
    HtmlDependencyUses.write(main, assessment);
    HtmlFindings.writeUndeclared(main, assessment);
    HtmlDependencies.write(main, context, assessment);
    HtmlFindings.writeLedger(main, assessment);
    writeLegend(main);
    main.closeLine();
    writeFooter(body, assessment.policy());
    body.element(Tag.SCRIPT).newline().resource(HtmlStyle.SCRIPT).closeLine();
    body.closeLine();
    page.closeLine();
    return out.toString();
  }

  private static void writeHead(HtmlElement page, ReportContext context, boolean trustBanner) {
    HtmlElement head = page.element(Tag.HEAD).newline();
    head.element(Tag.META).attr(Attr.CHARSET, "utf-8").closeLine();
    head.element(Tag.META).attr(Attr.NAME, "viewport")
        .attr(Attr.CONTENT, "width=device-width, initial-scale=1").closeLine();
    head.element(Tag.META).attr(Attr.NAME, "generator")
        .attr(Attr.CONTENT, PluginIdentity.NAME + ' ' + PluginIdentity.version()).closeLine();
    head.element(Tag.TITLE).text("GenAI compliance · " + context.coordinates()).closeLine();
    HtmlElement style = head.element(Tag.STYLE).newline().resource(HtmlStyle.CSS);
    if (context.changes().isPresent()) {
      style.resource(HtmlStyle.CHANGES_CSS);
    }
    if (!context.unreadable().isEmpty()) {
      style.resource(HtmlStyle.INCOMPLETE_CSS);
    }
    if (trustBanner) {
      style.resource(HtmlStyle.TRUST_CSS);
    }
    style.closeLine();
    head.closeLine();
  }

  private static void writeFooter(HtmlElement body, Policy policy) {
    HtmlElement footer = body.element(Tag.FOOTER).newline();
    footer.element(Tag.P).text("Written by " + PluginIdentity.NAME + ' ' + PluginIdentity.version())
        .prose(" from the project's compiled classes and ")
        .text(policy.isBuiltInOnly() ? "the built-in rules" : policy.source())
        .text(". The same classes and policy give the same report.").closeLine();
    footer.closeLine();
  }

  private static void writeLegend(HtmlElement main) {
    HtmlElement section = section(main, "legend", "What the verdicts mean");
    HtmlElement legend = section.element(Tag.DL, "legend").newline();
    for (Verdict verdict : Verdict.values()) {
      HtmlElement item = legend.element(Tag.DIV);
      badge(item.element(Tag.DT), verdict).close();
      item.textElement(Tag.DD, HumanText.meaning(verdict)).closeLine();
    }
    legend.closeLine();
    section.closeLine();
  }

  /**
   * Opens {@code <section id="ID" aria-labelledby="ID-title">} with its {@code <h2>} heading;
   * the caller closes it.
   */
  static HtmlElement section(HtmlElement main, String id, String title) {
    HtmlElement section = main.element(Tag.SECTION).attr(Attr.ID, id)
        .attr(Attr.ARIA_LABELLEDBY, id + "-title").newline();
    section.element(Tag.H2).attr(Attr.ID, id + "-title").text(title).closeLine();
    return section;
  }

  /** A verdict's coloured label, written into {@code parent}, which is returned. */
  static HtmlElement badge(HtmlElement parent, Verdict verdict) {
    return parent.textElement(Tag.SPAN, "badge " + verdictClass(verdict),
        HumanText.label(verdict));
  }

  /** A column header, {@code <th scope="col">}, with a width class when it is not empty. */
  static void columnHeader(HtmlElement row, String cssClass, String label) {
    HtmlElement header = row.element(Tag.TH).attr(Attr.SCOPE, "col");
    if (!cssClass.isEmpty()) {
      header.attr(Attr.CLASS, cssClass);
    }
    header.text(label).close();
  }

  static String verdictClass(Verdict verdict) {
    return "v-" + verdict.name().toLowerCase(Locale.ROOT);
  }
}
