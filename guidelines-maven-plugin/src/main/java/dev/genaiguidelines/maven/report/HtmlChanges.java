package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.HtmlReport.badge;
import static dev.genaiguidelines.maven.report.HtmlReport.columnHeader;

import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.baseline.UseChange;
import dev.genaiguidelines.maven.baseline.UseField;
import dev.genaiguidelines.maven.baseline.UseSnapshot;
import dev.genaiguidelines.maven.report.HtmlElement.Attr;
import dev.genaiguidelines.maven.report.HtmlElement.Tag;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The HTML report's "Since &lt;baseline&gt;" section, for a build compared with a baseline. */
final class HtmlChanges {

  private HtmlChanges() {}

  /**
   * "Since &lt;baseline&gt;", first on the page: every use added, removed or changed, with the
   * declared fields that differ and the verdict before and after.
   */
  static void write(HtmlElement main, Changes changes) {
    HtmlElement section = HtmlReport.section(main, "changes", "Since " + changes.baseline());
    if (changes.isEmpty()) {
      section.element(Tag.P, "empty").text("No use was added, removed or changed since "
          + changes.baseline() + ".").closeLine();
      section.closeLine();
      return;
    }
    boolean modules = Stream.of(changes.added(), changes.removed(), changes.changed())
        .flatMap(List::stream).anyMatch(change -> !change.key().module().isEmpty());
    HtmlElement table = section.element(Tag.TABLE, "plain changes").newline();
    table.element(Tag.CAPTION).text(HumanText.changeCounts(changes)
        + " Uses are compared by id" + (modules ? " and module" : "") + ".").closeLine();
    HtmlElement head = table.element(Tag.THEAD).element(Tag.TR);
    columnHeader(head, "w-change", "Change");
    columnHeader(head, "w-record", "Use");
    if (modules) {
      columnHeader(head, "", "Module");
    }
    columnHeader(head, "", "What changed");
    columnHeader(head, "", "Verdict");
    head.close().closeLine();
    HtmlElement body = table.element(Tag.TBODY).newline();
    for (UseChange change : changes.added()) {
      UseSnapshot after = change.after().orElseThrow();
      changeRow(body, "added", change, modules,
          what -> what.text("uses ").textElement(Tag.CODE, HumanText.toolAndModel(after)),
          verdict -> badge(verdict, after.verdict()));
    }
    for (UseChange change : changes.removed()) {
      UseSnapshot before = change.before().orElseThrow();
      changeRow(body, "removed", change, modules,
          what -> what.text("used ").textElement(Tag.CODE, HumanText.toolAndModel(before)),
          verdict -> badge(verdict.textElement(Tag.SPAN, "was", "was").text(" "),
              before.verdict()));
    }
    for (UseChange change : changes.changed()) {
      UseSnapshot before = change.before().orElseThrow();
      UseSnapshot after = change.after().orElseThrow();
      changeRow(body, "changed", change, modules, what -> fields(what, change, before, after),
          verdict -> {
            if (before.verdict() != after.verdict()) {
              arrow(badge(verdict, before.verdict()));
            }
            badge(verdict, after.verdict());
          });
    }
    body.closeLine();
    table.closeLine();
    section.closeLine();
  }

  /** The declared fields that differ, each with its value before and after. */
  private static void fields(HtmlElement cell, UseChange change, UseSnapshot before,
      UseSnapshot after) {
    if (change.fields().isEmpty()) {
      cell.textElement(Tag.SPAN, "none", "verdict only");
      return;
    }
    HtmlElement list = cell.element(Tag.DL, "field-changes");
    for (UseField field : change.fields()) {
      HtmlElement value = list.element(Tag.DIV).textElement(Tag.DT, field.jsonName())
          .element(Tag.DD);
      shown(arrow(shown(value, before.value(field))), after.value(field)).close().close();
    }
    list.close();
  }

  private static void changeRow(HtmlElement body, String kind, UseChange change,
      boolean modules, Consumer<HtmlElement> what, Consumer<HtmlElement> verdict) {
    HtmlElement row = body.element(Tag.TR, "change-" + kind);
    row.element(Tag.TD).textElement(Tag.SPAN, "change",
        Character.toUpperCase(kind.charAt(0)) + kind.substring(1)).close();
    row.element(Tag.TH).attr(Attr.SCOPE, "row").textElement(Tag.SPAN, "id", change.key().id())
        .close();
    if (modules) {
      row.textElement(Tag.TD, change.key().module());
    }
    for (Consumer<HtmlElement> cell : List.of(what, verdict)) {
      HtmlElement td = row.element(Tag.TD);
      cell.accept(td);
      td.close();
    }
    row.closeLine();
  }

  /** {@code " → "} between a value before and after. */
  private static HtmlElement arrow(HtmlElement parent) {
    return parent.text(" ").textElement(Tag.SPAN, "arrow", "→").text(" ");
  }

  private static HtmlElement shown(HtmlElement parent, String value) {
    return value.isEmpty() ? parent.textElement(Tag.SPAN, "none", "none")
        : parent.textElement(Tag.CODE, value);
  }
}
