package dev.genaiguidelines.maven.baseline;

import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What changed in a project's use of generative AI since a baseline report: the uses added,
 * removed and changed, compared by id (and module, in an aggregate), each list sorted by id.
 *
 * <p>A use is changed when a declared field ({@link UseField}) or its verdict differs. Where its
 * source lines are does not count, nor do its findings' wording.
 */
public final class Changes {

  private final String baseline;
  private final List<UseChange> added;
  private final List<UseChange> removed;
  private final List<UseChange> changed;
  private final Set<UseKey> addedKeys;
  private final Set<UseKey> changedKeys;
  private final Set<BaselineReport.Call> baselineCalls;
  private final Set<BaselineReport.LedgerFinding> baselineLedger;

  private Changes(String baseline, List<UseChange> added, List<UseChange> removed,
      List<UseChange> changed, Set<BaselineReport.Call> baselineCalls,
      Set<BaselineReport.LedgerFinding> baselineLedger) {
    this.baseline = baseline;
    this.added = List.copyOf(added);
    this.removed = List.copyOf(removed);
    this.changed = List.copyOf(changed);
    this.addedKeys = keys(added);
    this.changedKeys = keys(changed);
    this.baselineCalls = Set.copyOf(baselineCalls);
    this.baselineLedger = Set.copyOf(baselineLedger);
  }

  /** Compares this build's assessment with the baseline report. */
  public static Changes between(BaselineReport baseline, Assessment current) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(current, "current");
    Map<UseKey, UseSnapshot> before = byKey(baseline.uses().stream());
    Map<UseKey, UseSnapshot> after = byKey(current.uses().stream().map(UseSnapshot::of));

    List<UseChange> added = new ArrayList<>();
    List<UseChange> changed = new ArrayList<>();
    for (UseSnapshot now : after.values()) {
      UseSnapshot then = before.get(now.key());
      if (then == null) {
        added.add(UseChange.added(now));
      } else if (!then.differingFields(now).isEmpty() || then.verdict() != now.verdict()) {
        changed.add(UseChange.changed(then, now));
      }
    }
    List<UseChange> removed = new ArrayList<>();
    for (UseSnapshot then : before.values()) {
      if (!after.containsKey(then.key())) {
        removed.add(UseChange.removed(then));
      }
    }
    Comparator<UseChange> byKey = Comparator.comparing(UseChange::key);
    added.sort(byKey);
    removed.sort(byKey);
    changed.sort(byKey);
    return new Changes(baseline.label(), added, removed, changed, baseline.undeclared(),
        baseline.ledger());
  }

  /**
   * The first use of each key: two uses with one id in one module are already an error (GAI002),
   * and comparing the first keeps the result defined.
   */
  private static Map<UseKey, UseSnapshot> byKey(Stream<UseSnapshot> uses) {
    Map<UseKey, UseSnapshot> map = new LinkedHashMap<>();
    uses.forEach(use -> map.putIfAbsent(use.key(), use));
    return map;
  }

  private static Set<UseKey> keys(List<UseChange> changes) {
    return changes.stream().map(UseChange::key).collect(Collectors.toUnmodifiableSet());
  }

  /** The version the baseline was resolved for, or its file name. */
  public String baseline() {
    return baseline;
  }

  /** Uses in this build that the baseline does not have, sorted by id. */
  public List<UseChange> added() {
    return added;
  }

  /** Uses the baseline has that this build does not, sorted by id. */
  public List<UseChange> removed() {
    return removed;
  }

  /** Uses in both whose declared fields or verdict differ, sorted by id. */
  public List<UseChange> changed() {
    return changed;
  }

  /** True when no use was added, removed or changed. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /**
   * The added and changed uses whose verdict is now {@code APPROVED}, {@code NEEDS_APPROVAL} or
   * {@code PROHIBITED}: the ones a release train should take a fresh look at. Sorted by id.
   */
  public List<UseChange> escalations() {
    return Stream.concat(added.stream(), changed.stream())
        .filter(UseChange::isEscalated)
        .sorted(Comparator.comparing(UseChange::key))
        .toList();
  }

  /** {@code NEW} for an added use, {@code UPDATED} for a changed one, else {@code UNCHANGED}. */
  public BaselineState stateOf(UseDeclaration use) {
    UseKey key = new UseKey(use.module(), use.id());
    if (addedKeys.contains(key)) {
      return BaselineState.NEW;
    }
    return changedKeys.contains(key) ? BaselineState.UPDATED : BaselineState.UNCHANGED;
  }

  /** The state of every finding of {@code evaluation}: that of its use. */
  public BaselineState stateOf(UseEvaluation evaluation) {
    return stateOf(evaluation.use());
  }

  /** {@code UNCHANGED} when the baseline had a call from the same element to the same target. */
  public BaselineState stateOf(UndeclaredCall call) {
    return baselineCalls.contains(new BaselineReport.Call(call.element(), call.target()))
        ? BaselineState.UNCHANGED : BaselineState.NEW;
  }

  /** {@code UNCHANGED} when the baseline had the same rule fire on the same ledger record. */
  public BaselineState stateOfLedger(Finding finding) {
    return baselineLedger.contains(
        new BaselineReport.LedgerFinding(finding.subject(), finding.rule().id()))
        ? BaselineState.UNCHANGED : BaselineState.NEW;
  }
}
