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

/** The provider source on its own: method splitting, string literals, and what it refuses. */
class ProviderSourceTest {

  private static GenAiUseDescriptor use(String id, String element) {
    return new GenAiUseDescriptor(id, element, "runway-gen4", "Sketches " + id + ".",
        Output.TEMPORARY, List.of(DataInput.NONE), List.of(Creates.PREVIS), Context.FICTION,
        false, "", "", "", GenAiUseDescriptor.SOCIALIZE);
  }

  @Test
  void usesBeyondTheMethodLimitGoIntoHelperMethodsInOrder() {
    CatalogOwner owner = new CatalogOwner("com.studio", "Chunked");
    List<GenAiUseDescriptor> uses = List.of(
        use("c-use", "com.studio.Chunked"),
        use("a-use", "com.studio.Chunked#b()"),
        use("b-use", "com.studio.Chunked"),
        use("a-use", "com.studio.Chunked#a()"));

    String source = ProviderSource.of(owner, uses, false, null, 2).toString();

    assertThat(source).isEqualTo(CatalogSources.golden("Chunked_GenAiUses.java"));
  }

  @Test
  void twinUsesWithinTheLimitAreOneList() {
    CatalogOwner owner = new CatalogOwner("com.studio", "Chunked");
    List<GenAiUseDescriptor> uses = List.of(use("a-use", "com.studio.Chunked"),
        use("b-use", "com.studio.Chunked"));

    String source = ProviderSource.of(owner, uses, false, null, 2).toString();

    assertThat(source).contains("""
          @Override
          public List<GenAiUseDescriptor> uses() {
            return List.of(
                new GenAiUseDescriptor(
        """);
    assertThat(source).doesNotContain("uses0");
  }

  @Test
  void withoutTheGeneratedAnnotationNothingImportsIt() {
    String source = ProviderSource.of(new CatalogOwner("com.studio", "A"),
        List.of(use("a-use", "com.studio.A")), false, null).toString();

    assertThat(source).doesNotContain("@Generated");
    assertThat(source).doesNotContain("javax.annotation.processing");
  }

  @Test
  void twinWithTheGeneratedAnnotationItNamesTheProcessorAndNoDate() {
    String source = ProviderSource.of(new CatalogOwner("com.studio", "A"),
        List.of(use("a-use", "com.studio.A")), true, null).toString();

    assertThat(source).contains("import javax.annotation.processing.Generated;\n");
    assertThat(source).contains(
        "\n@Generated(\"dev.genaiguidelines.processor.GenAiUseProcessor\")\npublic final class");
  }

  @Test
  void aProviderInTheUnnamedPackageHasNoPackageDeclaration() {
    String source = ProviderSource.of(new CatalogOwner("", "Tool"),
        List.of(use("a-use", "Tool")), false, null).toString();

    assertThat(source).startsWith("import dev.genaiguidelines.annotations.Context;\n");
    assertThat(source).contains("public final class Tool_GenAiUses implements");
  }

  @Test
  void aProviderWithoutUsesIsABug() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> ProviderSource.of(new CatalogOwner("com.studio", "A"), List.of(), true, null));

    assertThat(thrown).hasMessageThat().isEqualTo("no uses for com.studio.A");
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
