package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import dev.genaiguidelines.policy.UseDeclaration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of element a use can sit on: how it is read, how it is named, and that diagnostics
 * point at the attribute's line whichever way the annotation is written.
 */
class DeclaredElementsTest {

  @TempDir Path dir;

  private final List<UseDeclaration> seen = new ArrayList<>();

  private Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new GenAiUseProcessor(seen::add))
        .withOptions("-Agenai.policy=" + Policies.write(dir, Policies.STUDIO),
            "-Agenai.asOf=" + Policies.AS_OF)
        .compile(sources);
  }

  private List<String> elementsSeen() {
    return seen.stream().map(UseDeclaration::element).toList();
  }

  @Test
  void readsEveryAttributeOfAUseOnAType() {
    JavaFileObject source = Sources.use("hero-creature")
        .string("tool", "runway-gen4")
        .set("output", "Output.FINAL_DELIVERABLE")
        .set("inputs", "{DataInput.PRODUCTION_MATERIAL, DataInput.PUBLIC_DOMAIN}")
        .set("creates", "{Creates.KEY_VISUAL, Creates.PREVIS}")
        .set("context", "Context.DOCUMENTARY")
        .set("unionCoveredWork", "true")
        .string("model", "gen-4")
        .string("approval", "APR-2025-0042")
        .string("consent", "CON-2025-007")
        .onClass("com.studio.vfx.HeroCreature");

    compile(source);

    assertThat(seen).containsExactly(UseDeclaration.builder("com.studio.vfx.HeroCreature")
        .id("hero-creature")
        .tool("runway-gen4")
        .purpose("Turns beat-sheet lines into rough storyboard frames.")
        .output(Output.FINAL_DELIVERABLE)
        .inputs(DataInput.PRODUCTION_MATERIAL, DataInput.PUBLIC_DOMAIN)
        .creates(Creates.KEY_VISUAL, Creates.PREVIS)
        .context(dev.genaiguidelines.annotations.Context.DOCUMENTARY)
        .unionCoveredWork(true)
        .model("gen-4")
        .approval("APR-2025-0042")
        .consent("CON-2025-007")
        .build());
  }

  @Test
  void namesMembersWithBinaryNamesAndErasedParameterTypes() {
    List<String> use = Sources.use("member-use").annotationLines();
    JavaFileObject source = Sources.source("com.studio.Pipeline", Sources.lines(
        List.of("public class Pipeline<T extends CharSequence> {"),
        Sources.indent(use), List.of("  String frames;"),
        Sources.indent(Sources.use("ctor-use").annotationLines()),
        List.of("  Pipeline(int width, java.util.List<String> names) {}"),
        Sources.indent(Sources.use("method-use").annotationLines()),
        List.of("  <K extends Number> void render(T text, K[] keys, String... more) {}"),
        List.of("  static class Stage {"),
        Sources.indent(Sources.indent(Sources.use("nested-use").annotationLines())),
        List.of("    class Shot {}", "  }", "}")));

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(elementsSeen()).containsExactly(
        "com.studio.Pipeline#frames",
        "com.studio.Pipeline#<init>(int,java.util.List)",
        "com.studio.Pipeline#render(java.lang.CharSequence,java.lang.Number[],java.lang.String[])",
        "com.studio.Pipeline$Stage$Shot");
  }

  @Test
  void pointsAtTheAttributeOnAFieldMethodAndConstructor() {
    JavaFileObject source = Sources.source("com.studio.Members", Sources.lines(
        List.of("public class Members {"),
        Sources.indent(Sources.use("field-use").string("tool", "field-tool").annotationLines()),
        List.of("  String frames;"),
        Sources.indent(Sources.use("ctor-use").string("tool", "ctor-tool").annotationLines()),
        List.of("  Members() {}"),
        Sources.indent(Sources.use("method-use").string("tool", "method-tool").annotationLines()),
        List.of("  void render() {}", "}")));

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(3);
    for (String tool : List.of("field-tool", "ctor-tool", "method-tool")) {
      assertThat(compilation)
          .hadErrorContaining("[GAI101] use '" + tool.replace("tool", "use") + "': tool '" + tool)
          .inFile(source)
          .onLineContaining("tool = \"" + tool + "\"");
    }
  }

  @Test
  void readsAPackageDeclaration() {
    JavaFileObject packageInfo = JavaFileObjects.forSourceLines("com.studio.previs.package-info",
        Sources.lines(Sources.use("previs-package").set("output", "Output.FINAL_DELIVERABLE")
            .annotationLines(),
            "package com.studio.previs;", "", "import dev.genaiguidelines.annotations.*;"));

    Compilation compilation = compile(packageInfo);

    assertThat(elementsSeen()).containsExactly("com.studio.previs");
    assertThat(compilation)
        .hadErrorContaining("[GAI104] use 'previs-package': output is FINAL_DELIVERABLE")
        .inFile(packageInfo)
        .onLineContaining("output = Output.FINAL_DELIVERABLE");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void readsBothUsesOfAnExplicitList() {
    JavaFileObject source = Sources.source("com.studio.Dub", Sources.lines(
        List.of("@GenAiUse.List({"),
        Sources.use("dub-script").annotationLines().stream()
            .map(line -> line.endsWith(")") ? line + "," : line).toList(),
        Sources.use("dub-voice").string("tool", "unknown-voice").annotationLines(),
        List.of("})", "public class Dub {}")));

    Compilation compilation = compile(source);

    assertThat(seen.stream().map(UseDeclaration::id).toList())
        .containsExactly("dub-script", "dub-voice").inOrder();
    assertThat(compilation)
        .hadErrorContaining("[GAI101] use 'dub-voice'")
        .inFile(source)
        .onLineContaining("tool = \"unknown-voice\"");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadNoteContaining(
        "[genai] 2 GenAI uses: 1 socialize, 0 approved, 1 needs approval, 0 prohibited");
  }

  @Test
  void pointsAtTheAttributeOfARepeatedAnnotation() {
    // javac wraps repeated annotations in a container it makes up; Messager cannot locate
    // those, so this is the case the tree-based anchoring exists for.
    JavaFileObject source = Sources.source("com.studio.Repeated", Sources.lines(
        Sources.use("first-use").set("output", "Output.FINAL_DELIVERABLE").annotationLines(),
        Sources.use("second-use").string("tool", "second-tool").annotationLines(),
        List.of("public class Repeated {}")));

    Compilation compilation = compile(source);

    assertThat(seen.stream().map(UseDeclaration::id).toList())
        .containsExactly("first-use", "second-use").inOrder();
    assertThat(compilation)
        .hadErrorContaining("[GAI104] use 'first-use'")
        .inFile(source)
        .onLineContaining("output = Output.FINAL_DELIVERABLE");
    assertThat(compilation)
        .hadErrorContaining("[GAI101] use 'second-use'")
        .inFile(source)
        .onLineContaining("tool = \"second-tool\"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aUseOnARecordComponentIsReadOnceFromItsField() {
    // javac copies the annotation to the field and to the implicit accessor.
    JavaFileObject source = Sources.source("com.studio.Plate", Sources.lines(
        "public record Plate(",
        Sources.indent(Sources.use("plate-cleanup").annotationLines()),
        "    String path) {}"));

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(elementsSeen()).containsExactly("com.studio.Plate#path");
  }

  @Test
  void twinAUseOnAnExplicitAccessorIsReadBesideTheComponents() {
    JavaFileObject source = Sources.source("com.studio.Plate", Sources.lines(
        "public record Plate(",
        Sources.indent(Sources.use("plate-cleanup").annotationLines()),
        "    String path) {",
        Sources.indent(Sources.use("plate-path").annotationLines()),
        "  public String path() { return path; }",
        "}"));

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(elementsSeen()).containsExactly("com.studio.Plate#path", "com.studio.Plate#path()");
  }
}
