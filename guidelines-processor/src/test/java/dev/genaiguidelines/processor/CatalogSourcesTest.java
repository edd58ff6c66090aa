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

  /** The source of the one provider generated in {@code packageName}, whatever its digest. */
  static String provider(Compilation compilation, String packageName) {
    String directory = "/SOURCE_OUTPUT/" + packageName.replace('.', '/') + "/";
    List<JavaFileObject> providers = compilation.generatedSourceFiles().stream()
        .filter(file -> file.getName().startsWith(directory)
            && ProviderName.isCurrent(file.getName().substring(directory.length())
                .replace(".java", "")))
        .toList();
    assertThat(providers).hasSize(1);
    try {
      return providers.get(0).getCharContent(false).toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JavaFileObject studioPackage() {
    return JavaFileObjects.forSourceLines("com.studio.package-info",
        Sources.lines(Sources.use("studio-wide").annotationLines(), "package com.studio;",
            "import dev.genaiguidelines.annotations.*;"));
  }

  @Test
  void aTypesUsesOnEveryMemberAreInItsPackagesProviderSortedById() {
    Compilation compilation = compile(CatalogSources.crowdExtender());

    assertThat(compilation).succeeded();
    // c0ac75f6: the first 8 hex digits of the SHA-256 of the five ids, sorted, one a line.
    CatalogSources.assertMatchesGolden(
        source(compilation, "com.studio.vfx.GenAiUses_c0ac75f6"), "com.studio.vfx.java");
    assertThat(servicesFile(compilation)).isEqualTo("com.studio.vfx.GenAiUses_c0ac75f6\n");
  }

  @Test
  void nestedTypesUsesGoIntoTheirPackagesProvider() {
    Compilation compilation = compile(CatalogSources.storyboard());

    assertThat(compilation).succeeded();
    CatalogSources.assertMatchesGolden(
        source(compilation, "com.studio.edit.GenAiUses_9d7f2ed4"), "com.studio.edit.java");
    assertThat(compilation.generatedSourceFiles()).hasSize(1);
    assertThat(servicesFile(compilation)).isEqualTo("com.studio.edit.GenAiUses_9d7f2ed4\n");
  }

  @Test
  void aPackageInfosUsesAreItsPackagesProvider() {
    Compilation compilation = compile(CatalogSources.dubPackage());

    assertThat(compilation).succeeded();
    CatalogSources.assertMatchesGolden(
        source(compilation, "com.studio.dub.GenAiUses_d2da5704"), "com.studio.dub.java");
    assertThat(servicesFile(compilation)).isEqualTo("com.studio.dub.GenAiUses_d2da5704\n");
  }

  /**
   * The provider names the enum types of its {@code use(...)} calls by simple name; the imports
   * JavaPoet writes for the helper's parameters must win over the package's own types of the
   * same names, or the provider would not compile.
   */
  @Test
  void aProviderCompilesInAPackageWithItsOwnOutputContextAndListTypes() {
    Compilation compilation = compile(
        JavaFileObjects.forSourceString("com.studio.Output", "package com.studio;\n"
            + "public enum Output { TEMPORARY }\n"),
        JavaFileObjects.forSourceString("com.studio.Context", "package com.studio;\n"
            + "public class Context {}\n"),
        JavaFileObjects.forSourceString("com.studio.List", "package com.studio;\n"
            + "public class List {}\n"),
        JavaFileObjects.forSourceString("com.studio.Shot", """
            package com.studio;

            @dev.genaiguidelines.annotations.GenAiUse(
                id = "shot-tags",
                tool = "runway-gen4",
                purpose = "Tags shots.",
                output = dev.genaiguidelines.annotations.Output.TEMPORARY,
                inputs = dev.genaiguidelines.annotations.DataInput.NONE,
                creates = dev.genaiguidelines.annotations.Creates.ANALYSIS)
            public class Shot {}
            """));

    assertThat(compilation).succeeded();
    String provider = provider(compilation, "com.studio");
    assertThat(provider).contains("import dev.genaiguidelines.annotations.Output;\n");
    assertThat(provider).contains("import dev.genaiguidelines.annotations.Context;\n");
    assertThat(provider).contains("import java.util.List;\n");
    assertThat(provider).contains("            Output.TEMPORARY,\n");
  }

  @Test
  void thePackageInfoAndEveryTypeOfAPackageShareOneProvider() {
    Compilation compilation = compile(Sources.use("zeta-use").onClass("com.studio.Zeta"),
        studioPackage(), Sources.use("alpha-use").onClass("com.studio.Alpha"));

    assertThat(compilation).succeeded();
    assertThat(compilation.generatedSourceFiles()).hasSize(1);
    String provider = source(compilation, "com.studio.GenAiUses_39b0cdf9");
    assertThat(provider).contains("The {@code @GenAiUse} declarations in package com.studio,\n");
    assertThat(provider).contains("  static final String ORIGINS ="
        + " \"com.studio.Alpha,com.studio.Zeta,com.studio.package-info\";\n");
    assertThat(provider.indexOf("\"alpha-use\",\n            \"com.studio.Alpha\""))
        .isLessThan(provider.indexOf("\"studio-wide\",\n            \"com.studio\""));
    assertThat(provider.indexOf("\"studio-wide\""))
        .isLessThan(provider.indexOf("\"zeta-use\",\n            \"com.studio.Zeta\""));
    assertThat(servicesFile(compilation)).isEqualTo("com.studio.GenAiUses_39b0cdf9\n");
  }

  /**
   * The twin of the test above, across packages: still one provider, in the first package by
   * name. A provider per package cost javac a class and a Filer lookup of its package per package
   * (benchmarks/README.md, figure 6).
   */
  @Test
  void typesOfOtherPackagesShareTheModulesOneProviderInTheFirstPackage() {
    Compilation compilation = compile(Sources.use("alpha-use").onClass("com.studio.Alpha"),
        Sources.use("apps-use").onClass("com.apps.Main"));

    assertThat(compilation).succeeded();
    String provider = provider(compilation, "com.apps");
    assertThat(provider).contains("\"alpha-use\",\n            \"com.studio.Alpha\"");
    assertThat(provider).contains("\"apps-use\",\n            \"com.apps.Main\"");
    assertThat(provider).contains("The {@code @GenAiUse} declarations in 2 packages, package"
        + " com.apps to package com.studio,\n");
    assertThat(compilation.generatedSourceFiles()).hasSize(1);
    assertThat(servicesFile(compilation))
        .isEqualTo(ProviderName.of("com.apps", List.of("alpha-use", "apps-use")) + "\n");
  }

  @Test
  void theServicesFileListsTheModulesOneProvider() {
    Compilation compilation = compile(
        Sources.use("zeta-use").onClass("com.studio.Zeta"),
        Sources.use("alpha-use").onClass("com.studio.Alpha"),
        studioPackage(),
        Sources.use("apps-use").onClass("com.apps.Main"),
        CatalogSources.storyboard());

    assertThat(compilation).succeeded();
    String name = ProviderName.of("com.apps", List.of("alpha-use", "apps-use", "frame-render",
        "panel-sketch", "studio-wide", "zeta-use"));
    assertThat(servicesFile(compilation)).isEqualTo(name + "\n");
    assertThat(compilation.generatedSourceFiles().stream().map(JavaFileObject::getName).toList())
        .containsExactly("/SOURCE_OUTPUT/" + name.replace('.', '/') + ".java");
  }

  @Test
  void eachProviderIsCreatedWithEveryElementWhoseDeclarationsItListsAsOriginatingElements() {
    // Gradle and IDEs delete or recompile a generated file with the sources it came from: a
    // provider without its origins would outlive its types, or go stale when one changes.
    SpyingProcessor spy = new SpyingProcessor(new GenAiUseProcessor());

    Compilation compilation = Compiler.javac()
        .withProcessors(spy)
        .withOptions("-Agenai.policy=" + Policies.write(dir, Policies.STUDIO),
            "-Agenai.asOf=" + Policies.AS_OF)
        .compile(CatalogSources.crowdExtender(), CatalogSources.storyboard(),
            CatalogSources.dubPackage(), Sources.use("zeta-use").onClass("com.studio.Zeta"),
            studioPackage(), Sources.use("alpha-use").onClass("com.studio.Alpha"),
            Sources.source("com.studio.NoUses", List.of("public class NoUses {}")));

    assertThat(compilation).succeeded();
    // Storyboard's uses are on nested types: the origin is the top-level type. A type without
    // uses is no origin. Packages first, then types, each by name.
    assertThat(spy.created.stream().filter(call -> call.kind().equals("SOURCE")).toList())
        .containsExactly(new SpyingProcessor.FilerCall("SOURCE",
            ProviderName.of("com.studio", List.of("alpha-use", "background-boards",
                "background-plates", "crowd-extension", "dub-scripts", "frame-render",
                "hero-creature", "matte-paint", "panel-sketch", "studio-wide", "zeta-use")),
            List.of("com.studio", "com.studio.dub", "com.studio.Alpha", "com.studio.Zeta",
                "com.studio.edit.Storyboard", "com.studio.vfx.CrowdExtender")));
  }

  @Test
  void theSameSourcesInAnyOrderGiveTheSameBytes() {
    JavaFileObject[] sources = {CatalogSources.crowdExtender(), CatalogSources.storyboard(),
        CatalogSources.dubPackage(), Sources.use("alpha-use").onClass("com.studio.Alpha"),
        Sources.use("zeta-use").onClass("com.studio.Zeta"), studioPackage()};
    Compilation forward = compile(sources);
    Compilation backward = compile(sources[5], sources[4], sources[3], sources[2], sources[1],
        sources[0]);

    assertThat(servicesFile(backward)).isEqualTo(servicesFile(forward));
    assertThat(backward.generatedSourceFiles()).hasSize(1);
    assertThat(provider(backward, "com.studio")).isEqualTo(provider(forward, "com.studio"));
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
    String source = provider(compilation, "com.studio");
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
    // 250 calls of the provider's use(...) helper, each one a line of its own.
    assertThat(source.split("\\buse\\(\n", -1)).hasLength(251);
    int secondPart = source.indexOf("List<GenAiUseDescriptor> uses1() {");
    assertThat(source.indexOf("\"bulk-099\"")).isLessThan(secondPart);
    assertThat(source.indexOf("\"bulk-100\"")).isGreaterThan(secondPart);
    assertThat(source).contains("private static List<GenAiUseDescriptor> uses2() {");
    assertThat(source).doesNotContain("uses3");
    assertThat(source).doesNotContain("class Part");
  }

  @Test
  void twinAProviderWithAHundredUsesHasNoHelperMethod() {
    List<String> body = new java.util.ArrayList<>(List.of("public class Bulk {"));
    for (int i = 0; i < ProviderSource.SPLIT.usesPerMethod(); i++) {
      body.addAll(Sources.indent(Sources.use(String.format("bulk-%03d", i)).annotationLines()));
      body.add("  void m" + i + "() {}");
    }
    body.add("}");

    Compilation compilation = compile(Sources.source("com.studio.Bulk", body));

    assertThat(compilation).succeeded();
    String source = provider(compilation, "com.studio");
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
