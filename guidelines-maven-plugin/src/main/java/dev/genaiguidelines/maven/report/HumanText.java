package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.baseline.UseSnapshot;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.UnsafeChars;
import dev.genaiguidelines.policy.Verdict;
import java.util.Collection;
import java.util.Locale;

/** Wording shared by the reports people read (HTML, Markdown). */
final class HumanText {
  private HumanText() {}

  /** "Needs approval" for {@code NEEDS_APPROVAL}. */
  static String label(Verdict verdict) {
    String words = verdict.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** What a verdict means for the people who read the report. */
  static String meaning(Verdict verdict) {
    return switch (verdict) {
      case SOCIALIZE -> "Allowed. Listed so the use can be shared with the studio.";
      case APPROVED -> "Needed written approval and has a current one in the ledger that names it.";
      case NEEDS_APPROVAL -> "Needs written approval it does not (validly) have. Fails the build.";
      case PROHIBITED ->
          "Not allowed under the guidance, whatever approval it names. Fails the build.";
    };
  }

  /**
   * The finding as people read it beside its rule id: what is wrong, then the fix, with the
   * declared values as they are, for the format to escape.
   */
  static String withoutRuleId(Finding finding) {
    return finding.problem() + " Fix: " + finding.remedy();
  }

  /** {@code src/Foo.java:12}, {@code src/Foo.java} or "" when the place is unknown. */
  static String location(String sourceFile, int line) {
    if (sourceFile.isEmpty()) {
      return "";
    }
    return line > 0 ? sourceFile + ':' + line : sourceFile;
  }

  /** "2 uses added, 1 removed, none changed" for the "Since" section of a report. */
  static String changeCounts(Changes changes) {
    int added = changes.added().size();
    return added + (added == 1 ? " use" : " uses") + " added, "
        + countOrNone(changes.removed().size()) + " removed, "
        + countOrNone(changes.changed().size()) + " changed since " + changes.baseline() + ".";
  }

  private static String countOrNone(int n) {
    return n == 0 ? "none" : Integer.toString(n);
  }

  /** The declared tool, with its model in brackets when there is one. */
  static String toolAndModel(UseSnapshot use) {
    return use.model().isEmpty() ? use.tool() : use.tool() + " (" + use.model() + ")";
  }

  static String names(Collection<? extends Enum<?>> values) {
    // A loop, not a stream: every report calls this for every use, in a cold JVM.
    StringBuilder names = new StringBuilder();
    for (Enum<?> value : values) {
      names.append(names.isEmpty() ? "" : ", ").append(value.name());
    }
    return names.toString();
  }

  /**
   * True for an {@linkplain UnsafeChars unsafe} character other than a line break or tab (which
   * each format lays out as it must): the human-readable reports show it as {@code U+XXXX}.
   */
  static boolean isInvisible(CharSequence text, int index) {
    char c = text.charAt(index);
    return c != '\n' && c != '\t' && c != '\r' && UnsafeChars.isUnsafe(text, index);
  }

  /** {@code U+202E} for an invisible character. */
  static String codePoint(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}
