package dev.genaiguidelines.policy;

/**
 * The part of the studio guidance a rule comes from (Netflix, "Using Generative AI in Content
 * Production", 2025), so every message can say why it exists.
 */
public enum Guideline {
  OWNERSHIP("principle 1: outputs must not recreate material the production does not own"),
  DATA_PRACTICES("principle 2: tools must not store, reuse or train on production inputs or outputs"),
  ENTERPRISE_SECURED("principle 3: tools should run in an enterprise-secured environment that safeguards inputs"),
  TEMPORARY_OUTPUT("principle 4: generated material is temporary, not part of the final deliverables"),
  TALENT_AND_UNIONS("principle 5: no new or replaced talent performances or union-covered work without consent"),
  UNSURE_MEANS_ESCALATE("a principle answered 'unsure' escalates the use to written approval"),
  PERSONAL_DATA("always needs written approval: personal data as input"),
  CREATIVE_OUTPUT("always needs written approval: main characters, key visuals and settings central to the story"),
  FACTUAL_CONTENT("ethics and representation: nothing may mislead the audience in factual content"),
  SOCIALIZE_EVERY_USE("every intended use is shared with the studio, so every use is declared once and well"),
  WRITTEN_APPROVAL("written approval must exist, be current and name the use it clears"),
  SIGNED_APPROVAL("written approval comes from the studio: signed by an approver, for the use as declared");

  private final String summary;

  Guideline(String summary) {
    this.summary = summary;
  }

  /** One line naming the guidance, e.g. "principle 4: generated material is temporary...". */
  public String summary() {
    return summary;
  }

  /** How messages cite it: {@code Netflix GenAI guidance, principle 4: ...}. */
  public String citation() {
    return "Netflix GenAI guidance, " + summary;
  }
}
