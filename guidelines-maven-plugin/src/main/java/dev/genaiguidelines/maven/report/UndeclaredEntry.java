package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.UndeclaredCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An undeclared call with its GAI301 finding; the finding is absent when the policy turns GAI301
 * off, but the call is still listed so the report shows what the build saw.
 */
record UndeclaredEntry(UndeclaredCall call, Optional<Finding> finding) {

  /** Pairs {@link Assessment#undeclaredCalls()} with {@link Assessment#undeclared()}, in order. */
  static List<UndeclaredEntry> of(Assessment assessment) {
    List<UndeclaredCall> calls = assessment.undeclaredCalls();
    List<Finding> findings = assessment.undeclared();
    if (!findings.isEmpty() && findings.size() != calls.size()) {
      throw new IllegalArgumentException("the assessment has " + calls.size()
          + " undeclared calls but " + findings.size() + " GAI301 findings; expected one per call");
    }
    List<UndeclaredEntry> entries = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      entries.add(new UndeclaredEntry(
          calls.get(i), findings.isEmpty() ? Optional.empty() : Optional.of(findings.get(i))));
    }
    return entries;
  }
}
