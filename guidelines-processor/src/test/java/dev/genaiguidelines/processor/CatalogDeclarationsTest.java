package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which declarations the catalog lists: never one that GAI001 finds invalid, and since no policy
 * can lower GAI001, such a declaration always fails the compilation.
 */
class CatalogDeclarationsTest {

  @TempDir Path dir;

  private Compilation compile(JavaFileObject... sources) {
    return Policies.compile(Policies.write(dir, Policies.STUDIO), sources);
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
  void anInvalidDeclarationFailsTheBuildAndItsErrorIsTheOnlyWordOnIt() {
    Compilation compilation = compile(twoUses(Sources.use("bad-use").string("purpose", " ")));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[GAI001] use 'bad-use': purpose is blank");
    assertThat(notes(compilation)).containsExactly(
        "[genai] 2 GenAI uses: 2 socialize, 0 approved, 0 needs approval, 0 prohibited");
  }

  @Test
  void twinAValidDeclarationIsListedWithoutANote() {
    Compilation compilation = compile(twoUses(Sources.use("bad-use")));

    assertThat(compilation).succeeded();
    String provider = CatalogSourcesTest.provider(compilation, "com.studio");
    assertThat(provider).contains("\"good-use\"");
    assertThat(provider).contains("\"bad-use\"");
    assertThat(notes(compilation)).containsExactly(
        "[genai] 2 GenAI uses: 2 socialize, 0 approved, 0 needs approval, 0 prohibited");
  }

  @Test
  void aPolicyThatLowersGai001StopsTheCompilationBeforeAnyUseIsJudged() {
    Compilation compilation = Policies.compile(
        Policies.write(dir, Policies.STUDIO + "severity:\n  GAI001: OFF\n"),
        twoUses(Sources.use("").string("id", "")));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("GAI001 (invalid-declaration) guards the integrity"
        + " of the judgement and is always ERROR; no policy can set it to OFF.");
  }
}
