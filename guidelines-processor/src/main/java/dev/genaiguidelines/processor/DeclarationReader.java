package dev.genaiguidelines.processor;

import dev.genaiguidelines.policy.UseAttribute;
import dev.genaiguidelines.policy.UseDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    UseDeclaration.Builder builder = UseDeclaration.builder(elementName);
    for (UseAttribute attribute : UseAttribute.declared()) { // id first, for the messages
      Object value = values.read(attribute);
      if (value != null) {
        attribute.setIn(builder, value);
      }
      if (attribute == UseAttribute.ID) {
        values.useId = (String) value;
      }
    }
    UseDeclaration declaration = values.unreadable ? null : builder.build();
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

    /**
     * The value of {@code attribute} as its {@linkplain UseAttribute#kind() kind} says: "" or
     * false when it cannot be read, null for a constant that cannot (the use is unreadable).
     */
    Object read(UseAttribute attribute) {
      return switch (attribute.kind()) {
        case STRING -> string(attribute.javaName());
        case BOOLEAN -> bool(attribute.javaName());
        case ENUM -> constant(attribute);
        case ENUM_LIST -> constants(attribute);
      };
    }

    private String string(String attribute) {
      AnnotationValue value = values.get(attribute);
      if (value != null && value.getValue() instanceof String
          && !JAVAC_ERROR_VALUE.equals(value.getValue())) {
        return (String) value.getValue();
      }
      unreadable = true;
      return "";
    }

    private boolean bool(String attribute) {
      AnnotationValue value = values.get(attribute);
      if (value != null && value.getValue() instanceof Boolean) {
        return (Boolean) value.getValue();
      }
      unreadable = true;
      return false;
    }

    private Enum<?> constant(UseAttribute attribute) {
      AnnotationValue value = values.get(attribute.javaName());
      if (value == null) {
        unreadable = true;
        return null;
      }
      return toConstant(attribute, value);
    }

    private List<Enum<?>> constants(UseAttribute attribute) {
      AnnotationValue value = values.get(attribute.javaName());
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
      List<Enum<?>> constants = new ArrayList<>();
      for (AnnotationValue element : elements) {
        Enum<?> constant = toConstant(attribute, element);
        if (constant != null) {
          constants.add(constant);
        }
      }
      return constants;
    }

    private Enum<?> toConstant(UseAttribute attribute, AnnotationValue value) {
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
      Optional<Enum<?>> constant = attribute.constant(name);
      if (constant.isEmpty()) {
        unreadable = true;
        problems.add(new SourceUse.Problem(attribute.javaName(), value, "[genai] use '" + useId
            + "': " + attribute.javaName() + " has " + attribute.enumType().getSimpleName() + "."
            + name + ", which this guidelines-processor does not know. Fix: use the same version"
            + " of guidelines-annotations and guidelines-processor."));
        return null;
      }
      return constant.get();
    }
  }
}
