package dev.genaiguidelines.policy;

/**
 * The outcome for one use under the policy. Declared from least to most severe, except
 * {@link #APPROVED}, which is a {@link #NEEDS_APPROVAL} use cleared by a valid approval.
 */
public enum Verdict {
  /** Allowed; listed in the report so it can be shared with the studio. */
  SOCIALIZE,
  /** Needed written approval and has a valid one in the ledger. */
  APPROVED,
  /** Needs written approval that it does not (validly) have: fails the build. */
  NEEDS_APPROVAL,
  /** Never allowed, whatever approval it names: fails the build. */
  PROHIBITED;

  /** True when this verdict fails the build. */
  public boolean failsBuild() {
    return this == NEEDS_APPROVAL || this == PROHIBITED;
  }
}
