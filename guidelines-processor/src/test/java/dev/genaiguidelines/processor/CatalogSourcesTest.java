package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated catalog providers and services file, compared byte for byte with golden files in
 * {@code src/test/resources/golden/}.
 */
class CatalogSourcesTest {

  @TempDir Path dir;

  private Compilation compile(JavaFileObject... sources) {
    return Policies.compile(Policies.write(dir, Policies.STUDIO), sources);
  }

  /** The text of a file the compilation wrote; empty when it was never written. */
  static Optional<String> written(Compilation compilation, StandardLocation location,
      String path) {
    Optional<JavaFileObject> file = compilation.generatedFile(location, path);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(file.get().getCharContent(false).toString());
    } catch (IOException neverWritten) {
      // compile-testing keeps an empty entry for a file that was only looked up.
      return Optional.empty();
    }
  }

  /** The services file the compilation wrote, or null. */
  static String servicesFile(Compilation compilation) {
    return written(compilation, StandardLocation.CLASS_OUTPUT, ServicesFile.PATH).orElse(null);
  }

  static String source(Compilation compilation, String qualifiedName) {
    Optional<JavaFileObject> file = compilation.generatedSourceFile(qualifiedName);
    assertThat(file.isPresent()).isTrue();
    try {
      return file.get().getCharContent(false).toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aTypesUsesOnEveryMemberAreOneProviderSortedById() {
    Compilation compilation = compile(CatalogSources.crowdExtender());

    assertThat(compilation).succeeded();
    assertThat(source(compilation, "com.studio.vfx.CrowdExtender_GenAiUses"))
        .isEqualTo(CatalogSources.golden("CrowdExtender_GenAiUses.java"));
    assertThat(servicesFile(compilation)).isEqualTo("com.studio.vfx.CrowdExtender_GenAiUses\n");
  }

  @Test
  void nestedTypesUsesGoIntoTheirTopLevelTypesProvider() {
    Compilation compilation = compile(CatalogSources.storyboard());

    assertThat(compilation).succeeded();
    assertThat(source(compilation, "com.studio.edit.Storyboard_GenAiUses"))
        .isEqualTo(CatalogSources.golden("Storyboard_GenAiUses.java"));
    assertThat(compilation.generatedSourceFiles()).hasSize(1);
    assertThat(servicesFile(compilation)).isEqualTo("com.studio.edit.Storyboard_GenAiUses\n");
  }

  @Test
  void aPackagesUsesGetAProviderOfTheirOwn() {
    Compilation compilation = compile(CatalogSources.dubPackage());

    assertThat(compilation).succeeded();
    assertThat(source(compilation, "com.studio.dub.package_info_d2da5704_GenAiUses"))
        .isEqualTo(CatalogSources.golden("package_info_d2da5704_GenAiUses.java"));
    assertThat(servicesFile(compilation))
        .isEqualTo("com.studio.dub.package_info_d2da5704_GenAiUses\n");
  }

  @Test
  void theServicesFileListsEveryProviderOfTheModuleSorted() {
    Compilation compilation = compile(
        Sources.use("zeta-use").onClass("com.studio.Zeta"),
        Sources.use("alpha-use").onClass("com.studio.Alpha"),
        JavaFileObjects.forSourceLines("com.studio.package-info",
            Sources.lines(Sources.use("studio-wide").annotationLines(), "package com.studio;",
                "import dev.genaiguidelines.annotations.*;")),
        Sources.use("apps-use").onClass("com.apps.Main"),
        CatalogSources.storyboard());

    assertThat(compilation).succeeded();
    assertThat(servicesFile(compilation)).isEqualTo("""
        com.apps.Main_GenAiUses
        com.studio.Alpha_GenAiUses
        com.studio.Zeta_GenAiUses
        com.studio.edit.Storyboard_GenAiUses
        com.studio.package_info_2397beba_GenAiUses
        """);
    assertThat(compilation.generatedSourceFiles().stream().map(JavaFileObject::getName).sorted()
        .toList())
        .containsExactly(
            "/SOURCE_OUTPUT/com/apps/Main_GenAiUses.java",
            "/SOURCE_OUTPUT/com/studio/Alpha_GenAiUses.java",
            "/SOURCE_OUTPUT/com/studio/Zeta_GenAiUses.java",
            "/SOURCE_OUTPUT/com/studio/edit/Storyboard_GenAiUses.java",
            "/SOURCE_OUTPUT/com/studio/package_info_2397beba_GenAiUses.java")
        .inOrder();
  }

  @Test
  void eachProviderIsCreatedWithItsTopLevelTypeOrPackageAsOriginatingElement() {
    // Gradle and IDEs delete or recompile a generated file with the sources it came from: a
    // provider without its origin would outlive its type, or go stale when the type changes.
    SpyingProcessor spy = new SpyingProcessor(new GenAiUseProcessor());

    Compilation compilation = Compiler.javac()
        .withProcessors(spy)
        .withOptions("-Agenai.policy=" + Policies.write(dir, Policies.STUDIO),
            "-Agenai.asOf=" + Policies.AS_OF)
        .compile(CatalogSources.crowdExtender(), CatalogSources.storyboard(),
            CatalogSources.dubPackage());

    assertThat(compilation).succeeded();
    // Storyboard's uses are on nested types: their provider comes from the top-level type.
    assertThat(spy.created.stream().filter(call -> call.kind().equals("SOURCE")).toList())
        .containsExactly(
            new SpyingProcessor.FilerCall("SOURCE",
                "com.studio.dub.package_info_d2da5704_GenAiUses", List.of("com.studio.dub")),
            new SpyingProcessor.FilerCall("SOURCE", "com.studio.edit.Storyboard_GenAiUses",
                List.of("com.studio.edit.Storyboard")),
            new SpyingProcessor.FilerCall("SOURCE", "com.studio.vfx.CrowdExtender_GenAiUses",
                List.of("com.studio.vfx.CrowdExtender")));
  }

  @Test
  void theSameSourcesInAnyOrderGiveTheSameBytes() {
    JavaFileObject[] sources = {CatalogSources.crowdExtender(), CatalogSources.storyboard(),
        CatalogSources.dubPackage(), Sources.use("alpha-use").onClass("com.studio.Alpha")};
    Compilation forward = compile(sources);
    Compilation backward = compile(sources[3], sources[2], sources[1], sources[0]);

    assertThat(servicesFile(backward)).isEqualTo(servicesFile(forward));
    for (String provider : List.of("com.studio.vfx.CrowdExtender_GenAiUses",
        "com.studio.edit.Storyboard_GenAiUses",
        "com.studio.dub.package_info_d2da5704_GenAiUses",
        "com.studio.Alpha_GenAiUses")) {
      assertThat(source(backward, provider)).isEqualTo(source(forward, provider));
    }
  }

  @Test
  void aProviderWithManyUsesSplitsThemIntoHelperMethodsThatCompile() {
    List<String> body = new java.util.ArrayList<>(List.of("public class Bulk {"));
    for (int i = 0; i < 250; i++) {
      body.addAll(Sources.indent(
          Sources.use(String.format("bulk-%03d", 249 - i)).annotationLines()));
      body.add("  void m" + i + "() {}");
    }
    body.add("}");

    Compilation compilation = compile(Sources.source("com.studio.Bulk", body));

    assertThat(compilation).succeeded();
    String source = source(compilation, "com.studio.Bulk_GenAiUses");
    assertThat(source).contains("""
          @Override
          public List<GenAiUseDescriptor> uses() {
            List<GenAiUseDescriptor> uses = new ArrayList<>(250);
            uses.addAll(uses0());
            uses.addAll(uses1());
            uses.addAll(uses2());
            return List.copyOf(uses);
          }
        """);
    assertThat(source.split("new GenAiUseDescriptor\\(", -1)).hasLength(251);
    int secondPart = source.indexOf("List<GenAiUseDescriptor> uses1() {");
    assertThat(source.indexOf("\"bulk-099\"")).isLessThan(secondPart);
    assertThat(source.indexOf("\"bulk-100\"")).isGreaterThan(secondPart);
    assertThat(source).contains("private static List<GenAiUseDescriptor> uses2() {");
    assertThat(source).doesNotContain("uses3");
  }

  @Test
  void twinAProviderWithAHundredUsesHasNoHelperMethod() {
    List<String> body = new java.util.ArrayList<>(List.of("public class Bulk {"));
    for (int i = 0; i < ProviderSource.USES_PER_METHOD; i++) {
      body.addAll(Sources.indent(Sources.use(String.format("bulk-%03d", i)).annotationLines()));
      body.add("  void m" + i + "() {}");
    }
    body.add("}");

    Compilation compilation = compile(Sources.source("com.studio.Bulk", body));

    assertThat(compilation).succeeded();
    String source = source(compilation, "com.studio.Bulk_GenAiUses");
    assertThat(source).contains("    return List.of(\n");
    assertThat(source).doesNotContain("uses0");
  }

  @Test
  void aCompilationWithoutUsesGeneratesNothing() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new GenAiUseProcessor())
        .compile(JavaFileObjects.forSourceLines("com.studio.A", "package com.studio;",
            "class A {}"));

    assertThat(compilation).succeeded();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    assertThat(servicesFile(compilation)).isNull();
  }
}
