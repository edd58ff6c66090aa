package dev.genaiguidelines.policy;

/** What a rule judges, which decides how its severity is set and whether it can be weakened. */
public enum RuleKind {
  /** Checks a declaration or a ledger reference; its severity can be overridden freely. */
  CHECK,
  /** Contributes a verdict to a use; may only be made stricter. */
  VERDICT,
  /** Finds GenAI calls in compiled code; its severity can be overridden freely. */
  DETECTION
}
