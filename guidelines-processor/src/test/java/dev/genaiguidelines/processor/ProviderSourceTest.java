package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUseDescriptor;
import dev.genaiguidelines.annotations.Output;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The provider source on its own: method and class splitting, string literals, and what it
 * refuses.
 */
class ProviderSourceTest {

  private static GenAiUseDescriptor use(String id, String element) {
    return new GenAiUseDescriptor(id, element, "runway-gen4", "Sketches " + id + ".",
        Output.TEMPORARY, List.of(DataInput.NONE), List.of(Creates.PREVIS), Context.FICTION,
        false, "", "", "", GenAiUseDescriptor.SOCIALIZE);
  }

  @Test
  void usesBeyondTheMethodLimitGoIntoHelperMethodsInOrder() {
    List<GenAiUseDescriptor> uses = List.of(
        use("c-use", "com.studio.Chunked"),
        use("a-use", "com.studio.Chunked#b()"),
        use("b-use", "com.studio.Chunked"),
        use("a-use", "com.studio.Chunked#a()"));

    String source = ProviderSource.of("com.studio", uses, false, List.of(),
        new ProviderSource.Split(2, 4)).toString();

    CatalogSources.assertMatchesGolden(source, "helper-methods.java");
  }

  @Test
  void twinUsesWithinTheLimitAreOneList() {
    List<GenAiUseDescriptor> uses = List.of(use("a-use", "com.studio.Chunked"),
        use("b-use", "com.studio.Chunked"));

    String source = ProviderSource.of("com.studio", uses, false, List.of(),
        new ProviderSource.Split(2, 4)).toString();

    assertThat(source).contains("""
          @Override
          public List<GenAiUseDescriptor> uses() {
            return List.of(
                use(
                    "a-use",
        """);
    assertThat(source).doesNotContain("uses0");
    assertThat(source).doesNotContain("class Part");
  }

  @Test
  void usesBeyondTheClassLimitGoIntoNestedClassesInOrderEachSplitIntoMethods() {
    List<GenAiUseDescriptor> uses = List.of(
        use("e-use", "com.studio.Big"),
        use("c-use", "com.studio.Big"),
        use("a-use", "com.studio.Big"),
        use("d-use", "com.studio.Big"),
        use("b-use", "com.studio.Big"));

    String source = ProviderSource.of("com.studio", uses, false, List.of(),
        new ProviderSource.Split(2, 4)).toString();

    CatalogSources.assertMatchesGolden(source, "nested-classes.java");
  }

  @Test
  void twinUsesAtTheClassLimitStayInOneClass() {
    List<GenAiUseDescriptor> uses = List.of(use("a-use", "com.studio.Big"),
        use("b-use", "com.studio.Big"), use("c-use", "com.studio.Big"),
        use("d-use", "com.studio.Big"));

    String source = ProviderSource.of("com.studio", uses, false, List.of(),
        new ProviderSource.Split(2, 4)).toString();

    assertThat(source).doesNotContain("class Part");
    assertThat(source).contains("private static List<GenAiUseDescriptor> uses1() {");
    assertThat(source).doesNotContain("uses2");
  }

  @Test
  void aSplitThatCannotHoldAUseIsABug() {
    assertThrows(IllegalArgumentException.class, () -> new ProviderSource.Split(0, 10));
    assertThrows(IllegalArgumentException.class, () -> new ProviderSource.Split(10, 9));
  }

  @Test
  void withoutTheGeneratedAnnotationNothingImportsIt() {
    String source = ProviderSource.of("com.studio", List.of(use("a-use", "com.studio.A")),
        false, List.of()).toString();

    assertThat(source).doesNotContain("@Generated");
    assertThat(source).doesNotContain("javax.annotation.processing");
  }

  @Test
  void twinWithTheGeneratedAnnotationItNamesTheProcessorAndNoDate() {
    String source = ProviderSource.of("com.studio", List.of(use("a-use", "com.studio.A")),
        true, List.of()).toString();

    assertThat(source).contains("import javax.annotation.processing.Generated;\n");
    assertThat(source).contains(
        "\n@Generated(\"dev.genaiguidelines.processor.GenAiUseProcessor\")\npublic final class");
  }

  @Test
  void aProviderInTheUnnamedPackageHasNoPackageDeclaration() {
    String source = ProviderSource.of("", List.of(use("a-use", "Tool")), false, List.of())
        .toString();

    assertThat(source).startsWith("import dev.genaiguidelines.annotations.Context;\n");
    assertThat(source).contains("The {@code @GenAiUse} declarations in the unnamed package,\n");
    assertThat(source).contains("public final class " + ProviderName.of("", List.of("a-use"))
        + " implements");
  }

  @Test
  void aProviderWithoutUsesIsABug() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> ProviderSource.of("com.studio", List.of(), true, List.of()));

    assertThat(thrown).hasMessageThat().isEqualTo("no uses for package com.studio");
  }

  @Test
  void literalsArePrintableAsciiWhateverTheText() {
    assertThat(ProviderSource.literal("plain text 123")).isEqualTo("\"plain text 123\"");
    assertThat(ProviderSource.literal("say \"hi\" \\ there"))
        .isEqualTo("\"say \\\"hi\\\" \\\\ there\"");
    assertThat(ProviderSource.literal("a\nb\rc\td\be\ff")).isEqualTo("\"a\\nb\\rc\\td\\be\\ff\"");
    assertThat(ProviderSource.literal("caf\u00e9 \u2014 \uD83C\uDFAC \u0000 \u007f"))
        .isEqualTo("\"caf\\u00e9 \\u2014 \\ud83c\\udfac \\u0000 \\u007f\"");
    // A backslash before 'u' must not become a Unicode escape when javac reads it back.
    assertThat(ProviderSource.literal("C:\\users")).isEqualTo("\"C:\\\\users\"");
  }
}
