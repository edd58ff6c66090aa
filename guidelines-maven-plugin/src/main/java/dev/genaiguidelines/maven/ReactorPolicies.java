package dev.genaiguidelines.maven;

import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.LedgerReference;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.PolicyLocator;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The policy each module of a reactor is judged with in the aggregate report: the one its own
 * {@code report} uses, the first {@code genai-policy.yaml} in the module's directory or its
 * parents up to the reactor root, with its tool registry, ledger, severities and {@code detect}
 * markers. Immutable once loaded, so a deferred write on another thread can use it.
 */
final class ReactorPolicies {

  private final ComplianceRun root;
  private final Map<Path, ComplianceRun> byModule;

  private ReactorPolicies(ComplianceRun root, Map<Path, ComplianceRun> byModule) {
    this.root = root;
    this.byModule = Map.copyOf(byModule);
  }

  /** Every module judged with the root's policy, as with {@code guidelines.policy} set. */
  static ReactorPolicies of(ComplianceRun root) {
    return new ReactorPolicies(root, Map.of());
  }

  /**
   * Finds and reads the policy of every module. Modules that find the root's file share the
   * root's run; each other file is read once, its {@code source} relative to {@code rootDir}.
   *
   * @param stopDirectory where a module's upward search stops, as its own report computes it
   * @throws MojoExecutionException naming the file, line and column of a malformed policy
   */
  static ReactorPolicies load(ComplianceRun root, Path rootDir, List<Path> moduleDirs,
      UnaryOperator<Path> stopDirectory) throws MojoExecutionException {
    Map<Optional<Path>, ComplianceRun> byFile = new HashMap<>();
    byFile.put(PolicyLocator.locate(rootDir, stopDirectory.apply(rootDir)), root);
    Map<Path, ComplianceRun> byModule = new HashMap<>();
    for (Path dir : moduleDirs) {
      Optional<Path> file = PolicyLocator.locate(dir, stopDirectory.apply(dir));
      ComplianceRun run = byFile.get(file);
      if (run == null) {
        run = root.withPolicy(ComplianceRun.readPolicy(file, rootDir));
        byFile.put(file, run);
      }
      byModule.put(key(dir), run);
    }
    return new ReactorPolicies(root, byModule);
  }

  private static Path key(Path dir) {
    return dir.toAbsolutePath().normalize();
  }

  /** The run of the reactor root, whose policy is the report's {@code policy}. */
  ComplianceRun root() {
    return root;
  }

  /** The run a module is scanned and judged with; the root's for a module not loaded. */
  ComplianceRun runFor(Path moduleDir) {
    return byModule.getOrDefault(key(moduleDir), root);
  }

  /**
   * The modules among {@code scans} judged with a policy other than the root's, by module name,
   * sorted: what the JSON report records as {@code modulePolicies}.
   */
  Map<String, Policy> differingPolicies(List<ModuleScan> scans) {
    Map<String, Policy> differing = new TreeMap<>();
    for (ModuleScan scan : scans) {
      ComplianceRun run = runFor(scan.module().basedir());
      if (run != root) {
        differing.put(scan.module().name(), run.policy());
      }
    }
    return differing;
  }

  /** Judges every module's own uses; see {@link #assess(List, Map, boolean)}. */
  Assessment assess(List<ModuleScan> scans, boolean judgeLedger) {
    return assess(scans, Map.of(), judgeLedger);
  }

