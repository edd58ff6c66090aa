package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.baseline.UseChange;
import dev.genaiguidelines.maven.baseline.UseField;
import dev.genaiguidelines.maven.baseline.UseSnapshot;
import dev.genaiguidelines.maven.scan.GenAiDependency;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.Severity;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import dev.genaiguidelines.policy.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code genai-compliance.md}: a short GitHub-flavoured summary to paste into release notes or
 * post as a pull-request comment.
 */
final class MarkdownReport implements ReportWriter {

  @Override
  public void write(ReportContext context, Assessment assessment, OutputStream out)
      throws IOException {
    out.write(render(context, assessment).getBytes(StandardCharsets.UTF_8));
  }

  static String render(ReportContext context, Assessment assessment) {
    StringBuilder md = new StringBuilder();
    Policy policy = assessment.policy();
    Assessment.Summary summary = assessment.summary();
    md.append("## GenAI compliance: ").append(text(context.coordinates())).append("\n\n");
    md.append("Policy **").append(text(policy.name())).append("** ")
        .append(policy.isBuiltInOnly() ? "(built-in rules, no policy file)"
            : "from " + text(policy.source()))
        .append(", as of ").append(assessment.asOf());
    context.outputTimestamp().ifPresent(time -> md.append(", built ").append(time));
    md.append(".\n\n");
    context.scope().ifPresent(scope -> md.append("Scanned ").append(text(scope.describe()))
        .append(".\n\n"));
    List<String> trustWarnings = TrustNotes.warnings(context, assessment);
    if (!trustWarnings.isEmpty()) {
      md.append("> [!CAUTION]\n> **Read this first.**\n");
      for (String warning : trustWarnings) {
        md.append("> - ").append(text(warning)).append('\n');
      }
      md.append('\n');
    }
    writeIncomplete(md, context);
    context.changes().ifPresent(changes -> writeChanges(md, changes));
    md.append(summary.errors() == 0
        ? "**No finding fails the build.**"
        : "**" + count(summary.errors(), "error")
            + (summary.errors() == 1 ? " fails" : " fail") + " the build.**");
    if (summary.warnings() > 0) {
      md.append(' ').append(count(summary.warnings(), "warning")).append('.');
    }
    md.append("\n\n");

    md.append("| Uses | Socialize | Approved | Needs approval | Prohibited | Undeclared calls |"
        + " Errors | Warnings |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    md.append("| ").append(summary.uses()).append(" | ").append(summary.socialize())
        .append(" | ").append(summary.approved()).append(" | ").append(summary.needsApproval())
        .append(" | ").append(summary.prohibited()).append(" | ").append(summary.undeclared())
        .append(" | ").append(summary.errors()).append(" | ").append(summary.warnings())
        .append(" |\n");

    writeUses(md, assessment.uses());
    writeDependencyUses(md, assessment.dependencyUses());

    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    // A dependency's findings are named by the dependency, as an aggregate's by the module.
    for (UseEvaluation evaluation : assessment.allUses()) {
      UseDeclaration use = evaluation.use();
      for (Finding finding : evaluation.findings()) {
        sort(finding, item(finding, use.module(), HumanText.location(use.sourceFile(), use.line())),
            errors, warnings);
      }
    }
    for (Finding finding : assessment.ledgerFindings()) {
      sort(finding, item(finding, "", policy.isBuiltInOnly() ? "" : policy.source()), errors,
          warnings);
    }
    for (Finding finding : assessment.dependencyFindings()) {
      sort(finding, item(finding, "", ""), errors, warnings);
    }
    list(md, "Findings that fail the build", errors);

    List<String> undeclared = new ArrayList<>();
    for (Assessment.Undeclared entry : assessment.undeclared()) {
      UndeclaredCall call = entry.call();
      String where = HumanText.location(call.sourceFile(), call.line())
          + (call.count() > 1 ? ", " + call.count() + " calls" : "");
      undeclared.add(entry.finding()
          .map(finding -> item(finding, "", where))
          .orElse(text(call.element()) + " calls " + text(call.target())
              + (call.via().isEmpty() ? "" : " via " + text(call.via()))
              + (where.isEmpty() ? "" : " (" + text(where) + ")")));
    }
    list(md, "Undeclared GenAI calls", undeclared);
    List<String> sdks = new ArrayList<>();
    for (GenAiDependency dependency : context.dependencies()) {
      sdks.add(text(dependency.coordinates()) + " (" + text(dependency.vendor()) + ")"
          + (dependency.declaresUses() ? ", declares its uses" : "")
          + (dependency.modules().isEmpty() ? ""
              : ", shipped by " + text(String.join(", ", dependency.modules())))
          + (assessment.dependencyFindings(dependency.coordinates()).isEmpty() ? ""
              : ", undeclared (**GAI302**)"));
    }
    writeDependencies(md, context, sdks);
    list(md, "Warnings", warnings);
    return md.toString();
  }

  /**
   * The GenAI SDKs on the runtime class path, under how many runtime dependencies were analysed
   * and how many of those analyses came from the build's cache; nothing without either.
   */
  private static void writeDependencies(StringBuilder md, ReportContext context,
      List<String> sdks) {
    String counts = context.dependencyAnalysisShown()
        .map(analysis -> text(analysis.describe())
            + (sdks.isEmpty() ? " " + DependencyAnalysis.NO_SDK : ""))
        .orElse("");
    list(md, "GenAI SDKs on the runtime class path", counts, sdks);
  }

  /** A GitHub warning block, when the scan could not read every class file. */
  private static void writeIncomplete(StringBuilder md, ReportContext context) {
    if (context.unreadable().isEmpty()) {
      return;
    }
    md.append("> [!WARNING]\n> **This report may be incomplete:** ")
        .append(context.unreadableCount())
        .append(context.unreadable().size() == 1 ? " was" : " were")
        .append(" not read, so any use or GenAI call in them is missing here.\n>\n");
    for (UnreadableFile file : context.unreadable()) {
      md.append("> - ").append(text(file.file())).append(": ").append(text(file.reason()))
          .append('\n');
    }
    md.append('\n');
  }

  /**
   * "Since &lt;baseline&gt;": one table row per added, removed and changed use, ready to paste
   * into release notes.
   */
  private static void writeChanges(StringBuilder md, Changes changes) {
    md.append("### Since ").append(text(changes.baseline())).append("\n\n");
    if (changes.isEmpty()) {
      md.append("No use was added, removed or changed since ").append(text(changes.baseline()))
          .append(".\n\n");
      return;
    }
    md.append(text(HumanText.changeCounts(changes))).append("\n\n");
    boolean modules = Stream.of(changes.added(), changes.removed(), changes.changed())
        .flatMap(List::stream).anyMatch(change -> !change.key().module().isEmpty());
    md.append(modules ? "| Change | Use | Module | What changed | Verdict |\n"
        : "| Change | Use | What changed | Verdict |\n");
    md.append(modules ? "|---|---|---|---|---|\n" : "|---|---|---|---|\n");
    for (UseChange change : changes.added()) {
      UseSnapshot after = change.after().orElseThrow();
      changeRow(md, "Added", change, modules, "uses " + text(HumanText.toolAndModel(after)),
          marker(after.verdict()));
    }
    for (UseChange change : changes.removed()) {
      UseSnapshot before = change.before().orElseThrow();
      changeRow(md, "Removed", change, modules, "used " + text(HumanText.toolAndModel(before)),
          "was " + marker(before.verdict()));
    }
    for (UseChange change : changes.changed()) {
      UseSnapshot before = change.before().orElseThrow();
      UseSnapshot after = change.after().orElseThrow();
      List<String> fields = new ArrayList<>();
      for (UseField field : change.fields()) {
        fields.add(field.jsonName() + ": " + shown(before.value(field)) + " → "
            + shown(after.value(field)));
      }
      changeRow(md, "Changed", change, modules,
          fields.isEmpty() ? "verdict only" : String.join("; ", fields),
          before.verdict() == after.verdict() ? marker(after.verdict())
              : marker(before.verdict()) + " → " + marker(after.verdict()));
    }
    md.append('\n');
  }

  private static void changeRow(StringBuilder md, String kind, UseChange change,
      boolean modules, String what, String verdict) {
    md.append("| ").append(kind).append(" | ").append(text(change.key().id())).append(" | ");
    if (modules) {
      md.append(text(change.key().module())).append(" | ");
    }
    md.append(what).append(" | ").append(verdict).append(" |\n");
  }

  /** A declared value as Markdown text, or a dash when it is empty. */
  private static String shown(String value) {
    return value.isEmpty() ? "–" : text(value);
  }

  private static void writeUses(StringBuilder md, List<UseEvaluation> uses) {
    md.append("\n### Uses\n\n");
    if (uses.isEmpty()) {
      md.append("No `@GenAiUse` declarations found.\n");
      return;
    }
    boolean modules = uses.stream().anyMatch(u -> !u.use().module().isEmpty());
    md.append(modules ? "| Use | Module | Tool | Output | Verdict | Approval |\n"
        : "| Use | Tool | Output | Verdict | Approval |\n");
    md.append(modules ? "|---|---|---|---|---|---|\n" : "|---|---|---|---|---|\n");
    for (UseEvaluation evaluation : uses) {
      UseDeclaration use = evaluation.use();
      md.append("| ").append(text(use.id())).append(" | ");
      if (modules) {
        md.append(text(use.module())).append(" | ");
      }
      md.append(text(use.tool()));
      if (!use.model().isEmpty()) {
        md.append(" (").append(text(use.model())).append(')');
      }
      md.append(" | ").append(use.output().name())
          .append(" | ").append(marker(evaluation.verdict()))
          .append(" | ").append(use.approval().isEmpty() ? "–" : text(use.approval()))
          .append(" |\n");
    }
  }

  /**
   * The uses the dependencies declare, judged with the shipping module's policy and counted in the
   * summary above; nothing when no dependency declares one.
   */
  private static void writeDependencyUses(StringBuilder md, List<UseEvaluation> uses) {
    if (uses.isEmpty()) {
      return;
    }
    md.append("\n### Uses declared by dependencies\n\n")
        .append(count(uses.size(), "use")).append(" of the summary above ")
        .append(uses.size() == 1 ? "is" : "are")
        .append(" declared by dependencies, judged with the policy of the module that ships")
        .append(" them.\n\n")
        .append("| Use | Dependency | Element | Tool | Output | Verdict | Approval |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (UseEvaluation evaluation : uses) {
      UseDeclaration use = evaluation.use();
      md.append("| ").append(text(use.id()))
          .append(" | ").append(text(use.module()))
          .append(" | ").append(text(use.element()))
          .append(" | ").append(text(use.tool()));
      if (!use.model().isEmpty()) {
        md.append(" (").append(text(use.model())).append(')');
      }
      md.append(" | ").append(use.output().name())
          .append(" | ").append(marker(evaluation.verdict()))
          .append(" | ").append(shown(use.approval()))
          .append(" |\n");
    }
  }

  /** Colour and, for failing verdicts, bold: readable with or without emoji. */
  static String marker(Verdict verdict) {
    return switch (verdict) {
      case SOCIALIZE -> "🟢 socialize";
      case APPROVED -> "🔵 approved";
      case NEEDS_APPROVAL -> "🟠 **needs approval**";
      case PROHIBITED -> "🔴 **prohibited**";
    };
  }

  private static void sort(Finding finding, String item, List<String> errors,
      List<String> warnings) {
    if (finding.severity() == Severity.ERROR) {
      errors.add(item);
    } else if (finding.severity() == Severity.WARNING) {
      warnings.add(item);
    }
  }

  private static String item(Finding finding, String module, String where) {
    StringBuilder item = new StringBuilder("**").append(finding.rule().id()).append("** ");
    if (!module.isEmpty()) {
      item.append('(').append(text(module)).append(") ");
    }
    item.append(text(HumanText.withoutRuleId(finding)));
    if (!where.isEmpty()) {
      item.append(" (").append(text(where)).append(')');
    }
    return item.toString();
  }

  private static void list(StringBuilder md, String heading, List<String> items) {
    list(md, heading, "", items);
  }

  /** A section of {@code items} under a paragraph, {@code lead}; nothing when both are empty. */
  private static void list(StringBuilder md, String heading, String lead, List<String> items) {
    if (items.isEmpty() && lead.isEmpty()) {
      return;
    }
    md.append("\n### ").append(heading).append("\n\n");
    if (!lead.isEmpty()) {
      md.append(lead).append(items.isEmpty() ? "\n" : "\n\n");
    }
    for (String item : items) {
      md.append("- ").append(item).append('\n');
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Data as literal Markdown text, safe in a table cell or list item: every character with inline
   * meaning is backslash-escaped, line breaks become spaces (they would end the row), invisible
   * characters are shown as {@code ⟦U+202E⟧}, and {@code @name} and {@code #123} go in code
   * spans so a pull-request comment neither mentions anyone nor links an issue.
   */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      int reference = referenceEnd(value, i);
      if (reference > i) {
        out.append('`').append(value, i, reference).append('`');
        i = reference - 1;
        continue;
      }
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '!' ->
            out.append('\\').append(c);
        case '\n', '\r', '\t' -> out.append(' ');
        default -> {
          if (HumanText.isInvisible(value, i)) {
            out.append('⟦').append(HumanText.codePoint(c)).append('⟧');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * The end of a GitHub mention ({@code @name}) or issue reference ({@code #123}) starting at
   * {@code start}, or {@code start} when there is none.
   */
  private static int referenceEnd(String value, int start) {
    char c = value.charAt(start);
    if ((c != '@' && c != '#') || (start > 0 && isNameChar(value.charAt(start - 1)))) {
      return start;
    }
    int end = start + 1;
    while (end < value.length()
        && (c == '@' ? isNameChar(value.charAt(end)) : isAsciiDigit(value.charAt(end)))) {
      end++;
    }
    return end > start + 1 ? end : start;
  }

  private static boolean isNameChar(char c) {
    return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-'
        || c == '_';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
