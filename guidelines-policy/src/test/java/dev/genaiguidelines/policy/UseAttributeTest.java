package dev.genaiguidelines.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.GenAiUseDescriptor;
import dev.genaiguidelines.annotations.Output;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link UseAttribute} describes {@code @GenAiUse} exactly, so the readers, reports and catalog
 * that walk it cannot miss an attribute the annotation has.
 */
class UseAttributeTest {

  @Test
  void everyAnnotationMethodIsDescribedWithItsKindAndDefault() {
    List<Method> methods = Arrays.stream(GenAiUse.class.getDeclaredMethods())
        .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
    for (Method method : methods) {
      UseAttribute attribute = UseAttribute.byJavaName(method.getName()).orElseThrow(
          () -> new AssertionError("@GenAiUse." + method.getName() + " has no UseAttribute"));
      assertEquals(kindOf(method.getReturnType()), attribute.kind(), method.getName());
      assertEquals(method.getDefaultValue() == null, attribute.isRequired(), method.getName());
      if (method.getDefaultValue() != null) {
        assertEquals(method.getDefaultValue(), attribute.defaultValue().orElseThrow(),
            method.getName());
      }
      Class<?> enumType = method.getReturnType().isArray()
          ? method.getReturnType().getComponentType() : method.getReturnType();
      assertEquals(enumType.isEnum() ? enumType : null, attribute.enumType(), method.getName());
    }
    assertEquals(methods.stream().map(Method::getName).collect(Collectors.toSet()),
        UseAttribute.declared().stream().map(UseAttribute::javaName)
            .collect(Collectors.toSet()));
  }

  @Test
  void twinTheAnnotationItselfIsNoAttribute() {
    assertFalse(UseAttribute.declared().contains(UseAttribute.ANNOTATION));
    assertEquals(Optional.empty(), UseAttribute.byJavaName(""));
    assertEquals(Optional.empty(), UseAttribute.byJavaName("verdict"));
    assertFalse(UseAttribute.ANNOTATION.isRequired());
  }

  @Test
  void theApprovalStatementCoversWhatTheUseDoesNotItsIdOrLedgerReferences() {
    assertEquals(List.of(UseAttribute.TOOL, UseAttribute.MODEL, UseAttribute.PURPOSE,
        UseAttribute.OUTPUT, UseAttribute.INPUTS, UseAttribute.CREATES, UseAttribute.CONTEXT,
        UseAttribute.UNION_COVERED_WORK),
        UseAttribute.declared().stream()
            .filter(a -> a.group() == UseAttribute.Group.STATEMENT).toList());
  }

  @Test
  void valuesAreReadWrittenAndShownThroughTheDescription() {
    UseDeclaration use = sample();
    UseDeclaration.Builder copy = UseDeclaration.builder(use.element());
    for (UseAttribute attribute : UseAttribute.declared()) {
      attribute.setIn(copy, attribute.valueIn(use));
    }
    assertEquals(use, copy.build());
    assertEquals("TALENT_LIKENESS, PUBLIC_DOMAIN", UseAttribute.INPUTS.shownIn(use));
    assertEquals("FINAL_DELIVERABLE", UseAttribute.OUTPUT.shownIn(use));
    assertEquals("true", UseAttribute.UNION_COVERED_WORK.shownIn(use));
    assertEquals("voicebox", UseAttribute.TOOL.shownIn(use));
  }

  @Test
  void anUnknownConstantIsEmptyAndAKnownOneIsFound() {
    assertEquals(Optional.of(Output.FINAL_DELIVERABLE),
        UseAttribute.OUTPUT.constant("FINAL_DELIVERABLE"));
    assertEquals(Optional.empty(), UseAttribute.OUTPUT.constant("HOLOGRAM"));
  }

  @Test
  void toBuilderKeepsEveryValueAndWhereTheUseWasFound() {
    UseDeclaration use = sample().inModule("dub");
    assertEquals(use, use.toBuilder().build());
    assertEquals("src/X.java", use.toBuilder().source("src/X.java", 3).build().sourceFile());
  }

  @Test
  void everyAttributeIsAComponentOfTheCatalogDescriptor() {
    List<String> components = UseDescriptors.components().stream()
        .map(RecordComponent::getName).toList();
    for (UseAttribute attribute : UseAttribute.declared()) {
      assertTrue(components.contains(attribute.javaName()),
          "GenAiUseDescriptor lacks " + attribute.javaName() + ": " + components);
    }
    assertEquals(UseAttribute.declared().size() + 2, components.size(), components.toString());
  }

  @Test
  void aDeclarationGoesIntoTheCatalogAndComesBackTheSame() {
    UseDeclaration use = sample();
    GenAiUseDescriptor descriptor = UseDescriptors.descriptor(use, "PROHIBITED");
    assertEquals(new GenAiUseDescriptor("voice-clone", "com.studio.dub.Dubbing#voiceClient",
        "voicebox", "Re-voices lines.", Output.FINAL_DELIVERABLE,
        List.of(DataInput.TALENT_LIKENESS, DataInput.PUBLIC_DOMAIN),
        List.of(Creates.SYNTHETIC_VOICE), Context.FICTION, true, "2.1", "", "CON-7",
        "PROHIBITED"), descriptor);
    assertEquals(use, UseDescriptors.declaration(descriptor));
  }

  @Test
  void twinTheDescriptorStillRefusesABlankId() {
    UseDeclaration blank = UseDeclaration.builder("com.x.Y").tool("t").build();
    assertThrows(IllegalArgumentException.class,
        () -> UseDescriptors.descriptor(blank, "SOCIALIZE"));
  }

  private static UseDeclaration sample() {
    return UseDeclaration.builder("com.studio.dub.Dubbing#voiceClient")
        .id("voice-clone").tool("voicebox").model("2.1").purpose("Re-voices lines.")
        .output(Output.FINAL_DELIVERABLE)
        .inputs(DataInput.TALENT_LIKENESS, DataInput.PUBLIC_DOMAIN)
        .creates(Creates.SYNTHETIC_VOICE).unionCoveredWork(true).consent("CON-7")
        .build();
  }

  private static UseAttribute.Kind kindOf(Class<?> type) {
    if (type == String.class) {
      return UseAttribute.Kind.STRING;
    }
    if (type == boolean.class) {
      return UseAttribute.Kind.BOOLEAN;
    }
    return type.isArray() ? UseAttribute.Kind.ENUM_LIST : UseAttribute.Kind.ENUM;
  }
}