  /**
   * Judges every module's uses, and the uses its dependencies declare, with its own policy and
   * merges the results, in the order one assessment lists them. A dependency's use that modules
   * judged with one policy ship is judged and listed once; modules with differing policies list
   * it once per differing judgement, so a policy that prohibits it is never hidden behind one
   * that allows it. Unused ledger records (GAI008) are judged, when {@code judgeLedger}, for the
   * ledger of every policy in play against every use of the reactor, the dependencies' included:
   * an approval one module's file lists for another module's use, or for a use a dependency
   * declares, is not stale. The same finding from two files is reported once.
   *
   * @param dependencyUses by module name, the uses its dependencies declare, each with the
   *     dependency's coordinates as its {@code module}; the reactor's own modules left out
   */
  Assessment assess(List<ModuleScan> scans, Map<String, List<UseDeclaration>> dependencyUses,
      boolean judgeLedger) {
    Map<ComplianceRun, List<ModuleScan>> groups = new LinkedHashMap<>();
    for (ModuleScan scan : scans) {
      groups.computeIfAbsent(runFor(scan.module().basedir()), run -> new ArrayList<>()).add(scan);
    }
    if (groups.isEmpty() || groups.size() == 1 && groups.containsKey(root)) {
      return root.assess(scans, shippedBy(scans, dependencyUses), judgeLedger);
    }
    List<UseEvaluation> uses = new ArrayList<>();
    Set<UseEvaluation> upstream = new LinkedHashSet<>();
    Set<UseDeclaration> everyUpstream = new LinkedHashSet<>();
    List<Assessment.Undeclared> calls = new ArrayList<>();
    Map<String, LedgerReference> named = new java.util.TreeMap<>();
    for (Map.Entry<ComplianceRun, List<ModuleScan>> group : groups.entrySet()) {
      List<UseDeclaration> shipped = shippedBy(group.getValue(), dependencyUses);
      everyUpstream.addAll(shipped);
      Assessment part = group.getKey().assess(group.getValue(), shipped, false);
      uses.addAll(part.uses());
      upstream.addAll(part.dependencyUses());
      calls.addAll(part.undeclared());
      // Approvals first, each by id: as one evaluator lists them.
      part.ledger().forEach(entry -> named.putIfAbsent(
          (entry.kind().equals("approval") ? "0" : "1") + entry.id(), entry));
    }
    uses.sort(Comparator.comparing(UseEvaluation::use, PolicyEvaluator.USE_ORDER));
    List<UseEvaluation> upstreamSorted = new ArrayList<>(upstream);
    upstreamSorted.sort(Comparator.comparing(UseEvaluation::use, PolicyEvaluator.USE_ORDER));
    calls.sort(Comparator.comparing(Assessment.Undeclared::call, PolicyEvaluator.CALL_ORDER));
    // A report pairs every listed call with its GAI301 finding, or lists none: where some
    // modules' policies turn GAI301 off and others do not, the calls of the former are left out.
    boolean anyFinding = calls.stream().anyMatch(entry -> entry.finding().isPresent());
    List<Assessment.Undeclared> listed = anyFinding
        ? calls.stream().filter(entry -> entry.finding().isPresent()).toList() : calls;
    List<Finding> ledger = judgeLedger
        ? ledgerFindings(policiesInPlay(groups.keySet()), scans, everyUpstream) : List.of();
    return new Assessment(root.policy(), root.asOf(), uses, listed, ledger,
        List.copyOf(named.values()), upstreamSorted);
  }

  /**
   * The uses the dependencies of {@code scans} declare, each once however many of the modules
   * ship it: judging it twice with one policy would also find it a duplicate of itself (GAI002).
   */
  private static List<UseDeclaration> shippedBy(List<ModuleScan> scans,
      Map<String, List<UseDeclaration>> dependencyUses) {
    Set<UseDeclaration> unique = new LinkedHashSet<>();
    for (ModuleScan scan : scans) {
      unique.addAll(dependencyUses.getOrDefault(scan.module().name(), List.of()));
    }
    return List.copyOf(unique);
  }

  /**
   * One line per ledger finding of {@code assessment}, prefixed with the policy file that holds
   * the record, as {@code check} logs them: the root's first, then the modules' files.
   */
  List<String> ledgerLines(Assessment assessment, List<ModuleScan> scans) {
    Set<ComplianceRun> runs = new LinkedHashSet<>();
    scans.forEach(scan -> runs.add(runFor(scan.module().basedir())));
    List<Policy> policies = policiesInPlay(runs);
    List<String> lines = new ArrayList<>();
    for (Finding finding : assessment.ledgerFindings()) {
      String source = policies.stream()
          .filter(p -> p.approvals().containsKey(finding.subject())
              || p.consents().containsKey(finding.subject()))
          .findFirst().map(Policy::source).orElse(root.policy().source());
      lines.add(source + ": " + finding.message());
    }
    return lines;
  }

  /** The root's policy, then each other policy a module is judged with. */
  private List<Policy> policiesInPlay(Set<ComplianceRun> runs) {
    List<Policy> policies = new ArrayList<>();
    policies.add(root.policy());
    runs.stream().filter(run -> run != root).map(ComplianceRun::policy).forEach(policies::add);
    return policies;
  }

  private List<Finding> ledgerFindings(List<Policy> policies, List<ModuleScan> scans,
      Set<UseDeclaration> dependencyUses) {
    List<UseDeclaration> every = new ArrayList<>();
    scans.forEach(scan -> every.addAll(scan.uses()));
    every.addAll(dependencyUses);
    Map<String, Finding> unique = new LinkedHashMap<>();
    for (Policy policy : policies) {
      for (Finding finding : root.evaluatorFor(policy)
          .assess(every, List.of(), true).ledgerFindings()) {
        unique.putIfAbsent(finding.subject() + '\n' + finding.message(), finding);
      }
    }
    return unique.values().stream()
        .sorted(Comparator.comparing(Finding::subject).thenComparing(Finding::message))
        .toList();
  }
}
