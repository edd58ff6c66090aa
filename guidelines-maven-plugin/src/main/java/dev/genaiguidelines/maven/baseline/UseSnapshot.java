package dev.genaiguidelines.maven.baseline;

import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import dev.genaiguidelines.policy.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * A use's declared fields and verdict as one report recorded them, in plain strings, so a use
 * read from a previous release's JSON report and one judged in this build compare field by field.
 *
 * @param inputs the declared inputs, sorted: the order they are written in means nothing
 * @param creates the declared creations, sorted for the same reason
 */
public record UseSnapshot(
    UseKey key,
    String element,
    String tool,
    String model,
    String purpose,
    String output,
    List<String> inputs,
    List<String> creates,
    String context,
    boolean unionCoveredWork,
    String approval,
    String consent,
    Verdict verdict) {

  public UseSnapshot {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(verdict, "verdict");
    element = Objects.requireNonNullElse(element, "");
    tool = Objects.requireNonNullElse(tool, "");
    model = Objects.requireNonNullElse(model, "");
    purpose = Objects.requireNonNullElse(purpose, "");
    output = Objects.requireNonNullElse(output, "");
    inputs = inputs.stream().distinct().sorted().toList();
    creates = creates.stream().distinct().sorted().toList();
    context = Objects.requireNonNullElse(context, "");
    approval = Objects.requireNonNullElse(approval, "");
    consent = Objects.requireNonNullElse(consent, "");
  }

  /** The use as this build judged it. */
  public static UseSnapshot of(UseEvaluation evaluation) {
    UseDeclaration use = evaluation.use();
    return new UseSnapshot(new UseKey(use.module(), use.id()), use.element(), use.tool(),
        use.model(), use.purpose(), use.output().name(),
        use.inputs().stream().map(Enum::name).toList(),
        use.creates().stream().map(Enum::name).toList(),
        use.context().name(), use.unionCoveredWork(), use.approval(), use.consent(),
        evaluation.verdict());
  }

  /**
   * The same use keyed in {@code module}, as an aggregate keys the uses of a module's own
   * report.
   */
  public UseSnapshot inModule(String module) {
    return new UseSnapshot(new UseKey(module, key.id()), element, tool, model, purpose, output,
        inputs, creates, context, unionCoveredWork, approval, consent, verdict);
  }

  /** The field's value as reports show it: lists comma-separated, "" when not declared. */
  public String value(UseField field) {
    return switch (field) {
      case TOOL -> tool;
      case MODEL -> model;
      case PURPOSE -> purpose;
      case OUTPUT -> output;
      case INPUTS -> String.join(", ", inputs);
      case CREATES -> String.join(", ", creates);
      case CONTEXT -> context;
      case UNION_COVERED_WORK -> Boolean.toString(unionCoveredWork);
      case APPROVAL -> approval;
      case CONSENT -> consent;
      case ELEMENT -> element;
    };
  }

  /** The declared fields whose values differ from {@code other}'s, in {@link UseField} order. */
  public List<UseField> differingFields(UseSnapshot other) {
    return java.util.Arrays.stream(UseField.values())
        .filter(field -> !value(field).equals(other.value(field)))
        .toList();
  }
}
