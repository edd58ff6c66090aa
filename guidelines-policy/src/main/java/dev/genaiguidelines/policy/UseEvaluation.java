package dev.genaiguidelines.policy;

import java.util.List;

/** A use with its verdict and every finding, in rule order. */
public record UseEvaluation(UseDeclaration use, Verdict verdict, List<Finding> findings) {

  public UseEvaluation {
    findings = List.copyOf(findings);
  }

  /** True when the use fails the build: an ERROR finding or an unapproved verdict. */
  public boolean failsBuild() {
    return verdict.failsBuild() || findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
