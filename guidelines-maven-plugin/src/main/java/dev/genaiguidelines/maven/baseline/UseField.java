package dev.genaiguidelines.maven.baseline;

/**
 * The declared fields of a use that a comparison looks at, in the fixed order reports list them.
 * Where the source lines are, and what the findings say, are not among them: moving a class or
 * rewording a message does not change what the production does with generative AI.
 */
public enum UseField {
  TOOL("tool"),
  MODEL("model"),
  PURPOSE("purpose"),
  OUTPUT("output"),
  INPUTS("inputs"),
  CREATES("creates"),
  CONTEXT("context"),
  UNION_COVERED_WORK("unionCoveredWork"),
  APPROVAL("approval"),
  CONSENT("consent"),
  ELEMENT("element");

  private final String jsonName;

  UseField(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The field's name in the JSON report's {@code uses} entries, e.g. {@code unionCoveredWork}. */
  public String jsonName() {
    return jsonName;
  }
}
