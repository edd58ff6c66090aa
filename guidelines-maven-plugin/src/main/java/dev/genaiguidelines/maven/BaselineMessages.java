package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.baseline.UseChange;
import dev.genaiguidelines.maven.baseline.UseField;
import dev.genaiguidelines.policy.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code report} and {@code report-aggregate} log about the changes since the baseline, and
 * how {@code guidelines.failOnNewEscalation} words its failure. Use ids and the baseline's label
 * come from a baseline file or the classes, so every line is quoted on one line.
 */
final class BaselineMessages {

  private BaselineMessages() {}

  /** One line of counts, then one line per added, removed and changed use. */
  static List<String> summary(Changes changes) {
    List<String> lines = new ArrayList<>();
    String since = " since " + changes.baseline();
    if (changes.isEmpty()) {
      lines.add("GenAI changes" + since + ": no use was added, removed or changed");
      return oneLineEach(lines);
    }
    lines.add("GenAI changes" + since + ": "
        + CheckOutcome.plural(changes.added().size(), "use") + " added, "
        + changes.removed().size() + " removed, " + changes.changed().size() + " changed");
    for (UseChange change : changes.added()) {
      lines.add("  added   " + change.key() + " (" + change.verdictAfter().orElseThrow() + ")");
    }
    for (UseChange change : changes.removed()) {
      lines.add("  removed " + change.key() + " (was " + change.verdictBefore().orElseThrow()
          + ")");
    }
    for (UseChange change : changes.changed()) {
      lines.add("  changed " + change.key() + " (" + describe(change) + ")");
    }
    return oneLineEach(lines);
  }

  /**
   * One line per added or changed use whose verdict is now escalated, naming its id and verdict.
   */
  static List<String> escalations(Changes changes) {
    List<String> lines = new ArrayList<>();
    for (UseChange change : changes.escalations()) {
      String use = "GenAI use '" + change.key() + "' ";
      String after = change.verdictAfter().orElseThrow().name();
      if (change.before().isEmpty()) {
        lines.add(use + "is new since " + changes.baseline() + ", with verdict " + after);
        continue;
      }
      String fields = change.fields().stream().map(UseField::jsonName)
          .collect(Collectors.joining(", "));
      String before = change.verdictBefore().orElseThrow().name();
      lines.add(use + "changed since " + changes.baseline() + " ("
          + (fields.isEmpty() ? "verdict only" : fields) + "), with verdict " + after
          + (before.equals(after) ? "" : " (was " + before + ")"));
    }
    return oneLineEach(lines);
  }

  /** The failure {@code guidelines.failOnNewEscalation} ends the build with. */
  static String escalationFailure(Changes changes) {
    int count = changes.escalations().size();
    return "GenAI guidelines: " + CheckOutcome.plural(count, "use is", "uses are")
        + " new or changed since " + Rule.visible(changes.baseline())
        + " with a verdict of APPROVED, NEEDS_APPROVAL or PROHIBITED (listed above), and"
        + " guidelines.failOnNewEscalation is true. Have each reviewed for this release, then"
        + " build without guidelines.failOnNewEscalation.";
  }

  private static List<String> oneLineEach(List<String> lines) {
    return lines.stream().map(Rule::visible).toList();
  }

  /** "model, purpose; NEEDS_APPROVAL -> PROHIBITED", or the verdict alone when only it changed. */
  private static String describe(UseChange change) {
    String fields = change.fields().stream().map(UseField::jsonName)
        .collect(Collectors.joining(", "));
    String before = change.verdictBefore().orElseThrow().name();
    String after = change.verdictAfter().orElseThrow().name();
    String verdict = before.equals(after) ? after : before + " -> " + after;
    return fields.isEmpty() ? "verdict " + verdict : fields + "; " + verdict;
  }
}
