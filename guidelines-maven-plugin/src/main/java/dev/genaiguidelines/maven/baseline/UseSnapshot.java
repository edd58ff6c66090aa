package dev.genaiguidelines.maven.baseline;

import dev.genaiguidelines.policy.UseAttribute;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import dev.genaiguidelines.policy.Verdict;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A use's declared fields and verdict as one report recorded them, in plain strings, so a use
 * read from a previous release's JSON report and one judged in this build compare field by field.
 *
 * @param values every {@link UseField}'s value as reports show it ("" when not declared); lists
 *     sorted, since the order they are written in means nothing
 */
public record UseSnapshot(UseKey key, Map<UseField, String> values, Verdict verdict) {

  public UseSnapshot {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(verdict, "verdict");
    Map<UseField, String> all = new LinkedHashMap<>();
    for (UseField field : UseField.values()) {
      all.put(field, Objects.requireNonNullElse(values.get(field), ""));
    }
    values = Collections.unmodifiableMap(all);
  }

  /** The use as this build judged it. */
  public static UseSnapshot of(UseEvaluation evaluation) {
    UseDeclaration use = evaluation.use();
    Map<UseField, String> values = new LinkedHashMap<>();
    for (UseField field : UseField.values()) {
      values.put(field, field == UseField.ELEMENT ? use.element()
          : field.snapshotOf(field.attribute().valueIn(use)));
    }
    return new UseSnapshot(new UseKey(use.module(), use.id()), values, evaluation.verdict());
  }

  /**
   * The same use keyed in {@code module}, as an aggregate keys the uses of a module's own
   * report.
   */
  public UseSnapshot inModule(String module) {
    return new UseSnapshot(new UseKey(module, key.id()), values, verdict);
  }

  /** The field's value as reports show it: lists comma-separated, "" when not declared. */
  public String value(UseField field) {
    return values.get(field);
  }

  /** The declared tool. */
  public String tool() {
    return value(UseField.of(UseAttribute.TOOL));
  }

  /** The declared model, or "". */
  public String model() {
    return value(UseField.of(UseAttribute.MODEL));
  }

  /** The declared fields whose values differ from {@code other}'s, in {@link UseField} order. */
  public List<UseField> differingFields(UseSnapshot other) {
    return Arrays.stream(UseField.values())
        .filter(field -> !value(field).equals(other.value(field)))
        .toList();
  }
}
