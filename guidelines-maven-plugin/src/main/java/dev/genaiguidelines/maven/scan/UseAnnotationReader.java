package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.objectweb.asm.AnnotationVisitor;

/**
 * Reads one {@code @GenAiUse} (or each use inside a {@code @GenAiUse.List}) from a class file
 * into {@link UseValues}.
 */
final class UseAnnotationReader extends AnnotationVisitor {

  static final String USE_DESCRIPTOR = "Ldev/genaiguidelines/annotations/GenAiUse;";
  static final String LIST_DESCRIPTOR = "Ldev/genaiguidelines/annotations/GenAiUse$List;";

  private static final String OUTPUT = "Ldev/genaiguidelines/annotations/Output;";
  private static final String DATA_INPUT = "Ldev/genaiguidelines/annotations/DataInput;";
  private static final String CREATES = "Ldev/genaiguidelines/annotations/Creates;";
  private static final String CONTEXT = "Ldev/genaiguidelines/annotations/Context;";

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
    switch (name) {
      case "id" -> values.id = string(name, value);
      case "tool" -> values.tool = string(name, value);
      case "purpose" -> values.purpose = string(name, value);
      case "model" -> values.model = string(name, value);
      case "approval" -> values.approval = string(name, value);
      case "consent" -> values.consent = string(name, value);
      case "unionCoveredWork" -> {
        if (value instanceof Boolean flag) {
          values.unionCoveredWork = flag;
        } else {
          wrongType(name, value);
        }
      }
      default -> unknownAttribute(name);
    }
  }

  @Override
  public void visitEnum(String name, String descriptor, String value) {
    values.present.add(name);
    switch (name) {
      case "output" -> values.output = constant(name, Output.class, OUTPUT, descriptor, value);
      case "context" -> {
        Context context = constant(name, Context.class, CONTEXT, descriptor, value);
        if (context != null) {
          values.context = context;
        }
      }
      case "inputs", "creates" -> values.problems.add(
          "attribute '" + name + "' holds a single value instead of an array");
      default -> unknownAttribute(name);
    }
  }

  @Override
  public AnnotationVisitor visitArray(String name) {
    values.present.add(name);
    switch (name) {
      case "inputs" -> {
        List<DataInput> inputs = new ArrayList<>(2);
        values.inputs = inputs;
        return new EnumArrayReader<>(name, DataInput.class, DATA_INPUT, inputs);
      }
      case "creates" -> {
        List<Creates> creates = new ArrayList<>(2);
        values.creates = creates;
        return new EnumArrayReader<>(name, Creates.class, CREATES, creates);
      }
      default -> {
        unknownAttribute(name);
        return null;
      }
    }
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

  private <E extends Enum<E>> E constant(
      String name, Class<E> type, String expectedDescriptor, String descriptor, String value) {
    if (!expectedDescriptor.equals(descriptor)) {
      values.problems.add("attribute '" + name + "' has a value of type "
          + typeName(descriptor) + " instead of " + type.getName());
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    values.problems.add("attribute '" + name + "' has the value " + type.getSimpleName() + "."
        + value + ", which this version of guidelines-annotations does not know");
    return null;
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
  private final class EnumArrayReader<E extends Enum<E>> extends AnnotationVisitor {
    private final String name;
    private final Class<E> type;
    private final String descriptor;
    private final List<E> target;

    EnumArrayReader(String name, Class<E> type, String descriptor, List<E> target) {
      super(ClassScanner.ASM_API);
      this.name = name;
      this.type = type;
      this.descriptor = descriptor;
      this.target = target;
    }

    @Override
    public void visitEnum(String ignored, String elementDescriptor, String value) {
      E constant = constant(name, type, descriptor, elementDescriptor, value);
      if (constant != null) {
        target.add(constant);
      }
    }

    @Override
    public void visit(String ignored, Object value) {
      wrongType(name, value);
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
