package dev.genaiguidelines.policy;

import java.util.Objects;

/**
 * One rule that fired, kept as its parts (as Error Prone keeps a {@code Description}): each
 * format renders them late, so none parses a message back apart.
 *
 * <p>The parts hold the values as declared; {@link #message()} is the one-line form for build
 * logs and the machine-readable reports, every value made {@linkplain Rule#visible visible}.
 *
 * @param severity the effective severity
 * @param subject the use id, the ledger record id (GAI008) or the element (GAI301)
 * @param attribute the {@code @GenAiUse} attribute at fault, so the processor can point at it
 * @param about who the finding is about, as a message names it: {@code use 'hero-creature'}
 * @param reason the rule and the values that fired it
 * @param note one more sentence after the fix, or "" (e.g. that the policy made a rule stricter)
 */
public record Finding(Severity severity, String subject, UseAttribute attribute, String about,
    Reason reason, String note) {

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(about, "about");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(note, "note");
  }

  /** The rule that fired. */
  public Rule rule() {
    return reason.rule();
  }

  /** The same finding with another severity, as a policy override or a verdict sets it. */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(newSeverity, subject, attribute, about, reason, note);
  }

  /** The guideline the rule comes from, as a message cites it. */
  public String citation() {
    return rule().guideline().citation();
  }

  /** What is wrong, as declared: {@code use 'x': <detail> (<citation>).} */
  public String problem() {
    return about + ": " + reason.detail() + " (" + citation() + ").";
  }

  /** What would fix it, as declared: {@code <fix>.}, then the note when there is one. */
  public String remedy() {
    return reason.fix() + "." + (note.isEmpty() ? "" : " " + note);
  }

  /**
   * The whole finding on one line: {@code [GAI104] use 'hero-creature': <detail> (<citation>).
   * Fix: <fix>.}; the form of compiler diagnostics, build logs and the JSON and SARIF reports.
   */
  public String message() {
    return Rule.visible("[" + rule().id() + "] " + problem() + " Fix: " + remedy());
  }
}
