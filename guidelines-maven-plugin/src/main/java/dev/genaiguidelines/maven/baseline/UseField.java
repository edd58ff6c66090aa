package dev.genaiguidelines.maven.baseline;

import dev.genaiguidelines.policy.UseAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A declared field of a use that a comparison looks at: every {@link UseAttribute} but the id
 * (which keys the use), then the element it is declared on, in the order reports list them.
 * Where the source lines are, and what the findings say, are not among them: moving a class or
 * rewording a message does not change what the production does with generative AI.
 */
public final class UseField {

  /** The element the use is declared on. */
  public static final UseField ELEMENT = new UseField(null);

  private static final List<UseField> VALUES = fields();

  private final UseAttribute attribute;

  private UseField(UseAttribute attribute) {
    this.attribute = attribute;
  }

  private static List<UseField> fields() {
    List<UseField> fields = new ArrayList<>();
    for (UseAttribute attribute : UseAttribute.declared()) {
      if (attribute != UseAttribute.ID) {
        fields.add(new UseField(attribute));
      }
    }
    fields.add(ELEMENT);
    return List.copyOf(fields);
  }

  /** Every field, in the order reports list them. */
  public static UseField[] values() {
    return VALUES.toArray(new UseField[0]);
  }

  /** The field of {@code attribute}; the id is no field (it keys the use). */
  public static UseField of(UseAttribute attribute) {
    return VALUES.stream().filter(field -> field.attribute == attribute).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(attribute + " keys a use; no field"));
  }

  /** The field's name in the JSON report's {@code uses} entries, e.g. {@code unionCoveredWork}. */
  public String jsonName() {
    return attribute == null ? "element" : attribute.jsonKey();
  }

  /** The attribute this field holds, or null for {@link #ELEMENT}. */
  UseAttribute attribute() {
    return attribute;
  }

  /**
   * A value of this field's attribute as a snapshot keeps it: lists sorted, without repeats and
   * comma-separated (the order they are written in means nothing), the rest as reports show it.
   */
  String snapshotOf(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(UseAttribute::shown).distinct().sorted()
          .collect(Collectors.joining(", "));
    }
    return UseAttribute.shown(value);
  }

  @Override
  public String toString() {
    return jsonName();
  }
}
