package dev.genaiguidelines.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GAI002: ids are unique across every file and every round of the compilation. */
class DuplicateIdsTest {

  @TempDir Path dir;

  private Compilation compile(JavaFileObject... sources) {
    return Policies.compile(Policies.write(dir, Policies.STUDIO), sources);
  }

  @Test
  void theSameIdInTwoFilesIsAnErrorOnEachId() {
    JavaFileObject crowd = Sources.use("crowd-extension").onClass("com.studio.vfx.Crowd");
    JavaFileObject matte = Sources.use("crowd-extension").onClass("com.studio.paint.Matte");

    Compilation compilation = compile(crowd, matte);

    assertThat(compilation)
        .hadErrorContaining("[GAI002] use 'crowd-extension': the id is also declared on "
            + "com.studio.paint.Matte")
        .inFile(crowd)
        .onLineContaining("id = \"crowd-extension\"");
    assertThat(compilation)
        .hadErrorContaining("[GAI002] use 'crowd-extension': the id is also declared on "
            + "com.studio.vfx.Crowd")
        .inFile(matte)
        .onLineContaining("id = \"crowd-extension\"");
    assertThat(compilation).hadErrorContaining("Fix: give each use its own id, e.g. "
        + "'crowd-extension-2'");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void twinDistinctIdsInTwoFilesCompile() {
    assertThat(compile(Sources.use("crowd-extension").onClass("com.studio.vfx.Crowd"),
            Sources.use("matte-extension").onClass("com.studio.paint.Matte")))
        .succeededWithoutWarnings();
  }

  @Test
  void theSameIdTwiceOnOneElementNamesEveryOtherDeclaration() {
    JavaFileObject source = Sources.source("com.studio.Twice", Sources.lines(
        Sources.use("storyboards").set("id", "\"storyboards\" /* first */").annotationLines(),
        Sources.use("storyboards").set("id", "\"storyboards\" /* second */").annotationLines(),
        "public class Twice {}"));
    JavaFileObject other = Sources.use("storyboards").onClass("com.studio.Other");

    Compilation compilation = compile(source, other);

    String onTwice = "[GAI002] use 'storyboards': the id is also declared on com.studio.Other, "
        + "com.studio.Twice";
    assertThat(compilation).hadErrorContaining(onTwice).inFile(source)
        .onLineContaining("/* first */");
    assertThat(compilation).hadErrorContaining(onTwice).inFile(source)
        .onLineContaining("/* second */");
    assertThat(compilation)
        .hadErrorContaining("[GAI002] use 'storyboards': the id is also declared on "
            + "com.studio.Twice, com.studio.Twice")
        .inFile(other)
        .onLineContaining("id = \"storyboards\"");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void duplicatesOnAMethodAConstructorAndAPackageAreEachFoundAgainInTheLastRound() {
    JavaFileObject method = Sources.source("com.studio.a.Render", Sources.lines(
        "public class Render {",
        Sources.indent(Sources.use("shared-id").annotationLines()),
        "  void frame(String[] names) {}",
        "}"));
    JavaFileObject constructor = Sources.source("com.studio.b.Cache", Sources.lines(
        "public class Cache {",
        Sources.indent(Sources.use("shared-id").annotationLines()),
        "  Cache(int size) {}",
        "}"));
    JavaFileObject packageInfo = JavaFileObjects.forSourceLines("com.studio.c.package-info",
        Sources.lines(Sources.use("shared-id").annotationLines(), "package com.studio.c;",
            "import dev.genaiguidelines.annotations.*;"));

    Compilation compilation = compile(method, constructor, packageInfo);

    assertThat(compilation)
        .hadErrorContaining("[GAI002] use 'shared-id': the id is also declared on "
            + "com.studio.b.Cache#<init>(int), com.studio.c")
        .inFile(method)
        .onLineContaining("id = \"shared-id\"");
    assertThat(compilation)
        .hadErrorContaining("[GAI002] use 'shared-id': the id is also declared on "
            + "com.studio.a.Render#frame(java.lang.String[]), com.studio.c")
        .inFile(constructor)
        .onLineContaining("id = \"shared-id\"");
    assertThat(compilation)
        .hadErrorContaining("[GAI002] use 'shared-id': the id is also declared on "
            + "com.studio.a.Render#frame(java.lang.String[]), com.studio.b.Cache#<init>(int)")
        .inFile(packageInfo)
        .onLineContaining("id = \"shared-id\"");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void aDuplicateIdCannotBeDowngradedSoTwoUsesNeverShareOneApproval() {
    Path policy = Policies.write(dir, Policies.STUDIO + "severity:\n  GAI002: WARNING\n");
    JavaFileObject crowd = Sources.source("com.studio.vfx.Crowd", Sources.lines(
        "@SuppressWarnings(\"GAI002\")",
        Sources.use("crowd-extension").annotationLines(),
        "public class Crowd {}"));
    JavaFileObject matte = Sources.use("crowd-extension").onClass("com.studio.paint.Matte");

    Compilation compilation = Policies.compile(policy, crowd, matte);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("GAI002 (duplicate-id) guards the integrity of the"
        + " judgement and is always ERROR; no policy can set it to WARNING.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aDuplicateInAFileGeneratedInALaterRoundIsFound() {
    JavaFileObject crowd = Sources.use("crowd-extension").onClass("com.studio.vfx.Crowd");

    Compilation compilation = Compiler.javac()
        .withProcessors(new GenAiUseProcessor(), new GeneratesAUse())
        .withOptions("-Agenai.policy=" + Policies.write(dir, Policies.STUDIO),
            "-Agenai.asOf=" + Policies.AS_OF)
        .compile(crowd);

    assertThat(compilation)
        .hadErrorContaining("[GAI002] use 'crowd-extension': the id is also declared on "
            + "com.studio.gen.Generated")
        .inFile(crowd)
        .onLineContaining("id = \"crowd-extension\"");
    assertThat(compilation)
        .hadErrorContaining("[GAI002] use 'crowd-extension': the id is also declared on "
            + "com.studio.vfx.Crowd");
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadNoteContaining("[genai] 2 GenAI uses: 2 socialize");
  }

  /** Writes a second use of 'crowd-extension' in the first round, to be read in the second. */
  private static final class GeneratesAUse extends AbstractProcessor {
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
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
      if (written || roundEnv.processingOver()) {
        return false;
      }
      written = true;
      try (Writer writer = processingEnv.getFiler()
          .createSourceFile("com.studio.gen.Generated").openWriter()) {
        writer.write(String.join("\n", Sources.lines(Sources.header("com.studio.gen"),
            Sources.use("crowd-extension").annotationLines(), "public class Generated {}")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }
}
