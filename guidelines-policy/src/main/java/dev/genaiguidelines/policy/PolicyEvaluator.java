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

  public PolicyEvaluator(Policy policy, LocalDate asOf) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
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
    Map<String, List<UseDeclaration>> byModuleAndId = new LinkedHashMap<>();
    for (UseDeclaration use : uses) {
      byModuleAndId.computeIfAbsent(use.module() + '\n' + use.id(), k -> new ArrayList<>()).add(use);
    }
    List<UseEvaluation> evaluations = new ArrayList<>();
    for (UseDeclaration use : uses.stream().sorted(USE_ORDER).toList()) {
      List<UseDeclaration> sameId = byModuleAndId.get(use.module() + '\n' + use.id());
      List<String> others =
          sameId.stream().filter(u -> u != use).map(UseDeclaration::element).sorted().toList();
      evaluations.add(evaluate(use, others));
    }

    List<Assessment.Undeclared> undeclared = new ArrayList<>();
    Severity undeclaredSeverity = policy.severityOf(Rule.GAI301);
    for (UndeclaredCall call : calls.stream().sorted(CALL_ORDER).toList()) {
      undeclared.add(new Assessment.Undeclared(call, undeclaredSeverity == Severity.OFF
          ? Optional.empty()
          : Optional.of(new Finding(Rule.GAI301, undeclaredSeverity, call.element(),
              UseAttribute.ANNOTATION, Rule.GAI301.message("call in " + call.element(),
                  call.element(), call.target(), call.marker())))));
    }

    List<Finding> ledger = judgeLedger ? staleLedgerRecords(uses) : List.of();
    return new Assessment(policy, asOf, evaluations, undeclared, ledger);
  }

  /** Judges one use on its own: every rule but GAI002 and GAI008, which need the other uses. */
  public UseEvaluation evaluate(UseDeclaration use) {
    return evaluate(use, List.of());
  }

  /**
   * Judges one use, given the elements of other uses in its module with the same id.
   */
  public UseEvaluation evaluate(UseDeclaration use, List<String> duplicateElements) {
    UseChecks checks = new UseChecks(use);
    checkDeclaration(use, checks);
    if (!duplicateElements.isEmpty()) {
      checks.check(Rule.GAI002, UseAttribute.ID, String.join(", ", duplicateElements), use.id());
    }
    applyVerdictRules(use, checks);

    Verdict worst = checks.worstVerdict();
    boolean approvalValid = checkReference(use, use.approval(), policy.approvals(),
        policy.approvalsConfigured(), "approvals", UseAttribute.APPROVAL, checks);
    checkReference(use, use.consent(), policy.consents(), policy.consentsConfigured(), "consents",
        UseAttribute.CONSENT, checks);
    if (!use.approval().isBlank() && worst == Verdict.SOCIALIZE) {
      checks.check(Rule.GAI007, UseAttribute.APPROVAL, use.approval());
    }

    Verdict verdict = worst == Verdict.NEEDS_APPROVAL && approvalValid ? Verdict.APPROVED : worst;
    return new UseEvaluation(use, verdict, checks.findings(approvalValid));
  }

  private void checkDeclaration(UseDeclaration use, UseChecks checks) {
    if (use.id().isBlank()) {
      checks.check(Rule.GAI001, UseAttribute.ID, "id is blank",
          "give the use a stable id such as \"storyboard-frames\"");
    } else if (!ID_PATTERN.matcher(use.id()).matches()) {
      checks.check(Rule.GAI001, UseAttribute.ID,
          "id '" + use.id() + "' does not match [a-z0-9][a-z0-9.-]{1,63}",
          "use 2 to 64 lower-case letters, digits, dots or dashes, e.g. \""
              + suggestId(use.id()) + "\"");
    }
    if (use.tool().isBlank()) {
      checks.check(Rule.GAI001, UseAttribute.TOOL, "tool is blank",
          "name the tool by its id in the policy's tools: registry");
    }
    if (use.purpose().isBlank()) {
      checks.check(Rule.GAI001, UseAttribute.PURPOSE, "purpose is blank",
          "say in one plain sentence what the tool does here");
    }
    if (use.inputs().isEmpty()) {
      checks.check(Rule.GAI001, UseAttribute.INPUTS, "inputs is empty",
          "list what is sent to the tool, or DataInput.NONE when only prompts are");
    } else if (use.inputs().contains(DataInput.NONE) && use.inputs().size() > 1) {
      checks.check(Rule.GAI001, UseAttribute.INPUTS,
          "inputs lists NONE beside " + names(without(use.inputs(), DataInput.NONE)),
          "remove NONE: it means only prompts written for the purpose are sent");
    }
    if (use.creates().isEmpty()) {
      checks.check(Rule.GAI001, UseAttribute.CREATES, "creates is empty",
          "list what the generated material is used as, e.g. Creates.PREVIS");
    }
  }

  private void applyVerdictRules(UseDeclaration use, UseChecks checks) {
    Set<DataInput> inputs = use.inputs().isEmpty()
        ? EnumSet.noneOf(DataInput.class) : EnumSet.copyOf(use.inputs());
    Set<Creates> creates = use.creates().isEmpty()
        ? EnumSet.noneOf(Creates.class) : EnumSet.copyOf(use.creates());

    if (!use.tool().isBlank()) {
      Tool tool = policy.tools().get(use.tool());
      if (tool == null) {
        // Without a policy file there is no registry to name: say so, and where one goes.
        String registry = policy.isBuiltInOnly()
            ? "the tool registry (no genai-policy.yaml was found)"
            : "the tool registry of " + policy.source();
        String file = policy.isBuiltInOnly() ? "a genai-policy.yaml beside pom.xml" : policy.source();
        checks.verdict(Rule.GAI101, UseAttribute.TOOL, use.tool(), registry, file);
      } else {
        if (tool.keepsData()) {
          String practice = tool.trainsOnInputs() && tool.retainsInputs()
              ? "trains on and retains inputs or outputs"
              : tool.trainsOnInputs() ? "trains on inputs or outputs" : "retains inputs or outputs";
          checks.verdict(Rule.GAI102, UseAttribute.TOOL, use.tool(),
              practice + " (registry of " + policy.source() + ")");
        }
        Set<DataInput> sensitive = intersect(inputs, SENSITIVE_INPUTS, DataInput.class);
        if (!tool.enterpriseSecured() && !sensitive.isEmpty()) {
          checks.verdict(Rule.GAI103, UseAttribute.TOOL, use.tool(), names(sensitive));
        }
      }
    }
    if (use.output() == Output.FINAL_DELIVERABLE) {
      checks.verdict(Rule.GAI104, UseAttribute.OUTPUT);
    }

    Set<Creates> talentCreates = intersect(creates, TALENT_CREATES, Creates.class);
    boolean likeness = inputs.contains(DataInput.TALENT_LIKENESS);
    if (!talentCreates.isEmpty() || likeness) {
      String what = !talentCreates.isEmpty()
          ? "creates " + names(talentCreates) : "inputs include TALENT_LIKENESS";
      if (use.consent().isBlank()) {
        checks.verdict(Rule.GAI105, talentCreates.isEmpty() ? UseAttribute.INPUTS : UseAttribute.CREATES,
            what);
      } else {
        checks.verdict(Rule.GAI106, UseAttribute.CONSENT,
            what + " (consent '" + use.consent() + "')");
      }
    }
    if (use.unionCoveredWork()) {
      checks.verdict(Rule.GAI107, UseAttribute.UNION_COVERED_WORK,
          "unionCoveredWork is true: it replaces or changes union-covered work");
    } else if (creates.contains(Creates.WRITTEN_MATERIAL)) {
      checks.verdict(Rule.GAI107, UseAttribute.CREATES,
          "creates WRITTEN_MATERIAL, the work of union-represented writers");
    }
    if (inputs.contains(DataInput.PERSONAL_DATA)) {
      checks.verdict(Rule.GAI108, UseAttribute.INPUTS);
    }
    if (inputs.contains(DataInput.THIRD_PARTY_IP)) {
      checks.verdict(Rule.GAI109, UseAttribute.INPUTS);
    }
    Set<Creates> key = intersect(creates, KEY_CREATIVE, Creates.class);
    if (!key.isEmpty()) {
      checks.verdict(Rule.GAI110, UseAttribute.CREATES, names(key));
    }
    if (use.context() == Context.DOCUMENTARY) {
      Set<Creates> onScreen = EnumSet.noneOf(Creates.class);
      onScreen.addAll(creates);
      onScreen.removeAll(NEVER_ON_SCREEN);
      if (use.output() == Output.FINAL_DELIVERABLE) {
        checks.verdict(Rule.GAI111, UseAttribute.CONTEXT, "output is FINAL_DELIVERABLE");
      } else if (!onScreen.isEmpty()) {
        checks.verdict(Rule.GAI111, UseAttribute.CONTEXT, "it creates " + names(onScreen));
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
      checks.check(Rule.GAI006, attribute, kind, reference, section);
      return false;
    }
    LedgerEntry entry = ledger.get(reference);
    if (entry == null) {
      checks.check(Rule.GAI003, attribute, kind, reference, policy.source(), section);
      return false;
    }
    boolean valid = true;
    if (entry.expiredOn(asOf)) {
      checks.check(Rule.GAI004, attribute, kind, reference, entry.expires().orElseThrow(), asOf);
      valid = false;
    }
    if (!entry.covers(use.id())) {
      String covered = entry.uses().isEmpty() ? "no use"
          : entry.uses().stream().map(u -> "'" + u + "'").collect(Collectors.joining(", "));
      checks.check(Rule.GAI005, attribute, kind, reference, covered, use.id());
      valid = false;
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
      String message;
      if (entry.uses().stream().noneMatch(declared::contains)) {
        String listed = entry.uses().isEmpty() ? "no use"
            : entry.uses().stream().map(u -> "'" + u + "'").collect(Collectors.joining(", "));
        message = Rule.GAI008.message(subject, "it lists " + listed + ", none of which is declared",
            "remove it from the ledger, or fix the use ids it lists");
      } else if (entry.expiredOn(asOf)) {
        message = Rule.GAI008.message(subject,
            "it expired on " + entry.expires().orElseThrow() + " (as of " + asOf + ")",
            "renew it with the studio, or remove it once no declared use names it");
      } else {
        continue;
      }
      findings.add(new Finding(Rule.GAI008, severity, entry.id(), UseAttribute.ANNOTATION, message));
    }
    findings.sort(Comparator.comparing(Finding::subject));
    return findings;
  }

  /** Collects one use's findings; verdict findings get their severity once the verdict is known. */
  private final class UseChecks {
    private final UseDeclaration use;
    private final String subject;
    private final List<Pending> pending = new ArrayList<>();

    UseChecks(UseDeclaration use) {
      this.use = use;
      this.subject = "use '" + use.id() + "'";
    }

    void check(Rule rule, UseAttribute attribute, Object... args) {
      pending.add(new Pending(rule, attribute, null, rule.message(subject, args)));
    }

    /**
     * A verdict rule that fires. When the policy made it stricter, the message says so: its fix
     * may offer an approval, which no longer clears it.
     */
    void verdict(Rule rule, UseAttribute attribute, Object... args) {
      Verdict verdict = policy.verdictOf(rule);
      String message = rule.message(subject, args);
      if (verdict != rule.defaultVerdict().orElse(verdict)) {
        message += " " + Rule.visible(policy.source()) + " sets " + rule.id() + ": " + verdict
            + " under severity:, so no approval clears it.";
      }
      pending.add(new Pending(rule, attribute, verdict, message));
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
          severity = policy.severityOf(p.rule);
        } else if (p.verdict == Verdict.PROHIBITED) {
          severity = Severity.ERROR;
        } else {
          severity = approvalValid ? Severity.INFO : Severity.ERROR;
        }
        if (severity != Severity.OFF) {
          findings.add(new Finding(p.rule, severity, use.id(), p.attribute, p.message));
        }
      }
      findings.sort(Comparator.comparing(Finding::rule));
      return findings;
    }
  }

  private record Pending(Rule rule, UseAttribute attribute, Verdict verdict, String message) {}

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
