package dev.genaiguidelines.policy;

import dev.genaiguidelines.annotations.GenAiUseDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@link UseDeclaration} into the run-time catalog's {@link GenAiUseDescriptor} and back
 * by walking the descriptor's record components, each named as its {@link UseAttribute} (the
 * annotations jar has no dependencies, so the descriptor cannot name {@code UseAttribute}
 * itself); a test proves every attribute has its component. Only {@code element} and
 * {@code verdict} are not attributes.
 */
public final class UseDescriptors {

  private static final String ELEMENT = "element";
  private static final String VERDICT = "verdict";

  private static final List<RecordComponent> COMPONENTS =
      List.of(GenAiUseDescriptor.class.getRecordComponents());

  private static final Constructor<GenAiUseDescriptor> CONSTRUCTOR = canonicalConstructor();

  private UseDescriptors() {}

  /** The descriptor's components, in the order of its canonical constructor. */
  public static List<RecordComponent> components() {
    return COMPONENTS;
  }

  /** The attribute a component holds; empty for {@code element} and {@code verdict}. */
  public static Optional<UseAttribute> attributeOf(RecordComponent component) {
    return UseAttribute.byJavaName(component.getName());
  }

  /** The declaration a catalog entry describes, found in no module and at no known line. */
  public static UseDeclaration declaration(GenAiUseDescriptor descriptor) {
    UseDeclaration.Builder builder = UseDeclaration.builder(descriptor.element());
    for (RecordComponent component : COMPONENTS) {
      Optional<UseAttribute> attribute = attributeOf(component);
      if (attribute.isPresent()) {
        attribute.get().setIn(builder, valueOf(component, descriptor));
      }
    }
    return builder.build();
  }

  /**
   * The catalog entry of {@code use} with {@code verdict}; the descriptor's own checks (a blank
   * id, say) throw as its constructor does.
   */
  public static GenAiUseDescriptor descriptor(UseDeclaration use, String verdict) {
    Object[] arguments = new Object[COMPONENTS.size()];
    for (int i = 0; i < arguments.length; i++) {
      RecordComponent component = COMPONENTS.get(i);
      arguments[i] = switch (component.getName()) {
        case ELEMENT -> use.element();
        case VERDICT -> verdict;
        default -> attributeOf(component).orElseThrow(() -> new IllegalStateException(
            "GenAiUseDescriptor." + component.getName() + " is no @GenAiUse attribute"))
            .valueIn(use);
      };
    }
    try {
      return CONSTRUCTOR.newInstance(arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException thrown) {
        throw thrown;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct GenAiUseDescriptor", e);
    }
  }

  /** The value of {@code component} in {@code descriptor}. */
  public static Object valueOf(RecordComponent component, GenAiUseDescriptor descriptor) {
    try {
      return component.getAccessor().invoke(descriptor);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read GenAiUseDescriptor." + component.getName(), e);
    }
  }

  private static Constructor<GenAiUseDescriptor> canonicalConstructor() {
    try {
      return GenAiUseDescriptor.class.getDeclaredConstructor(
          COMPONENTS.stream().map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("GenAiUseDescriptor has no canonical constructor", e);
    }
  }
}
