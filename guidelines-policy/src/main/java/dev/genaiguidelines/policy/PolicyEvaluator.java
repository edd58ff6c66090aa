package dev.genaiguidelines.policy;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Judges declared uses against a {@link Policy} on a given day: the rule table applied, as the
 * processor does at compile time and the plugin does at report time, so both always agree.
 *
 * <p>Immutable and thread-safe.
 */
public final class PolicyEvaluator {

  /** The contract's id pattern. */
  public static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9][a-z0-9.-]{1,63}");

  private static final Set<DataInput> SENSITIVE_INPUTS =
      EnumSet.of(DataInput.PRODUCTION_MATERIAL, DataInput.PERSONAL_DATA, DataInput.TALENT_LIKENESS);
  private static final Set<Creates> TALENT_CREATES =
      EnumSet.of(Creates.PERFORMANCE_ALTERATION, Creates.DIGITAL_REPLICA, Creates.SYNTHETIC_VOICE);
  private static final Set<Creates> KEY_CREATIVE =
      EnumSet.of(Creates.KEY_CHARACTER, Creates.KEY_VISUAL, Creates.STORY_SETTING);
  private static final Set<Creates> NEVER_ON_SCREEN =
      EnumSet.of(Creates.IDEATION, Creates.PREVIS, Creates.ANALYSIS);

  /** Orders uses as every report lists them. */
  public static final Comparator<UseDeclaration> USE_ORDER =
      Comparator.comparing(UseDeclaration::id)
          .thenComparing(UseDeclaration::module)
          .thenComparing(UseDeclaration::element);

  /** Orders undeclared calls as every report lists them. */
  public static final Comparator<UndeclaredCall> CALL_ORDER =
      Comparator.comparing(UndeclaredCall::element)
          .thenComparingInt(UndeclaredCall::line)
          .thenComparing(UndeclaredCall::target);

  private final Policy policy;
  private final LocalDate asOf;
  private final LocalDate expiryDay;
  private final String project;
  private final LedgerSignatures signatures;

  /** Judges as of {@code asOf}, for tests and tools that fix the day completely. */
  public PolicyEvaluator(Policy policy, LocalDate asOf) {
    this(policy, asOf, asOf, "");
  }

  /**
   * Judges as a build does.
   *
   * @param asOf the day the build says it is judged on ({@code guidelines.asOf}), which reports
   *     print
   * @param today the build's real date: expiry is judged on the later of the two, so a date in
   *     the past never revives an approval or consent that has expired
   * @param project the judged project's {@code groupId:artifactId}, which signed approvals are
   *     bound to, or "" when unknown (the processor without {@code -Agenai.project})
   */
  public PolicyEvaluator(Policy policy, LocalDate asOf, LocalDate today, String project) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(today, "today");
    this.expiryDay = today.isAfter(asOf) ? today : asOf;
    this.project = Objects.requireNonNull(project, "project");
    this.signatures = new LedgerSignatures(policy, project);
  }

  /** The day expiry is judged on: the later of {@code asOf} and the build's real date. */
  public LocalDate expiryDay() {
    return expiryDay;
  }

  /** The judged project's {@code groupId:artifactId}, or "" when unknown. */
  public String project() {
    return project;
  }

  public Policy policy() {
    return policy;
  }

  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Judges a set of uses as one module (or one reactor, when their {@code module}s differ): every
   * per-use rule, duplicate ids within a module (GAI002), the undeclared calls (GAI301) and, when
   * {@code judgeLedger} is set because these are all the uses the ledger can cover, unused ledger
   * records (GAI008).
   */
  public Assessment assess(
      Collection<UseDeclaration> uses, Collection<UndeclaredCall> calls, boolean judgeLedger) {
    return assess(uses, calls, List.of(), judgeLedger);
  }

  /**
   * Judges a module's uses and calls as {@link #assess(Collection, Collection, boolean)} does,
   * and the uses its dependencies declare with the same policy, ledger and project: a library's
   * own verdict, policy or approvals count for nothing here. Their ledger references count
   * against unused records (GAI008) like the module's own.
   *
   * @param dependencyUses each with its dependency's {@code groupId:artifactId:version} as
   *     {@code module}, so GAI002 compares ids within one dependency and messages name it
   */
  public Assessment assess(Collection<UseDeclaration> uses, Collection<UndeclaredCall> calls,
      Collection<UseDeclaration> dependencyUses, boolean judgeLedger) {
    List<UseEvaluation> evaluations = evaluateAll(uses, false);
    List<UseEvaluation> upstream = evaluateAll(dependencyUses, true);

    List<Assessment.Undeclared> undeclared = new ArrayList<>();
    Severity undeclaredSeverity = policy.severityOf(Rule.GAI301);
    for (UndeclaredCall call : calls.stream().sorted(CALL_ORDER).toList()) {
      undeclared.add(new Assessment.Undeclared(call, undeclaredSeverity == Severity.OFF
          ? Optional.empty()
          : Optional.of(new Finding(undeclaredSeverity, call.element(), UseAttribute.ANNOTATION,
              "call in " + call.element(),
              new Reason.UndeclaredGenAiCall(call.element(), call.target(), call.marker(),
                  call.via()), ""))));
    }

    List<UseDeclaration> every = new ArrayList<>(uses);
    every.addAll(dependencyUses);
    List<Finding> ledger = judgeLedger ? staleLedgerRecords(every) : List.of();
    return new Assessment(policy, asOf, evaluations, undeclared, ledger,
        namedLedgerEntries(every), upstream);
  }

  /** Judges {@code uses} in report order, with GAI002 within each module. */
  private List<UseEvaluation> evaluateAll(Collection<UseDeclaration> uses, boolean upstream) {
    Map<String, List<UseDeclaration>> byModuleAndId = new LinkedHashMap<>();
    for (UseDeclaration use : uses) {
      byModuleAndId.computeIfAbsent(use.module() + '\n' + use.id(), k -> new ArrayList<>()).add(use);
    }
    List<UseEvaluation> evaluations = new ArrayList<>();
    for (UseDeclaration use : uses.stream().sorted(USE_ORDER).toList()) {
      List<UseDeclaration> sameId = byModuleAndId.get(use.module() + '\n' + use.id());
      List<String> others =
          sameId.stream().filter(u -> u != use).map(UseDeclaration::element).sorted().toList();
      evaluations.add(evaluate(use, others, upstream));
    }
    return evaluations;
  }

  /**
   * GAI302 for {@code dependency}, a GenAI SDK of {@code vendor} that a module declaring no use
   * ships; empty when the policy turns the rule off.
   *
   * @param module the module's name, as the finding names who it is about
   */
  public Optional<Finding> undeclaredDependency(String module, String dependency, String vendor) {
    Severity severity = policy.severityOf(Rule.GAI302);
    return severity == Severity.OFF
        ? Optional.empty()
        : Optional.of(new Finding(severity, dependency, UseAttribute.ANNOTATION,
            "module " + module, new Reason.UndeclaredGenAiDependency(module, dependency, vendor), ""));
  }

  /** Judges one use on its own: every rule but GAI002 and GAI008, which need the other uses. */
  public UseEvaluation evaluate(UseDeclaration use) {
    return evaluate(use, List.of());
  }

  /**
   * Judges one use, given the elements of other uses in its module with the same id.
   */
  public UseEvaluation evaluate(UseDeclaration use, List<String> duplicateElements) {
    return evaluate(use, duplicateElements, false);
  }

  /**
   * @param upstream true for a use a dependency declares: its findings name the dependency (its
   *     {@code module}) and the element, since the build log of the module judging it has no
   *     source line to point at
   */
  private UseEvaluation evaluate(UseDeclaration use, List<String> duplicateElements,
      boolean upstream) {
    UseChecks checks = new UseChecks(use, upstream);
    checkDeclaration(use, checks);
    if (!duplicateElements.isEmpty()) {
      checks.check(UseAttribute.ID,
          new Reason.DuplicateId(String.join(", ", duplicateElements), use.id()));
    }
    applyVerdictRules(use, checks);

    Verdict worst = checks.worstVerdict();
    boolean approvalValid = checkReference(use, use.approval(), policy.approvals(),
        policy.approvalsConfigured(), "approvals", UseAttribute.APPROVAL, checks);
    checkReference(use, use.consent(), policy.consents(), policy.consentsConfigured(), "consents",
        UseAttribute.CONSENT, checks);
    if (!use.approval().isBlank() && worst == Verdict.SOCIALIZE) {
      checks.check(UseAttribute.APPROVAL, new Reason.UnneededApproval(use.approval()));
    }

    Verdict verdict = worst == Verdict.NEEDS_APPROVAL && approvalValid ? Verdict.APPROVED : worst;
    return new UseEvaluation(use, verdict, checks.findings(approvalValid));
  }

  private void checkDeclaration(UseDeclaration use, UseChecks checks) {
    if (use.id().isBlank()) {
      checks.check(UseAttribute.ID, new Reason.InvalidDeclaration("id is blank",
          "give the use a stable id such as \"storyboard-frames\""));
    } else if (!ID_PATTERN.matcher(use.id()).matches()) {
      checks.check(UseAttribute.ID, new Reason.InvalidDeclaration(
          "id '" + use.id() + "' does not match [a-z0-9][a-z0-9.-]{1,63}",
          "use 2 to 64 lower-case letters, digits, dots or dashes, e.g. \""
              + suggestId(use.id()) + "\""));
    }
    if (use.tool().isBlank()) {
      checks.check(UseAttribute.TOOL, new Reason.InvalidDeclaration("tool is blank",
          "name the tool by its id in the policy's tools: registry"));
    }
    if (use.purpose().isBlank()) {
      checks.check(UseAttribute.PURPOSE, new Reason.InvalidDeclaration("purpose is blank",
          "say in one plain sentence what the tool does here"));
    }
    if (use.inputs().isEmpty()) {
      checks.check(UseAttribute.INPUTS, new Reason.InvalidDeclaration("inputs is empty",
          "list what is sent to the tool, or DataInput.NONE when only prompts are"));
    } else if (use.inputs().contains(DataInput.NONE) && use.inputs().size() > 1) {
      checks.check(UseAttribute.INPUTS, new Reason.InvalidDeclaration(
          "inputs lists NONE beside " + names(without(use.inputs(), DataInput.NONE)),
          "remove NONE: it means only prompts written for the purpose are sent"));
    }
    if (use.creates().isEmpty()) {
      checks.check(UseAttribute.CREATES, new Reason.InvalidDeclaration("creates is empty",
          "list what the generated material is used as, e.g. Creates.PREVIS"));
    }
  }

  private void applyVerdictRules(UseDeclaration use, UseChecks checks) {
    Set<DataInput> inputs = use.inputs().isEmpty()
        ? EnumSet.noneOf(DataInput.class) : EnumSet.copyOf(use.inputs());
    Set<Creates> creates = use.creates().isEmpty()
        ? EnumSet.noneOf(Creates.class) : EnumSet.copyOf(use.creates());

    // A blank tool is judged as an unregistered one: GAI001 says it is malformed, and its
    // verdict must never be better than naming a tool nobody vetted.
    Tool tool = use.tool().isBlank() ? null : policy.tools().get(use.tool());
    if (tool == null) {
      // Without a policy file there is no registry to name: say so, and where one goes.
      String registry = policy.isBuiltInOnly()
          ? "the tool registry (no genai-policy.yaml was found)"
          : "the tool registry of " + policy.origin();
      String file = policy.isBuiltInOnly() ? "a genai-policy.yaml beside pom.xml"
          : policy.studioLayer().isPresent() ? "the studio policy " + policy.origin()
          : policy.source();
      checks.verdict(UseAttribute.TOOL, new Reason.ToolNotRegistered(use.tool(), registry, file));
    } else {
      if (tool.keepsData()) {
        String practice = tool.trainsOnInputs() && tool.retainsInputs()
            ? "trains on and retains inputs or outputs"
            : tool.trainsOnInputs() ? "trains on inputs or outputs" : "retains inputs or outputs";
        checks.verdict(UseAttribute.TOOL, new Reason.ToolKeepsData(use.tool(),
            practice + " (registry of " + policy.origin() + ")"));
      }
      Set<DataInput> sensitive = intersect(inputs, SENSITIVE_INPUTS, DataInput.class);
      if (!tool.enterpriseSecured() && !sensitive.isEmpty()) {
        checks.verdict(UseAttribute.TOOL,
            new Reason.NotEnterpriseSecured(use.tool(), names(sensitive)));
      }
    }
    if (use.output() == Output.FINAL_DELIVERABLE) {
      checks.verdict(UseAttribute.OUTPUT, new Reason.FinalDeliverable());
    }

    Set<Creates> talentCreates = intersect(creates, TALENT_CREATES, Creates.class);
    boolean likeness = inputs.contains(DataInput.TALENT_LIKENESS);
    if (!talentCreates.isEmpty() || likeness) {
      String what = !talentCreates.isEmpty()
          ? "creates " + names(talentCreates) : "inputs include TALENT_LIKENESS";
      if (use.consent().isBlank()) {
        checks.verdict(talentCreates.isEmpty() ? UseAttribute.INPUTS : UseAttribute.CREATES,
            new Reason.TalentWithoutConsent(what));
      } else {
        checks.verdict(UseAttribute.CONSENT, new Reason.TalentPerformance(what, use.consent()));
      }
    }
    if (use.unionCoveredWork()) {
      checks.verdict(UseAttribute.UNION_COVERED_WORK, new Reason.UnionCoveredWork(
          "unionCoveredWork is true: it replaces or changes union-covered work"));
    } else if (creates.contains(Creates.WRITTEN_MATERIAL)) {
      checks.verdict(UseAttribute.CREATES, new Reason.UnionCoveredWork(
          "creates WRITTEN_MATERIAL, the work of union-represented writers"));
    }
    if (inputs.contains(DataInput.PERSONAL_DATA)) {
      checks.verdict(UseAttribute.INPUTS, new Reason.PersonalData());
    }
    if (inputs.contains(DataInput.THIRD_PARTY_IP)) {
      checks.verdict(UseAttribute.INPUTS, new Reason.ThirdPartyIp());
    }
    Set<Creates> key = intersect(creates, KEY_CREATIVE, Creates.class);
    if (!key.isEmpty()) {
      checks.verdict(UseAttribute.CREATES, new Reason.KeyCreativeElement(names(key)));
    }
    if (use.context() == Context.DOCUMENTARY) {
      Set<Creates> onScreen = EnumSet.noneOf(Creates.class);
      onScreen.addAll(creates);
      onScreen.removeAll(NEVER_ON_SCREEN);
      if (use.output() == Output.FINAL_DELIVERABLE) {
        checks.verdict(UseAttribute.CONTEXT,
            new Reason.FactualContent("output is FINAL_DELIVERABLE"));
      } else if (!onScreen.isEmpty()) {
        checks.verdict(UseAttribute.CONTEXT,
            new Reason.FactualContent("it creates " + names(onScreen)));
      }
    }
  }

  /**
   * Checks an approval or consent reference (GAI003-GAI006) and says whether it is valid: in the
   * ledger, not expired, and listing the use.
   */
  private boolean checkReference(UseDeclaration use, String reference,
      Map<String, ? extends LedgerEntry> ledger, boolean ledgerConfigured, String section,
      UseAttribute attribute, UseChecks checks) {
    if (reference.isBlank()) {
      return false;
    }
    String kind = attribute == UseAttribute.APPROVAL ? "approval" : "consent";
    if (!ledgerConfigured) {
      checks.check(attribute, new Reason.UnverifiedReference(kind, reference, section));
      return false;
    }
    LedgerEntry entry = ledger.get(reference);
    if (entry == null) {
      checks.check(attribute,
          new Reason.UnknownReference(kind, reference, policy.source(), section));
      return false;
    }
    boolean valid = true;
    if (entry.expiredOn(expiryDay)) {
      checks.check(attribute,
          new Reason.ExpiredReference(kind, reference, entry.expires().orElseThrow(), expiryDay));
      valid = false;
    }
    if (!entry.covers(use.id())) {
      String covered = entry.uses().isEmpty() ? "no use"
          : entry.uses().stream().map(u -> "'" + u + "'").collect(Collectors.joining(", "));
      checks.check(attribute, new Reason.OutOfScopeReference(kind, reference, covered, use.id()));
      valid = false;
    }
    if (signatures.required()) {
      for (Reason problem : signatures.check(use, entry)) {
        checks.check(attribute, problem);
        valid = false;
      }
    }
    return valid;
  }

  /**
   * GAI008: ledger records no declared use needs any more, so the ledger stays honest. A record
   * that lists no declared use is reported as such; one that does but has expired is reported as
   * expired (the uses naming it also get GAI004).
   */
  private List<Finding> staleLedgerRecords(Collection<UseDeclaration> uses) {
    Severity severity = policy.severityOf(Rule.GAI008);
    if (severity == Severity.OFF) {
      return List.of();
    }
    Set<String> declared = uses.stream().map(UseDeclaration::id).collect(Collectors.toSet());
    List<Finding> findings = new ArrayList<>();
    List<LedgerEntry> records = new ArrayList<>(policy.approvals().values());
    records.addAll(policy.consents().values());
    for (LedgerEntry entry : records) {
      String subject = entry.kind() + " '" + entry.id() + "'";
      Reason reason;
      if (entry.uses().stream().noneMatch(declared::contains)) {
        String listed = entry.uses().isEmpty() ? "no use"
            : entry.uses().stream().map(u -> "'" + u + "'").collect(Collectors.joining(", "));
        reason = new Reason.StaleLedgerRecord("it lists " + listed + ", none of which is declared",
            "remove it from the ledger, or fix the use ids it lists");
      } else if (entry.expiredOn(expiryDay)) {
        reason = new Reason.StaleLedgerRecord(
            "it expired on " + entry.expires().orElseThrow() + " (as of " + expiryDay + ")",
            "renew it with the studio, or remove it once no declared use names it");
      } else {
        continue;
      }
      findings.add(new Finding(severity, entry.id(), UseAttribute.ANNOTATION, subject, reason, ""));
    }
    findings.sort(Comparator.comparing(Finding::subject));
    return findings;
  }

  /** The ledger entries the uses name, as the reports vouch for them. */
  private List<LedgerReference> namedLedgerEntries(Collection<UseDeclaration> uses) {
    Map<String, List<String>> approvalUsers = new java.util.TreeMap<>();
    Map<String, List<String>> consentUsers = new java.util.TreeMap<>();
    for (UseDeclaration use : uses) {
      if (policy.approvals().containsKey(use.approval())) {
        approvalUsers.computeIfAbsent(use.approval(), k -> new ArrayList<>()).add(use.id());
      }
      if (policy.consents().containsKey(use.consent())) {
        consentUsers.computeIfAbsent(use.consent(), k -> new ArrayList<>()).add(use.id());
      }
    }
    List<LedgerReference> named = new ArrayList<>();
    approvalUsers.forEach((id, users) -> named.add(reference(policy.approvals().get(id), users)));
    consentUsers.forEach((id, users) -> named.add(reference(policy.consents().get(id), users)));
    return named;
  }

  private LedgerReference reference(LedgerEntry entry, List<String> users) {
    Optional<LocalDate> date = entry instanceof Approval approval
        ? Optional.of(approval.date()) : Optional.empty();
    return new LedgerReference(entry.kind(), entry.id(), entry.givenBy(), date, entry.expires(),
        signatures.signedBy(entry), users);
  }

  /** Collects one use's findings; verdict findings get their severity once the verdict is known. */
  private final class UseChecks {
    private final UseDeclaration use;
    private final String subject;
    private final List<Pending> pending = new ArrayList<>();

    UseChecks(UseDeclaration use, boolean upstream) {
      this.use = use;
      this.subject = "use '" + use.id() + "'" + (upstream
          ? " of dependency " + use.module() + " (" + use.element() + ")" : "");
    }

    void check(UseAttribute attribute, Reason reason) {
      pending.add(new Pending(reason, attribute, null, ""));
    }

    /**
     * A verdict rule that fires. When the policy made it stricter, the message says so: its fix
     * may offer an approval, which no longer clears it.
     */
    void verdict(UseAttribute attribute, Reason reason) {
      Rule rule = reason.rule();
      Verdict verdict = policy.verdictOf(rule);
      String note = verdict == rule.defaultVerdict().orElse(verdict) ? ""
          : policy.source() + " sets " + rule.id() + ": " + verdict
              + " under severity:, so no approval clears it.";
      pending.add(new Pending(reason, attribute, verdict, note));
    }

    Verdict worstVerdict() {
      Verdict worst = Verdict.SOCIALIZE;
      for (Pending p : pending) {
        if (p.verdict != null && p.verdict.compareTo(worst) > 0) {
          worst = p.verdict;
        }
      }
      return worst;
    }

    /**
     * Verdict findings are ERROR when they fail the build and INFO when a valid approval clears
     * them; a prohibition is never cleared.
     */
    List<Finding> findings(boolean approvalValid) {
      List<Finding> findings = new ArrayList<>();
      for (Pending p : pending) {
        Severity severity;
        if (p.verdict == null) {
          severity = policy.severityOf(p.reason.rule());
        } else if (p.verdict == Verdict.PROHIBITED) {
          severity = Severity.ERROR;
        } else {
          severity = approvalValid ? Severity.INFO : Severity.ERROR;
        }
        if (severity != Severity.OFF) {
          findings.add(new Finding(severity, use.id(), p.attribute, subject, p.reason, p.note));
        }
      }
      findings.sort(Comparator.comparing(Finding::rule));
      return findings;
    }
  }

  private record Pending(Reason reason, UseAttribute attribute, Verdict verdict, String note) {}

  private static <E extends Enum<E>> Set<E> intersect(Set<E> values, Set<E> of, Class<E> type) {
    Set<E> result = EnumSet.noneOf(type);
    result.addAll(values);
    result.retainAll(of);
    return result;
  }

  private static <E extends Enum<E>> String names(Collection<E> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(", "));
  }

  private static <E> List<E> without(List<E> values, E removed) {
    return values.stream().filter(v -> !v.equals(removed)).toList();
  }

  /** A near version of a malformed id that matches the pattern, for the fix text. */
  static String suggestId(String id) {
    String cleaned = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-")
        .replaceAll("^[^a-z0-9]+", "").replaceAll("-+$", "");
    if (cleaned.length() > 64) {
      cleaned = cleaned.substring(0, 64);
    }
    return cleaned.length() >= 2 ? cleaned : "my-use";
  }
}
