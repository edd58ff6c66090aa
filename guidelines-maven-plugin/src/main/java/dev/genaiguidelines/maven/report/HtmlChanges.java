package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.HtmlText.text;

import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.baseline.UseChange;
import dev.genaiguidelines.maven.baseline.UseField;
import dev.genaiguidelines.maven.baseline.UseSnapshot;
import dev.genaiguidelines.policy.Verdict;
import java.util.List;
import java.util.stream.Stream;

/** The HTML report's "Since &lt;baseline&gt;" section, for a build compared with a baseline. */
final class HtmlChanges {

  private HtmlChanges() {}

  /**
   * "Since &lt;baseline&gt;", first on the page: every use added, removed or changed, with the
   * declared fields that differ and the verdict before and after.
   */
  static void write(StringBuilder html, Changes changes) {
    html.append("<section id=\"changes\" aria-labelledby=\"changes-title\">\n")
        .append("<h2 id=\"changes-title\">Since ").append(text(changes.baseline()))
        .append("</h2>\n");
    if (changes.isEmpty()) {
      html.append("<p class=\"empty\">No use was added, removed or changed since ")
          .append(text(changes.baseline())).append(".</p>\n</section>\n");
      return;
    }
    boolean modules = Stream.of(changes.added(), changes.removed(), changes.changed())
        .flatMap(List::stream).anyMatch(change -> !change.key().module().isEmpty());
    html.append("<table class=\"plain changes\">\n<caption>")
        .append(text(HumanText.changeCounts(changes)))
        .append(" Uses are compared by id").append(modules ? " and module" : "")
        .append(".</caption>\n<thead><tr><th scope=\"col\" class=\"w-change\">Change</th>")
        .append("<th scope=\"col\" class=\"w-record\">Use</th>")
        .append(modules ? "<th scope=\"col\">Module</th>" : "")
        .append("<th scope=\"col\">What changed</th><th scope=\"col\">Verdict</th></tr></thead>\n")
        .append("<tbody>\n");
    for (UseChange change : changes.added()) {
      UseSnapshot after = change.after().orElseThrow();
      changeRow(html, "added", change, modules,
          "uses <code>" + text(HumanText.toolAndModel(after)) + "</code>", badge(after.verdict()));
    }
    for (UseChange change : changes.removed()) {
      UseSnapshot before = change.before().orElseThrow();
      changeRow(html, "removed", change, modules,
          "used <code>" + text(HumanText.toolAndModel(before)) + "</code>",
          "<span class=\"was\">was</span> " + badge(before.verdict()));
    }
    for (UseChange change : changes.changed()) {
      UseSnapshot before = change.before().orElseThrow();
      UseSnapshot after = change.after().orElseThrow();
      StringBuilder what = new StringBuilder();
      if (change.fields().isEmpty()) {
        what.append("<span class=\"none\">verdict only</span>");
      } else {
        what.append("<dl class=\"field-changes\">");
        for (UseField field : change.fields()) {
          what.append("<div><dt>").append(field.jsonName()).append("</dt><dd>")
              .append(shown(before.value(field))).append(" <span class=\"arrow\">→</span> ")
              .append(shown(after.value(field))).append("</dd></div>");
        }
        what.append("</dl>");
      }
      changeRow(html, "changed", change, modules, what.toString(),
          before.verdict() == after.verdict() ? badge(after.verdict())
              : badge(before.verdict()) + " <span class=\"arrow\">→</span> "
                  + badge(after.verdict()));
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static void changeRow(StringBuilder html, String kind, UseChange change,
      boolean modules, String whatHtml, String verdictHtml) {
    html.append("<tr class=\"change-").append(kind).append("\"><td><span class=\"change\">")
        .append(Character.toUpperCase(kind.charAt(0))).append(kind.substring(1))
        .append("</span></td><th scope=\"row\"><span class=\"id\">")
        .append(text(change.key().id())).append("</span></th>");
    if (modules) {
      html.append("<td>").append(text(change.key().module())).append("</td>");
    }
    html.append("<td>").append(whatHtml).append("</td><td>").append(verdictHtml)
        .append("</td></tr>\n");
  }

  private static String shown(String value) {
    return value.isEmpty()
        ? "<span class=\"none\">none</span>" : "<code>" + text(value) + "</code>";
  }

  private static String badge(Verdict verdict) {
    return "<span class=\"badge " + HtmlReport.verdictClass(verdict) + "\">"
        + HumanText.label(verdict) + "</span>";
  }
}
