package dev.genaiguidelines.maven.baseline;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a previous report recorded, as far as a comparison needs it: every use with its declared
 * fields and verdict, the undeclared calls and the ledger findings.
 *
 * @param label how reports name the baseline: the version it was resolved for, or the file name
 * @param uses sorted by id, then module
 * @param undeclared the undeclared calls, by calling element and target
 * @param ledger the ledger findings, by record and rule
 */
public record BaselineReport(
    String label, List<UseSnapshot> uses, Set<Call> undeclared, Set<LedgerFinding> ledger) {

  public BaselineReport {
    Objects.requireNonNull(label, "label");
    uses = uses.stream().sorted(Comparator.comparing(UseSnapshot::key)).toList();
    undeclared = Set.copyOf(undeclared);
    ledger = Set.copyOf(ledger);
  }

  /** An undeclared GenAI call, identified as code scanning would: where it is and what it calls. */
  public record Call(String element, String target) {
    public Call {
      Objects.requireNonNull(element, "element");
      Objects.requireNonNull(target, "target");
    }
  }

  /** A finding about a ledger record (GAI008), identified by the record and the rule. */
  public record LedgerFinding(String subject, String rule) {
    public LedgerFinding {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(rule, "rule");
    }
  }
}
