package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the compiler will not let the catalog be written: a warning that says why, no crash. */
class CatalogFilerTest {

  @TempDir Path dir;

  /** Writes the services file in the first round, before the guidelines processor's last. */
  static final class FirstWriter extends AbstractProcessor {
    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        try (Writer out = processingEnv.getFiler()
            .createResource(StandardLocation.CLASS_OUTPUT, "", ServicesFile.PATH)
            .openWriter()) {
          out.write("com.other.Provider\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  private Compilation compile(AbstractProcessor first, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(first, new GenAiUseProcessor())
        .withOptions("-Agenai.policy=" + Policies.write(dir, Policies.STUDIO),
            "-Agenai.asOf=" + Policies.AS_OF)
        .compile(sources);
  }

  @Test
  void aServicesFileAnotherProcessorWroteFirstIsAWarning() {
    Compilation compilation = compile(new FirstWriter(),
        Sources.use("storyboards").onClass("com.studio.A"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[genai] cannot write " + ServicesFile.PATH
        + ": ");
    assertThat(compilation).hadWarningContaining(". Another annotation processor, or a second"
        + " copy of guidelines-processor on the processor path, wrote it first; remove the"
        + " duplicate so that GenAiCatalog.load() finds this module's uses.");
    assertThat(CatalogSourcesTest.servicesFile(compilation)).isEqualTo("com.other.Provider\n");
  }

  @Test
  void aProjectTypeWithTheProvidersNameIsAWarningOnTheOwner() {
    JavaFileObject owner = Sources.use("storyboards").onClass("com.studio.A");
    // The name of the provider of com.studio, whose one use is 'storyboards'.
    JavaFileObject clash = Sources.source("com.studio.GenAiUses_14465c41",
        java.util.List.of("public class GenAiUses_14465c41 {}"));

    Compilation compilation = Compiler.javac()
        .withProcessors(new GenAiUseProcessor())
        .withOptions("-Agenai.policy=" + Policies.write(dir, Policies.STUDIO),
            "-Agenai.asOf=" + Policies.AS_OF)
        .compile(owner, clash);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[genai] cannot generate"
        + " com.studio.GenAiUses_14465c41, which lists the GenAI uses in package com.studio for"
        + " GenAiCatalog: ")
        .inFile(owner)
        .onLineContaining("public class A");
    assertThat(compilation).hadWarningContaining(". Fix: rename the type"
        + " com.studio.GenAiUses_14465c41 if the project declares one, or rebuild the module from"
        + " clean.");
    assertThat(CatalogSourcesTest.servicesFile(compilation)).isNull();
  }

  @Test
  void twinWithoutAClashTheProviderIsWrittenWithoutWarnings() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new GenAiUseProcessor())
        .withOptions("-Agenai.policy=" + Policies.write(dir, Policies.STUDIO),
            "-Agenai.asOf=" + Policies.AS_OF)
        .compile(Sources.use("storyboards").onClass("com.studio.A"),
            Sources.source("com.studio.B", java.util.List.of("public class B {}")));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(0);
    assertThat(CatalogSourcesTest.servicesFile(compilation))
        .isEqualTo("com.studio.GenAiUses_14465c41\n");
  }
}
