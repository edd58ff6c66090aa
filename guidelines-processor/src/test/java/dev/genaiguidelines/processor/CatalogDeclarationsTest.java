package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which declarations the catalog lists: never one that GAI001 finds invalid. */
class CatalogDeclarationsTest {

  @TempDir Path dir;

  private Compilation compileWithGai001(String severity, JavaFileObject... sources) {
    return Policies.compile(
        Policies.write(dir, Policies.STUDIO + "severity:\n  GAI001: " + severity + "\n"),
        sources);
  }

  private static JavaFileObject twoUses(Sources second) {
    return Sources.source("com.studio.A", Sources.lines(
        Sources.use("good-use").annotationLines(),
        second.annotationLines(),
        "public class A {}"));
  }

  private static List<String> notes(Compilation compilation) {
    return compilation.notes().stream().map(note -> note.getMessage(Locale.ROOT)).toList();
  }

  @Test
  void anInvalidDeclarationIsLeftOutWithANoteWhenGai001DoesNotFailTheBuild() {
    JavaFileObject source = twoUses(Sources.use("bad-use").string("purpose", " "));

    Compilation compilation = compileWithGai001("WARNING", source);

    assertThat(compilation).succeeded();
    String provider = CatalogSourcesTest.provider(compilation, "com.studio");
    assertThat(provider).contains("\"good-use\"");
    assertThat(provider).doesNotContain("bad-use");
    assertThat(compilation).hadNoteContaining("[genai] use 'bad-use' on com.studio.A is left out"
        + " of the run-time catalog (GenAiCatalog): its declaration is invalid (GAI001). Fix the"
        + " declaration to list it.")
        .inFile(source)
        .onLineContaining("public class A");
  }

  @Test
  void theNoteQuotesALeftOutIdWithALineBreakOnOneLine() {
    // The Java source says id = "bad\nid": a real line break in the declared id.
    JavaFileObject source = twoUses(Sources.use("x").set("id", "\"bad\\nid\""));

    Compilation compilation = compileWithGai001("WARNING", source);

    assertThat(compilation).succeeded();
    assertThat(notes(compilation)).contains("[genai] use 'bad\\u000Aid' on com.studio.A is left"
        + " out of the run-time catalog (GenAiCatalog): its declaration is invalid (GAI001). Fix"
        + " the declaration to list it.");
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      assertThat(diagnostic.getMessage(Locale.ROOT)).doesNotContainMatch("[\\r\\n]");
    }
  }

  @Test
  void twinAValidDeclarationIsListedWithoutANote() {
    Compilation compilation = compileWithGai001("WARNING",
        twoUses(Sources.use("bad-use")));

    assertThat(compilation).succeeded();
    String provider = CatalogSourcesTest.provider(compilation, "com.studio");
    assertThat(provider).contains("\"good-use\"");
    assertThat(provider).contains("\"bad-use\"");
    assertThat(notes(compilation)).containsExactly(
        "[genai] 2 GenAI uses: 2 socialize, 0 approved, 0 needs approval, 0 prohibited");
  }

  @Test
  void whenGai001FailsTheBuildItsErrorIsTheOnlyWordOnIt() {
    Compilation compilation = compileWithGai001("ERROR",
        twoUses(Sources.use("bad-use").string("purpose", " ")));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[GAI001]");
    assertThat(notes(compilation)).containsExactly(
        "[genai] 2 GenAI uses: 2 socialize, 0 approved, 0 needs approval, 0 prohibited");
  }

  @Test
  void aModuleWhoseOnlyUseIsInvalidGetsNoProviderAndNoServicesFile() {
    Compilation compilation = compileWithGai001("WARNING",
        Sources.use("bad-use").remove("creates").set("creates", "{}").onClass("com.studio.A"));

    assertThat(compilation).succeeded();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    assertThat(CatalogSourcesTest.servicesFile(compilation)).isNull();
  }

  @Test
  void withGai001OffABlankIdStillCannotBeListed() {
    JavaFileObject source = twoUses(Sources.use("").string("id", ""));

    Compilation compilation = compileWithGai001("OFF", source);

    assertThat(compilation).succeeded();
    String provider = CatalogSourcesTest.provider(compilation, "com.studio");
    assertThat(provider.split("new GenAiUseDescriptor\\(", -1)).hasLength(2);
    assertThat(compilation).hadNoteContaining("[genai] use '' on com.studio.A is left out of the"
        + " run-time catalog (GenAiCatalog): id must not be blank. Fix the declaration to list"
        + " it.")
        .inFile(source)
        .onLineContaining("public class A");
  }

  @Test
  void twinWithGai001OffOtherFaultsAreTheStudiosChoiceAndListed() {
    Compilation compilation = compileWithGai001("OFF",
        twoUses(Sources.use("Bad Use").string("tool", "")));

    assertThat(compilation).succeeded();
    String provider = CatalogSourcesTest.provider(compilation, "com.studio");
    assertThat(provider).contains("            \"Bad Use\",\n            \"com.studio.A\",\n"
        + "            \"\",\n");
    assertThat(compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(message -> message.contains("left out"))
        .toList()).isEmpty();
  }
}
