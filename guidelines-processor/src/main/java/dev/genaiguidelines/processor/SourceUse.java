package dev.genaiguidelines.processor;

import dev.genaiguidelines.policy.UseDeclaration;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One {@code @GenAiUse} as found in this round's source: the declaration read from it, and the
 * element, annotation and values a diagnostic about it is anchored on. The catalog also reads
 * uses from class files this way (see {@link UncompiledUses}); those are never reported.
 *
 * <p>Holds javac objects of the current round only; never keep one past its round.
 *
 * @param declaration the use as the policy judges it, or null when it could not be read (see
 *     {@code problems}; with no problem, javac has already reported the broken annotation)
 * @param mirror the {@code @GenAiUse} annotation itself (inside its container, if repeated)
 * @param implicitlyRepeated true when the annotation was written several times and javac put it
 *     into a container it made up; javac's {@code Messager} cannot find such an annotation's
 *     source, so diagnostics locate it through the source tree instead
 * @param position the annotation's index among the element's {@code @GenAiUse}s, in source order
 * @param explicitValues the attributes written in source, by name (defaults are absent)
 * @param problems values this processor cannot understand, each a compile error
 */
record SourceUse(
    UseDeclaration declaration,
    Element element,
    AnnotationMirror mirror,
    boolean implicitlyRepeated,
    int position,
    Map<String, AnnotationValue> explicitValues,
    List<Problem> problems) {

  SourceUse {
    explicitValues = Map.copyOf(explicitValues);
    problems = List.copyOf(problems);
  }

  /** The written value of an attribute, or null when it has its default or is the annotation. */
  AnnotationValue value(String attribute) {
    return attribute.isEmpty() ? null : explicitValues.get(attribute);
  }

  /** A value this processor cannot read, anchored on the value itself. */
  record Problem(String attribute, AnnotationValue value, String message) {}
}
