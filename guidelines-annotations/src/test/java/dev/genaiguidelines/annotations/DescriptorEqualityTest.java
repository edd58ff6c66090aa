package dev.genaiguidelines.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link GenAiUseDescriptor} writes its equals and hashCode out (the record's own bootstrap
 * method handles in a cold compiler): they must still compare every component.
 */
class DescriptorEqualityTest {

  @Test
  void equalComponentsMakeEqualDescriptorsWithEqualHashes() throws Exception {
    GenAiUseDescriptor use = TestUses.crowdExtension();
    GenAiUseDescriptor same = copy(use, -1);
    assertEquals(use, same);
    assertEquals(use.hashCode(), same.hashCode());
  }

  @Test
  void anyOneComponentChangedMakesADifferentDescriptor() throws Exception {
    GenAiUseDescriptor use = TestUses.crowdExtension();
    RecordComponent[] components = GenAiUseDescriptor.class.getRecordComponents();
    assertEquals(13, components.length, "a new component needs a line in equals and hashCode");
    for (int changed = 0; changed < components.length; changed++) {
      assertNotEquals(use, copy(use, changed), components[changed].getName());
    }
  }

  /** {@code use} with component {@code changed} (none when -1) set to another valid value. */
  private static GenAiUseDescriptor copy(GenAiUseDescriptor use, int changed) throws Exception {
    RecordComponent[] components = GenAiUseDescriptor.class.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = components[i].getAccessor().invoke(use);
      if (i == changed) {
        values[i] = other(components[i].getName(), values[i]);
      }
    }
    Constructor<GenAiUseDescriptor> canonical =
        GenAiUseDescriptor.class.getDeclaredConstructor(types);
    return canonical.newInstance(values);
  }

  private static Object other(String name, Object value) {
    if (name.equals("verdict")) {
      return value.equals(GenAiUseDescriptor.PROHIBITED) ? GenAiUseDescriptor.SOCIALIZE
          : GenAiUseDescriptor.PROHIBITED;
    }
    if (value instanceof String text) {
      return text + "-other";
    }
    if (value instanceof Boolean flag) {
      return !flag;
    }
    if (value instanceof Enum<?> constant) {
      Object[] all = constant.getDeclaringClass().getEnumConstants();
      return all[(constant.ordinal() + 1) % all.length];
    }
    if (value instanceof List<?> list) {
      return list.isEmpty() ? List.of(DataInput.NONE) : list.subList(1, list.size());
    }
    throw new AssertionError("no other value for " + name + ": " + value);
  }
}
