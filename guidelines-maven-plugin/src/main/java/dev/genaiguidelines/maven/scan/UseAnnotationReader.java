package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.policy.UseAttribute;
import dev.genaiguidelines.policy.UseAttribute.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.objectweb.asm.AnnotationVisitor;

/**
 * Reads one {@code @GenAiUse} (or each use inside a {@code @GenAiUse.List}) from a class file
 * into {@link UseValues}.
 */
final class UseAnnotationReader extends AnnotationVisitor {

  static final String USE_DESCRIPTOR = "Ldev/genaiguidelines/annotations/GenAiUse;";
  static final String LIST_DESCRIPTOR = "Ldev/genaiguidelines/annotations/GenAiUse$List;";

  private final UseValues values = new UseValues();
  private final Consumer<UseValues> sink;

  private UseAnnotationReader(Consumer<UseValues> sink) {
    super(ClassScanner.ASM_API);
    this.sink = sink;
  }

  /**
   * A visitor for the annotation with {@code descriptor} that hands every use it holds to
   * {@code sink}, or null when the annotation is not ours.
   */
  static AnnotationVisitor forAnnotation(String descriptor, Consumer<UseValues> sink) {
    if (USE_DESCRIPTOR.equals(descriptor)) {
      return new UseAnnotationReader(sink);
    }
    if (LIST_DESCRIPTOR.equals(descriptor)) {
      return new ContainerReader(sink);
    }
    return null;
  }

  @Override
  public void visit(String name, Object value) {
    values.present.add(name);
    Optional<UseAttribute> attribute = UseAttribute.byJavaName(name);
    if (attribute.isEmpty() || attribute.get().kind() == Kind.ENUM
        || attribute.get().kind() == Kind.ENUM_LIST) {
      unknownAttribute(name);
    } else if (attribute.get().kind() == Kind.STRING) {
      values.values.put(attribute.get(), string(name, value));
    } else if (value instanceof Boolean flag) {
      values.values.put(attribute.get(), flag);
    } else {
      wrongType(name, value);
    }
  }

  @Override
  public void visitEnum(String name, String descriptor, String value) {
    values.present.add(name);
    Optional<UseAttribute> attribute = UseAttribute.byJavaName(name);
    if (attribute.isPresent() && attribute.get().kind() == Kind.ENUM) {
      Enum<?> constant = constant(attribute.get(), descriptor, value);
      if (constant != null) {
        values.values.put(attribute.get(), constant);
      }
    } else if (attribute.isPresent() && attribute.get().kind() == Kind.ENUM_LIST) {
      values.problems.add("attribute '" + name + "' holds a single value instead of an array");
    } else {
      unknownAttribute(name);
    }
  }

  @Override
  public AnnotationVisitor visitArray(String name) {
    values.present.add(name);
    Optional<UseAttribute> attribute = UseAttribute.byJavaName(name);
    if (attribute.isEmpty() || attribute.get().kind() != Kind.ENUM_LIST) {
      unknownAttribute(name);
      return null;
    }
    List<Enum<?>> constants = new ArrayList<>(2);
    values.values.put(attribute.get(), constants);
    return new EnumArrayReader(attribute.get(), constants);
  }

  @Override
  public AnnotationVisitor visitAnnotation(String name, String descriptor) {
    unknownAttribute(name);
    return null;
  }

  @Override
  public void visitEnd() {
    sink.accept(values);
  }

  private String string(String name, Object value) {
    if (value instanceof String text) {
      return text;
    }
    wrongType(name, value);
    return "";
  }

  private Enum<?> constant(UseAttribute attribute, String descriptor, String value) {
    Class<?> type = attribute.enumType();
    if (!descriptor.equals("L" + type.getName().replace('.', '/') + ";")) {
      values.problems.add("attribute '" + attribute.javaName() + "' has a value of type "
          + typeName(descriptor) + " instead of " + type.getName());
      return null;
    }
    Optional<Enum<?>> constant = attribute.constant(value);
    if (constant.isEmpty()) {
      values.problems.add("attribute '" + attribute.javaName() + "' has the value "
          + type.getSimpleName() + "." + value
          + ", which this version of guidelines-annotations does not know");
    }
    return constant.orElse(null);
  }

  /**
   * The Java name of an enum's type descriptor, or the descriptor as it is when it names no class
   * (only a crafted file has such; ASM's Type would throw an AssertionError on some).
   */
  private static String typeName(String descriptor) {
    return descriptor.length() > 2 && descriptor.charAt(0) == 'L' && descriptor.endsWith(";")
        ? descriptor.substring(1, descriptor.length() - 1).replace('/', '.')
        : descriptor;
  }

  private void wrongType(String name, Object value) {
    values.problems.add("attribute '" + name + "' has a value of type "
        + value.getClass().getSimpleName() + ", which this version of guidelines-annotations"
        + " does not declare");
  }

  private void unknownAttribute(String name) {
    values.problems.add("attribute '" + name + "' is not declared by this version of"
        + " guidelines-annotations");
  }

  /** Reads the elements of an enum-array attribute. */
  private final class EnumArrayReader extends AnnotationVisitor {
    private final UseAttribute attribute;
    private final List<Enum<?>> target;

    EnumArrayReader(UseAttribute attribute, List<Enum<?>> target) {
      super(ClassScanner.ASM_API);
      this.attribute = attribute;
      this.target = target;
    }

    @Override
    public void visitEnum(String ignored, String elementDescriptor, String value) {
      Enum<?> constant = constant(attribute, elementDescriptor, value);
      if (constant != null) {
        target.add(constant);
      }
    }

    @Override
    public void visit(String ignored, Object value) {
      wrongType(attribute.javaName(), value);
    }
  }

  /** Reads {@code @GenAiUse.List(value = {...})}, handing each element to a reader. */
  private static final class ContainerReader extends AnnotationVisitor {
    private final Consumer<UseValues> sink;

    ContainerReader(Consumer<UseValues> sink) {
      super(ClassScanner.ASM_API);
      this.sink = sink;
    }

    @Override
    public AnnotationVisitor visitArray(String name) {
      if (!"value".equals(name)) {
        return null;
      }
      return new AnnotationVisitor(ClassScanner.ASM_API) {
        @Override
        public AnnotationVisitor visitAnnotation(String ignored, String descriptor) {
          return USE_DESCRIPTOR.equals(descriptor) ? new UseAnnotationReader(sink) : null;
        }
      };
    }
  }
}
