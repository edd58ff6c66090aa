package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.policy.UseAttribute;
import dev.genaiguidelines.policy.UseDeclaration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attribute values of one {@code @GenAiUse} read from a class file, before the scanner knows
 * the element's name and line, plus whatever in it could not be understood.
 */
final class UseValues {

  /**
   * The values read, each of its attribute's {@linkplain UseAttribute#kind() kind}; an attribute
   * not here takes the annotation's default (javac writes only what the source does).
   */
  final Map<UseAttribute, Object> values = new EnumMap<>(UseAttribute.class);

  /** Problems found while reading, e.g. an enum constant this version does not know. */
  final List<String> problems = new ArrayList<>(0);

  /** Names of the attributes the class file gives, valid or not. */
  final Set<String> present = new HashSet<>(16);

  /** The required attributes that are absent; javac never omits them, other compilers might. */
  List<String> missingRequired() {
    List<String> missing = new ArrayList<>(0);
    for (UseAttribute attribute : UseAttribute.declared()) {
      if (attribute.isRequired() && !present.contains(attribute.javaName())) {
        missing.add(attribute.javaName());
      }
    }
    return missing;
  }

  UseDeclaration toDeclaration(String element, String sourceFile, int line) {
    UseDeclaration.Builder builder = UseDeclaration.builder(element).source(sourceFile, line);
    values.forEach((attribute, value) -> attribute.setIn(builder, value));
    return builder.build();
  }
}
