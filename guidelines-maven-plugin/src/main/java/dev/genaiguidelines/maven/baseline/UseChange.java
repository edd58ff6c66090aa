package dev.genaiguidelines.maven.baseline;

import dev.genaiguidelines.policy.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One use added, removed or changed since the baseline.
 *
 * @param before the use in the baseline; empty when it was added
 * @param after the use in this build; empty when it was removed
 * @param fields the declared fields that differ, in {@link UseField} order; empty for an added or
 *     removed use, and for a changed use whose only change is its verdict (say, its approval
 *     expired)
 */
public record UseChange(
    UseKey key, Optional<UseSnapshot> before, Optional<UseSnapshot> after, List<UseField> fields) {

  public UseChange {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.isEmpty() && after.isEmpty()) {
      throw new IllegalArgumentException("a change of " + key + " needs a before or an after");
    }
    fields = List.copyOf(fields);
  }

  static UseChange added(UseSnapshot after) {
    return new UseChange(after.key(), Optional.empty(), Optional.of(after), List.of());
  }

  static UseChange removed(UseSnapshot before) {
    return new UseChange(before.key(), Optional.of(before), Optional.empty(), List.of());
  }

  static UseChange changed(UseSnapshot before, UseSnapshot after) {
    return new UseChange(after.key(), Optional.of(before), Optional.of(after),
        before.differingFields(after));
  }

  public Optional<Verdict> verdictBefore() {
    return before.map(UseSnapshot::verdict);
  }

  public Optional<Verdict> verdictAfter() {
    return after.map(UseSnapshot::verdict);
  }

  /**
   * True when the use is in this build with a verdict that needed, or still needs, someone to
   * look at it: {@code APPROVED}, {@code NEEDS_APPROVAL} or {@code PROHIBITED}.
   */
  public boolean isEscalated() {
    return after.map(use -> use.verdict() != Verdict.SOCIALIZE).orElse(false);
  }
}
