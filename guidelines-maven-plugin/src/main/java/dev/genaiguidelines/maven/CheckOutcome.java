package dev.genaiguidelines.maven;

import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.Rule;
import dev.genaiguidelines.policy.Severity;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseEvaluation;
import dev.genaiguidelines.policy.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code check} prints and whether it fails: the summary table, every violation with its
 * file and line, and the one failure message. Plain Java, so the exact lines are tested.
 */
final class CheckOutcome {

  /** How a line is logged. */
  enum Level {
    INFO,
    WARNING,
    ERROR
  }

  /** One line of the build log. */
  record Line(Level level, String text) {}

  /**
   * Which kinds of problem fail the build ({@code guidelines.failOnViolation},
   * {@code failOnUndeclared}, {@code failOnUnreadable}); the others are logged as warnings.
   */
  record FailOn(boolean violation, boolean undeclared, boolean unreadable) {
    static final FailOn ALL = new FailOn(true, true, true);
  }

  private final Assessment assessment;
  private final List<String> unreadable;
  private final FailOn failOn;

  /**
   * @param unreadable one message per class file the scanner could not read; its uses and calls
   *     cannot be judged, so it fails the build unless {@link FailOn#unreadable()} is false
   */
  CheckOutcome(Assessment assessment, List<String> unreadable, FailOn failOn) {
    this.assessment = assessment;
    this.unreadable = List.copyOf(unreadable);
    this.failOn = failOn;
  }

  /** One line per class file that could not be read, an error unless it is tolerated. */
  List<Line> unreadable() {
    Level level = failOn.unreadable() ? Level.ERROR : Level.WARNING;
    return unreadable.stream().map(message -> new Line(level, message)).toList();
  }

  /** The summary table: counts per verdict, undeclared calls, errors and warnings. */
  List<Line> summary(String classesDirectory, int classCount) {
    Assessment.Summary s = assessment.summary();
    List<Line> lines = new ArrayList<>();
    Policy judging = assessment.policy();
    String policy = judging.name() + " (" + (judging.studioLayer().isPresent()
        && !judging.origin().equals(judging.source())
        ? judging.origin() + " + " + judging.source() : judging.source()) + ")";
    String upstream = s.dependencyUses() == 0 ? ""
        : " (" + s.dependencyUses() + " declared by dependencies)";
    lines.add(info("GenAI guidelines: " + plural(s.uses(), "use") + upstream + " in "
        + plural(classCount, "class", "classes") + " of " + classesDirectory + ", policy " + policy
        + ", as of " + assessment.asOf()));
    lines.add(info(row("SOCIALIZE", s.socialize())));
    lines.add(info(row("APPROVED", s.approved())));
    lines.add(info(row("NEEDS_APPROVAL", s.needsApproval())));
    lines.add(info(row("PROHIBITED", s.prohibited())));
    lines.add(info(row("undeclared calls", s.undeclared())));
    lines.add(info(row("errors", s.errors())));
    lines.add(info(row("warnings", s.warnings())));
    return lines;
  }

