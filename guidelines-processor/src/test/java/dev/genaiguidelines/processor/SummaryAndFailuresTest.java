package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The closing note, and what happens when something cannot be judged at all. */
class SummaryAndFailuresTest {

  @TempDir Path dir;

  private Compilation compile(JavaFileObject... sources) {
    return Policies.compile(Policies.write(dir, Policies.STUDIO), sources);
  }

  @Test
  void theLastDiagnosticCountsTheUsesByVerdict() {
    Compilation compilation = compile(
        Sources.use("storyboards").onClass("com.studio.A"),
        Sources.use("matte-paint").onClass("com.studio.B"),
        Sources.use("hero-creature").set("output", "Output.FINAL_DELIVERABLE")
            .string("approval", "APR-2025-0042").onClass("com.studio.C"),
        Sources.use("crowd-extension").set("output", "Output.FINAL_DELIVERABLE")
            .onClass("com.studio.D"),
        Sources.use("temp-voice").set("creates", "Creates.SYNTHETIC_VOICE")
            .onClass("com.studio.E"));

    List<Diagnostic<? extends JavaFileObject>> diagnostics = compilation.diagnostics();
    Diagnostic<? extends JavaFileObject> last = diagnostics.get(diagnostics.size() - 1);
    assertThat(last.getKind()).isEqualTo(Diagnostic.Kind.NOTE);
    assertThat(last.getMessage(Locale.ROOT)).isEqualTo(
        "[genai] 5 GenAI uses: 2 socialize, 1 approved, 1 needs approval, 1 prohibited");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void oneUseIsCountedInTheSingular() {
    Compilation compilation = compile(Sources.use("storyboards").onClass("com.studio.A"));
    assertThat(compilation).hadNoteContaining(
        "[genai] 1 GenAI use: 1 socialize, 0 approved, 0 needs approval, 0 prohibited");
  }

  @Test
  void twinACompilationWithoutUsesSaysNothing() {
    // Without options: javac itself warns about -A options when no processor ran, and this
    // processor only runs when a @GenAiUse is present.
    Compilation compilation = Compiler.javac()
        .withProcessors(new GenAiUseProcessor())
        .compile(JavaFileObjects.forSourceLines("com.studio.A", "package com.studio;",
            "class A {}"));
    assertThat(compilation).succeeded();
    assertThat(compilation.diagnostics()).isEmpty();
  }

  @Test
  void aCrashIsOneErrorNamingTheUseThenANoteWithItsStackTrace() {
    JavaFileObject source = Sources.use("storyboards").onClass("com.studio.A");
    Compilation compilation = Compiler.javac()
        .withProcessors(new GenAiUseProcessor(use -> {
          throw new IllegalStateException("boom", new java.io.IOException("disk"));
        }))
        .withOptions("-Agenai.policy=" + Policies.write(dir, Policies.STUDIO),
            "-Agenai.asOf=" + Policies.AS_OF)
        .compile(source, Sources.use("matte-paint").onClass("com.studio.B"));

    assertThat(compilation).hadErrorContaining("[genai] internal error while checking use "
        + "'storyboards' on com.studio.A: java.lang.IllegalStateException: boom. This is a bug "
        + "in guidelines-processor; please report it with this message and the stack trace in"
        + " the note that follows.")
        .inFile(source)
        .onLineContaining("public class A");
    List<Diagnostic<? extends JavaFileObject>> diagnostics = compilation.diagnostics();
    assertThat(diagnostics).hasSize(2);
    assertThat(diagnostics.get(0).getKind()).isEqualTo(Diagnostic.Kind.ERROR);
    assertThat(diagnostics.get(0).getMessage(Locale.ROOT)).doesNotContain("\n");
    assertThat(diagnostics.get(1).getKind()).isEqualTo(Diagnostic.Kind.NOTE);
    // javac indents the lines after the first.
    List<String> note = diagnostics.get(1).getMessage(Locale.ROOT).lines().map(String::strip)
        .toList();
    assertThat(note.subList(0, 2)).containsExactly("[genai] stack trace of the error above:",
        "java.lang.IllegalStateException: boom").inOrder();
    assertThat(note.get(2)).startsWith(
        "at dev.genaiguidelines.processor.SummaryAndFailuresTest.lambda$");
    assertThat(note).contains("Caused by: java.io.IOException: disk");
    assertThat(note.size()).isAtMost(2 + 2 * (CrashTrace.MAX_FRAMES + 2));
  }

  @Test
  void twinWithoutACrashThereIsNoStackTrace() {
    Compilation compilation = compile(Sources.use("storyboards").onClass("com.studio.A"));
    assertThat(compilation).succeeded();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      assertThat(diagnostic.getMessage(Locale.ROOT)).doesNotContain("stack trace");
      assertThat(diagnostic.getMessage(Locale.ROOT)).doesNotContain("\tat ");
    }
  }

  @Test
  void aCrashWhoseMessageHasLineBreaksIsStillOneLineAndForgesNoNoteLine() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new GenAiUseProcessor(use -> {
          throw new IllegalStateException("first\r\n[INFO] forged");
        }))
        .withOptions("-Agenai.policy=" + Policies.write(dir, Policies.STUDIO),
            "-Agenai.asOf=" + Policies.AS_OF)
        .compile(Sources.use("storyboards").onClass("com.studio.A"));

    assertThat(compilation.diagnostics()).hasSize(2);
    assertThat(compilation.diagnostics().get(0).getMessage(Locale.ROOT)).isEqualTo("[genai]"
        + " internal error while checking use 'storyboards' on com.studio.A:"
        + " java.lang.IllegalStateException: first\\u000D\\u000A[INFO] forged. This is a bug in"
        + " guidelines-processor; please report it with this message and the stack trace in the"
        + " note that follows.");
    List<String> note = compilation.diagnostics().get(1).getMessage(Locale.ROOT).lines()
        .map(String::strip).toList();
    assertThat(note.get(1)).isEqualTo(
        "java.lang.IllegalStateException: first\\u000D\\u000A[INFO] forged");
    for (String line : note) {
      assertThat(line).doesNotMatch("\\[(INFO|WARNING|ERROR)\\].*");
    }
  }

  @Test
  void aConstantFromANewerAnnotationsJarIsAnErrorOnThatValue() {
    // A newer annotations jar, simulated by compiling a DataInput with one more constant.
    JavaFileObject newerDataInput = JavaFileObjects.forSourceLines(
        "dev.genaiguidelines.annotations.DataInput",
        "package dev.genaiguidelines.annotations;",
        "public enum DataInput {",
        "  NONE, PUBLIC_DOMAIN, PRODUCTION_MATERIAL, PERSONAL_DATA, TALENT_LIKENESS,",
        "  THIRD_PARTY_IP, SENSOR_DATA",
        "}");
    JavaFileObject source = Sources.use("lidar-cleanup")
        .set("inputs", "{DataInput.PUBLIC_DOMAIN, DataInput.SENSOR_DATA}")
        .onClass("com.studio.A");

    Compilation compilation = compile(newerDataInput, source);

    assertThat(compilation).hadErrorContaining("[genai] use 'lidar-cleanup': inputs has "
        + "DataInput.SENSOR_DATA, which this guidelines-processor does not know. Fix: use the "
        + "same version of guidelines-annotations and guidelines-processor.")
        .inFile(source)
        .onLineContaining("inputs = {DataInput.PUBLIC_DOMAIN, DataInput.SENSOR_DATA}");
    assertThat(compilation.diagnostics()).hasSize(1);
  }
}
