package dev.genaiguidelines.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the policy says about one module (or one reactor): each use with its verdict, the
 * undeclared calls, the GenAI SDKs shipped undeclared, and the findings about the ledger itself.
 *
 * @param uses sorted by id, then module, then element
 * @param undeclared the undeclared calls, each with its GAI301 finding, sorted by element, then
 *     line, then target
 * @param ledgerFindings GAI008 findings about approvals and consents, sorted by subject
 * @param ledger the approvals and consents the uses name that are in the ledger, approvals
 *     first, each sorted by id
 * @param dependencyUses the uses the module's dependencies declare (their catalogs), each with
 *     the dependency's {@code groupId:artifactId:version} as its {@code module}, judged with this
 *     assessment's policy; they count in {@link #summary()} and {@link #hasViolations()} like the
 *     module's own, sorted as {@code uses}
 * @param dependencyFindings GAI302 findings, one per GenAI SDK a module that declares no use
 *     ships, the SDK's coordinates as subject, sorted by subject then module
 */
public record Assessment(
    Policy policy,
    LocalDate asOf,
    List<UseEvaluation> uses,
    List<Undeclared> undeclared,
    List<Finding> ledgerFindings,
    List<LedgerReference> ledger,
    List<UseEvaluation> dependencyUses,
    List<Finding> dependencyFindings) {

  /** How {@link #dependencyFindings()} are listed: by SDK, then by module. */
  private static final Comparator<Finding> DEPENDENCY_ORDER =
      Comparator.comparing(Finding::subject).thenComparing(Finding::about);

  public Assessment {
    uses = List.copyOf(uses);
    undeclared = List.copyOf(undeclared);
    ledgerFindings = List.copyOf(ledgerFindings);
    ledger = List.copyOf(ledger);
    dependencyUses = List.copyOf(dependencyUses);
    dependencyFindings = Objects.requireNonNullElse(dependencyFindings, List.<Finding>of())
        .stream().sorted(DEPENDENCY_ORDER).toList();
  }

  /** An assessment whose dependencies' GenAI SDKs are not judged yet. */
  public Assessment(Policy policy, LocalDate asOf, List<UseEvaluation> uses,
      List<Undeclared> undeclared, List<Finding> ledgerFindings, List<LedgerReference> ledger,
      List<UseEvaluation> dependencyUses) {
    this(policy, asOf, uses, undeclared, ledgerFindings, ledger, dependencyUses, List.of());
  }

  /** An assessment of a module whose dependencies declare no uses. */
  public Assessment(Policy policy, LocalDate asOf, List<UseEvaluation> uses,
      List<Undeclared> undeclared, List<Finding> ledgerFindings, List<LedgerReference> ledger) {
    this(policy, asOf, uses, undeclared, ledgerFindings, ledger, List.of());
  }

  /** An assessment that names no ledger entries (tests, and parts of an aggregate). */
  public Assessment(Policy policy, LocalDate asOf, List<UseEvaluation> uses,
      List<Undeclared> undeclared, List<Finding> ledgerFindings) {
    this(policy, asOf, uses, undeclared, ledgerFindings, List.of());
  }

  /**
   * An undeclared call with its GAI301 finding; the finding is absent when the policy turns
   * GAI301 off, and the call is still listed so a report shows what the build saw.
   */
  public record Undeclared(UndeclaredCall call, Optional<Finding> finding) {
    public Undeclared {
      Objects.requireNonNull(call, "call");
      finding = Objects.requireNonNullElse(finding, Optional.empty());
    }
  }

  /** The GAI301 findings, in call order. */
  public List<Finding> undeclaredFindings() {
    return undeclared.stream().flatMap(entry -> entry.finding().stream()).toList();
  }

  /** Counts by verdict and severity, as the reports' {@code summary} shows them. */
  public Summary summary() {
    int socialize = 0;
    int approved = 0;
    int needsApproval = 0;
    int prohibited = 0;
    int errors = 0;
    int warnings = 0;
    for (UseEvaluation use : allUses()) {
      switch (use.verdict()) {
        case SOCIALIZE -> socialize++;
        case APPROVED -> approved++;
        case NEEDS_APPROVAL -> needsApproval++;
        case PROHIBITED -> prohibited++;
      }
      for (Finding finding : use.findings()) {
        if (finding.severity() == Severity.ERROR) {
          errors++;
        } else if (finding.severity() == Severity.WARNING) {
          warnings++;
        }
      }
    }
    for (Finding finding : concat(concat(undeclaredFindings(), ledgerFindings),
        dependencyFindings)) {
      if (finding.severity() == Severity.ERROR) {
        errors++;
      } else if (finding.severity() == Severity.WARNING) {
        warnings++;
      }
    }
    return new Summary(uses.size() + dependencyUses.size(), socialize, approved, needsApproval,
        prohibited, undeclared.size(), errors, warnings, dependencyUses.size());
  }

  /** The module's own uses, then its dependencies' uses. */
  public List<UseEvaluation> allUses() {
    return dependencyUses.isEmpty() ? uses
        : java.util.stream.Stream.concat(uses.stream(), dependencyUses.stream()).toList();
  }

  /**
   * True when a use, the module's own or a dependency's, fails the build (ERROR finding or
   * unapproved verdict) or the ledger has an ERROR.
   */
  public boolean hasViolations() {
    return allUses().stream().anyMatch(UseEvaluation::failsBuild)
        || ledgerFindings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** True when an undeclared call or an undeclared GenAI SDK is reported as an ERROR. */
  public boolean hasUndeclaredErrors() {
    return concat(undeclaredFindings(), dependencyFindings).stream()
        .anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * The same assessment with {@code findings} (GAI302, see
   * {@link PolicyEvaluator#undeclaredDependency}) added to its dependency findings: they count in
   * the summary, and every report and {@code check} show them.
   */
  public Assessment withDependencyFindings(List<Finding> findings) {
    List<Finding> all = new java.util.ArrayList<>(dependencyFindings);
    all.addAll(findings);
    return new Assessment(policy, asOf, uses, undeclared, ledgerFindings, ledger, dependencyUses,
        all);
  }

  /** The GAI302 findings about the SDK with {@code coordinates}, in module order. */
  public List<Finding> dependencyFindings(String coordinates) {
    return dependencyFindings.stream().filter(f -> f.subject().equals(coordinates)).toList();
  }

  private static List<Finding> concat(List<Finding> a, List<Finding> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  /**
   * The report's {@code summary} counts. Every count but {@code undeclared} includes the uses of
   * dependencies, which {@code dependencyUses} counts on its own.
   */
  public record Summary(
      int uses,
      int socialize,
      int approved,
      int needsApproval,
      int prohibited,
      int undeclared,
      int errors,
      int warnings,
      int dependencyUses) {

    /** The counts of a module whose dependencies declare no uses. */
    public Summary(int uses, int socialize, int approved, int needsApproval, int prohibited,
        int undeclared, int errors, int warnings) {
      this(uses, socialize, approved, needsApproval, prohibited, undeclared, errors, warnings, 0);
    }
  }
}