  /**
   * Every finding worth a line: ERROR findings of failing uses, warnings, undeclared calls,
   * undeclared GenAI SDKs (GAI302) and ledger findings, each prefixed with where it is ({@code src/main/java/com/x/Foo.java:12:}).
   * Findings that will not fail the build (because of {@code failOnViolation=false} or
   * {@code failOnUndeclared=false}) are logged as warnings.
   */
  List<Line> findings() {
    List<Line> lines = new ArrayList<>();
    Level violation = failOn.violation() ? Level.ERROR : Level.WARNING;
    for (UseEvaluation use : assessment.allUses()) {
      String where = location(use.use().sourceFile(), use.use().line());
      for (Finding finding : use.findings()) {
        if (finding.severity() == Severity.ERROR) {
          lines.add(new Line(violation, where + finding.message()));
        } else if (finding.severity() == Severity.WARNING) {
          lines.add(new Line(Level.WARNING, where + finding.message()));
        }
      }
    }
    Level undeclared = failOn.undeclared() ? Level.ERROR : Level.WARNING;
    for (Assessment.Undeclared entry : assessment.undeclared()) {
      if (entry.finding().isEmpty()) {
        continue;
      }
      Finding finding = entry.finding().get();
      UndeclaredCall call = entry.call();
      String where = call.sourceFile().isEmpty() ? Rule.visible(call.element()) + ": "
          : location(call.sourceFile(), call.line());
      if (finding.severity() == Severity.ERROR) {
        lines.add(new Line(undeclared, where + finding.message()));
      } else if (finding.severity() == Severity.WARNING) {
        lines.add(new Line(Level.WARNING, where + finding.message()));
      }
    }
    // GAI302 is about the module, not a line of it: the message names the module and the SDK.
    for (Finding finding : assessment.dependencyFindings()) {
      Level level = switch (finding.severity()) {
        case ERROR -> undeclared;
        case INFO -> Level.INFO;
        default -> Level.WARNING;
      };
      if (finding.severity() != Severity.OFF) {
        lines.add(new Line(level, finding.message()));
      }
    }
    String policyFile = Rule.visible(assessment.policy().source()) + ": ";
    for (Finding finding : assessment.ledgerFindings()) {
      if (finding.severity() == Severity.ERROR) {
        lines.add(new Line(violation, policyFile + finding.message()));
      } else if (finding.severity() == Severity.WARNING) {
        lines.add(new Line(Level.WARNING, policyFile + finding.message()));
      }
    }
    return lines;
  }

  /**
   * The message of the one {@code MojoFailureException}, or empty when the build passes. What
   * would have failed but is switched off is returned by {@link #tolerated()}.
   */
  Optional<String> failure() {
    List<String> parts = new ArrayList<>();
    if (failOn.violation()) {
      parts.addAll(violationParts());
    }
    if (failOn.unreadable()) {
      parts.addAll(unreadableParts());
    }
    if (failOn.undeclared()) {
      parts.addAll(undeclaredParts());
    }
    Optional<String> sdks = failOn.undeclared() ? undeclaredSdks() : Optional.empty();
    if (parts.isEmpty()) {
      return sdks.map(text -> "GenAI guidelines failed: " + text + "; see the errors above, or"
          + " set guidelines.failOnUndeclared=false to log them as warnings.");
    }
    boolean unreadableFails = failOn.unreadable() && !unreadable.isEmpty();
    return Optional.of("GenAI guidelines check failed: " + String.join(", ", parts)
        + ". Each is listed above with its file, line and fix."
        + (failOn.violation() ? failingDependencyUses() : "")
        + (unreadableFails ? " A class file that cannot be rebuilt is let through, unjudged,"
            + " with guidelines.failOnUnreadable=false." : "")
        + sdks.map(text -> " Also " + text + ".").orElse(""));
  }

  /** "2 GenAI SDKs shipped by a module that declares no @GenAiUse (GAI302)", when any is an ERROR. */
  private Optional<String> undeclaredSdks() {
    long errors = assessment.dependencyFindings().stream()
        .filter(f -> f.severity() == Severity.ERROR).count();
    return errors == 0 ? Optional.empty() : Optional.of(plural(errors, "GenAI SDK")
        + " shipped by a module that declares no @GenAiUse (GAI302)");
  }

