package dev.genaiguidelines.processor;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import dev.genaiguidelines.policy.UseDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/**
 * Reads the {@code @GenAiUse} declarations of an element, direct or inside
 * {@code @GenAiUse.List}, into {@link UseDeclaration}s.
 *
 * <p>Values are read through the annotation model by constant name, never through
 * {@code getAnnotation(GenAiUse.class)}, so a project compiled against another version of the
 * annotations jar is still read, and a constant this processor does not know becomes a clear
 * error on that value.
 */
final class DeclarationReader {

  static final String USE_TYPE = "dev.genaiguidelines.annotations.GenAiUse";
  static final String LIST_TYPE = "dev.genaiguidelines.annotations.GenAiUse.List";

  /**
   * javac's text for an attribute value it could not resolve (it has reported an error already);
   * reading it as an id or tool would only add a second, misleading error.
   */
  private static final String JAVAC_ERROR_VALUE = "<error>";

  private final Elements elements;
  private final ElementNames names;

  DeclarationReader(Elements elements, ElementNames names) {
    this.elements = elements;
    this.names = names;
  }

  /** Every use declared on {@code element}, in source order. */
  List<SourceUse> read(Element element) {
    String elementName = names.of(element);
    List<SourceUse> uses = new ArrayList<>();
    int position = 0;
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = annotationType(mirror);
      if (USE_TYPE.equals(type)) {
        uses.add(read(element, elementName, mirror, false, position++));
      } else if (LIST_TYPE.equals(type)) {
        boolean implicit =
            elements.getOrigin(element, mirror) == Elements.Origin.MANDATED;
        for (AnnotationMirror repeated : nested(mirror)) {
          uses.add(read(element, elementName, repeated, implicit, position++));
        }
      }
    }
    return uses;
  }

  /**
   * True for the copy of a use that javac puts on a record's implicit accessor when the use is
   * written on the record component. The field gets the same copy; the use is read once, from
   * the field, as written once.
   */
  boolean isRecordAccessorCopy(Element element) {
    if (element.getKind() != ElementKind.METHOD
        || element.getEnclosingElement().getKind() != ElementKind.RECORD) {
      return false;
    }
    TypeElement record = (TypeElement) element.getEnclosingElement();
    for (RecordComponentElement component : record.getRecordComponents()) {
      if (element.equals(component.getAccessor())) {
        List<String> onAccessor = useTexts(element);
        return !onAccessor.isEmpty() && record.getEnclosedElements().stream()
            .filter(member -> member.getKind() == ElementKind.FIELD
                && member.getSimpleName().equals(component.getSimpleName()))
            .anyMatch(field -> useTexts(field).equals(onAccessor));
      }
    }
    return false;
  }

  private List<String> useTexts(Element element) {
    return element.getAnnotationMirrors().stream()
        .filter(mirror -> USE_TYPE.equals(annotationType(mirror))
            || LIST_TYPE.equals(annotationType(mirror)))
        .map(AnnotationMirror::toString)
        .toList();
  }

  private List<AnnotationMirror> nested(AnnotationMirror container) {
    AnnotationValue value = valuesWithDefaults(container).get("value");
    List<AnnotationMirror> mirrors = new ArrayList<>();
    if (value == null) {
      return mirrors;
    }
    value.accept(new SimpleAnnotationValueVisitor14<Void, Void>() {
      @Override
      public Void visitArray(List<? extends AnnotationValue> values, Void unused) {
        values.forEach(v -> v.accept(this, null));
        return null;
      }

      @Override
      public Void visitAnnotation(AnnotationMirror mirror, Void unused) {
        mirrors.add(mirror);
        return null;
      }
    }, null);
    return mirrors;
  }

  private SourceUse read(Element element, String elementName, AnnotationMirror mirror,
      boolean implicitlyRepeated, int position) {
    Map<String, AnnotationValue> explicit = byName(mirror.getElementValues());
    Values values = new Values(valuesWithDefaults(mirror));
    String id = values.string("id");
    values.useId = id;
    UseDeclaration.Builder builder = UseDeclaration.builder(elementName)
        .id(id)
        .tool(values.string("tool"))
        .purpose(values.string("purpose"))
        .inputs(values.constants("inputs", DataInput.class))
        .creates(values.constants("creates", Creates.class))
        .unionCoveredWork(values.bool("unionCoveredWork"))
        .model(values.string("model"))
        .approval(values.string("approval"))
        .consent(values.string("consent"));
    Output output = values.constant("output", Output.class);
    Context context = values.constant("context", Context.class);
    UseDeclaration declaration = null;
    if (!values.unreadable && output != null && context != null) {
      declaration = builder.output(output).context(context).build();
    }
    return new SourceUse(declaration, element, mirror, implicitlyRepeated, position, explicit,
        values.problems);
  }

  private Map<String, AnnotationValue> valuesWithDefaults(AnnotationMirror mirror) {
    return byName(elements.getElementValuesWithDefaults(mirror));
  }

  private static Map<String, AnnotationValue> byName(
      Map<? extends ExecutableElement, ? extends AnnotationValue> values) {
    Map<String, AnnotationValue> byName = new LinkedHashMap<>();
    values.forEach((attribute, value) -> byName.put(attribute.getSimpleName().toString(), value));
    return byName;
  }

  private static String annotationType(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    return type instanceof TypeElement ? ((TypeElement) type).getQualifiedName().toString() : "";
  }

  /**
   * Reads one annotation's values. A value javac could not resolve makes the use unreadable
   * (javac reports it); a constant this processor does not know becomes a {@link
   * SourceUse.Problem}.
   */
  private static final class Values {
    private final Map<String, AnnotationValue> values;
    private final List<SourceUse.Problem> problems = new ArrayList<>();
    private boolean unreadable;
    private String useId = "";

    Values(Map<String, AnnotationValue> values) {
      this.values = values;
    }

    String string(String attribute) {
      AnnotationValue value = values.get(attribute);
      if (value != null && value.getValue() instanceof String
          && !JAVAC_ERROR_VALUE.equals(value.getValue())) {
        return (String) value.getValue();
      }
      unreadable = true;
      return "";
    }

    boolean bool(String attribute) {
      AnnotationValue value = values.get(attribute);
      if (value != null && value.getValue() instanceof Boolean) {
        return (Boolean) value.getValue();
      }
      unreadable = true;
      return false;
    }

    <E extends Enum<E>> E constant(String attribute, Class<E> type) {
      AnnotationValue value = values.get(attribute);
      if (value == null) {
        unreadable = true;
        return null;
      }
      return toConstant(attribute, value, type);
    }

    <E extends Enum<E>> List<E> constants(String attribute, Class<E> type) {
      AnnotationValue value = values.get(attribute);
      List<? extends AnnotationValue> elements = value == null ? null : value.accept(
          new SimpleAnnotationValueVisitor14<List<? extends AnnotationValue>, Void>() {
            @Override
            public List<? extends AnnotationValue> visitArray(
                List<? extends AnnotationValue> array, Void unused) {
              return array;
            }
          }, null);
      if (elements == null) {
        unreadable = true;
        return List.of();
      }
      List<E> constants = new ArrayList<>();
      for (AnnotationValue element : elements) {
        E constant = toConstant(attribute, element, type);
        if (constant != null) {
          constants.add(constant);
        }
      }
      return constants;
    }

    private <E extends Enum<E>> E toConstant(
        String attribute, AnnotationValue value, Class<E> type) {
      String name = value.accept(new SimpleAnnotationValueVisitor14<String, Void>() {
        @Override
        public String visitEnumConstant(VariableElement constant, Void unused) {
          return constant.getSimpleName().toString();
        }
      }, null);
      if (name == null) {
        unreadable = true;
        return null;
      }
      try {
        return Enum.valueOf(type, name);
      } catch (IllegalArgumentException unknown) {
        unreadable = true;
        problems.add(new SourceUse.Problem(attribute, value, "[genai] use '" + useId + "': "
            + attribute + " has " + type.getSimpleName() + "." + name
            + ", which this guidelines-processor does not know. Fix: use the same version of"
            + " guidelines-annotations and guidelines-processor."));
        return null;
      }
    }
  }
}
