package dev.genaiguidelines.processor;

import dev.genaiguidelines.policy.Verdict;
import java.util.EnumMap;
import java.util.Map;

/** Counts the compilation's uses by verdict for the closing note. */
final class UseTally {

  private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
  private int total;

  void add(Verdict verdict) {
    counts.merge(verdict, 1, Integer::sum);
    total++;
  }

  int total() {
    return total;
  }

  /** {@code [genai] 5 GenAI uses: 2 socialize, 1 approved, 1 needs approval, 1 prohibited}. */
  String summary() {
    return "[genai] " + total + (total == 1 ? " GenAI use: " : " GenAI uses: ")
        + count(Verdict.SOCIALIZE) + " socialize, "
        + count(Verdict.APPROVED) + " approved, "
        + count(Verdict.NEEDS_APPROVAL) + " needs approval, "
        + count(Verdict.PROHIBITED) + " prohibited";
  }

  private int count(Verdict verdict) {
    return counts.getOrDefault(verdict, 0);
  }
}