  /** A warning for what would have failed the build but is switched off, or empty. */
  Optional<String> tolerated() {
    List<String> parts = new ArrayList<>();
    List<String> switches = new ArrayList<>();
    if (!failOn.violation() && !violationParts().isEmpty()) {
      parts.addAll(violationParts());
      switches.add("guidelines.failOnViolation");
    }
    if (!failOn.unreadable() && !unreadableParts().isEmpty()) {
      parts.addAll(unreadableParts());
      switches.add("guidelines.failOnUnreadable");
    }
    if (!failOn.undeclared()
        && (!undeclaredParts().isEmpty() || undeclaredSdks().isPresent())) {
      parts.addAll(undeclaredParts());
      undeclaredSdks().ifPresent(parts::add);
      switches.add("guidelines.failOnUndeclared");
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("GenAI guidelines: " + String.join(", ", parts)
        + "; not failing the build because " + words(switches)
        + (switches.size() == 1 ? " is" : " are") + " false.");
  }

  /** "a", "a and b", "a, b and c". */
  private static String words(List<String> items) {
    int last = items.size() - 1;
    return last == 0 ? items.get(0)
        : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
  }

  private List<String> violationParts() {
    List<String> parts = new ArrayList<>();
    long prohibited = count(Verdict.PROHIBITED);
    long needsApproval = count(Verdict.NEEDS_APPROVAL);
    if (prohibited > 0) {
      parts.add(plural(prohibited, "PROHIBITED use"));
    }
    if (needsApproval > 0) {
      parts.add(plural(needsApproval, "use") + " NEEDS_APPROVAL");
    }
    long errors = assessment.allUses().stream()
        .filter(u -> !u.verdict().failsBuild())
        .flatMap(u -> u.findings().stream())
        .filter(f -> f.severity() == Severity.ERROR)
        .count()
        + assessment.ledgerFindings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    if (errors > 0) {
      parts.add(plural(errors, "other error finding"));
    }
    return parts;
  }

  private List<String> unreadableParts() {
    return unreadable.isEmpty() ? List.of()
        : List.of(plural(unreadable.size(), "unreadable class file"));
  }

  private List<String> undeclaredParts() {
    long undeclared =
        assessment.undeclaredFindings().stream().filter(f -> f.severity() == Severity.ERROR)
            .count();
    return undeclared > 0 ? List.of(plural(undeclared, "undeclared GenAI call")) : List.of();
  }

  private long count(Verdict verdict) {
    return assessment.allUses().stream().filter(u -> u.verdict() == verdict).count();
  }

  /**
   * The failing uses that dependencies declare, named with the dependency and element, since
   * the fix is in the pipeline's ledger or its choice of dependency, not in its own code.
   */
  private String failingDependencyUses() {
    List<UseEvaluation> failingUses =
        assessment.dependencyUses().stream().filter(UseEvaluation::failsBuild).toList();
    List<String> failing = failingUses.stream()
        .map(u -> "use '" + u.use().id() + "' of " + u.use().module() + " ("
            + u.use().element() + ") " + (u.verdict().failsBuild() ? "is " + u.verdict()
                : "has an ERROR finding"))
        .toList();
    boolean allProhibited = failingUses.stream().allMatch(u -> u.verdict() == Verdict.PROHIBITED);
    return failing.isEmpty() ? "" : Rule.visible(" Declared by dependencies: "
        + String.join("; ", failing) + (allProhibited
            ? ": no approval clears a PROHIBITED use; drop or replace the dependency, or have its"
                + " maintainers change the use."
            : ": approve it in this project's own ledger (see \"Approving a dependency's use\" in"
                + " the README), or drop or replace the dependency."));
  }

  /**
   * {@code File.java:12: }, quoted on one line: the path comes from the class's name and its
   * SourceFile attribute, which a crafted class file may fill with line breaks.
   */
  private static String location(String sourceFile, int line) {
    if (sourceFile.isEmpty()) {
      return "";
    }
    String file = Rule.visible(sourceFile);
    return line > 0 ? file + ":" + line + ": " : file + ": ";
  }

  private static String row(String label, int count) {
    return String.format("  %-18s%5d", label, count);
  }

  private static Line info(String text) {
    return new Line(Level.INFO, text);
  }

  static String plural(long count, String singular) {
    return plural(count, singular, singular + "s");
  }

  static String plural(long count, String singular, String pluralForm) {
    return count + " " + (count == 1 ? singular : pluralForm);
  }
}
