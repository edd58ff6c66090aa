package dev.genaiguidelines.maven.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

  /**
   * One aggregate baseline from the modules' own reports, each keyed by its module as the
   * aggregate keys them: what the aggregate would have said, short of the ledger findings
   * (GAI008), which only an aggregate judges.
   *
   * @param byModule each module's own report, by the module's artifactId
   */
  public static BaselineReport merge(String label, Map<String, BaselineReport> byModule) {
    List<UseSnapshot> uses = new ArrayList<>();
    Set<Call> undeclared = new HashSet<>();
    Set<LedgerFinding> ledger = new HashSet<>();
    byModule.forEach((module, report) -> {
      report.uses().forEach(use -> uses.add(use.inModule(module)));
      undeclared.addAll(report.undeclared());
      ledger.addAll(report.ledger());
    });
    return new BaselineReport(label, uses, undeclared, ledger);
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
