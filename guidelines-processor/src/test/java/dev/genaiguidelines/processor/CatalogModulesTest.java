package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module with a module-info: the generated provider must compile in it. */
class CatalogModulesTest {

  @TempDir Path dir;

  private Path src;
  private Path modulePath;

  @BeforeEach
  void module() {
    src = dir.resolve("src");
    modulePath = JavacRun.annotationsJar(dir.resolve("lib"));
    JavacRun.write(src, "com/studio/vfx/CrowdExtender.java", CatalogSources.CROWD_EXTENDER);
  }

  private JavacRun.Result compile(String moduleInfo, String... options) {
    JavacRun.write(src, "module-info.java", moduleInfo);
    List<String> all = new java.util.ArrayList<>(List.of(
        "-d", dir.resolve("classes").toString(),
        "-s", dir.resolve("generated").toString(),
        "--module-path", modulePath.toString(),
        "-Agenai.policy=" + Policies.write(dir, Policies.STUDIO),
        "-Agenai.asOf=" + Policies.AS_OF));
    all.addAll(List.of(options));
    return JavacRun.compile(all,
        List.of(src.resolve("module-info.java"), src.resolve("com/studio/vfx/CrowdExtender.java")));
  }

  private String provider() throws IOException {
    return Files.readString(
        dir.resolve("generated/com/studio/vfx/GenAiUses_c0ac75f6.java"), UTF_8);
  }

  @Test
  void aModuleThatDoesNotReadJavaCompilerGetsNoGeneratedAnnotation() throws IOException {
    JavacRun.Result result = compile("""
        module studio.vfx {
          requires dev.genaiguidelines.annotations;
        }
        """, "--add-modules", "java.compiler");

    assertThat(result.diagnostics()).contains(
        "NOTE: [genai] 5 GenAI uses: 4 socialize, 1 approved, 0 needs approval, 0 prohibited");
    assertThat(result.succeeded()).isTrue();
    assertThat(provider()).doesNotContain("Generated(");
  }

  @Test
  void twinAModuleThatReadsJavaCompilerGetsIt() throws IOException {
    JavacRun.Result result = compile("""
        module studio.vfx {
          requires dev.genaiguidelines.annotations;
          requires static java.compiler;
        }
        """);

    assertThat(result.succeeded()).isTrue();
    assertThat(provider()).contains(
        "@Generated(\"dev.genaiguidelines.processor.GenAiUseProcessor\")\npublic final class");
  }

  @Test
  void aModuleWithoutProvidesIsToldTheDirectiveItNeeds() {
    JavacRun.Result result = compile("""
        module studio.vfx {
          requires dev.genaiguidelines.annotations;
        }
        """);

    assertThat(result.succeeded()).isTrue();
    assertThat(result.diagnostics()).contains("NOTE: [genai] module studio.vfx is a named module:"
        + " on the module path, GenAiCatalog.load() finds its uses only through module-info.java."
        + " Add: provides dev.genaiguidelines.annotations.GenAiCatalog.Provider with"
        + " com.studio.vfx.GenAiUses_c0ac75f6;");
  }

  @Test
  void twinAModuleThatProvidesItsProvidersIsNotTold() {
    JavacRun.Result result = compile("""
        module studio.vfx {
          requires dev.genaiguidelines.annotations;
          provides dev.genaiguidelines.annotations.GenAiCatalog.Provider
              with com.studio.vfx.GenAiUses_c0ac75f6;
        }
        """);

    assertThat(result.diagnostics()).containsExactly(
        "NOTE: [genai] 5 GenAI uses: 4 socialize, 1 approved, 0 needs approval, 0 prohibited");
    assertThat(result.succeeded()).isTrue();
  }
}
