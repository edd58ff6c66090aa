package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiCatalog;
import dev.genaiguidelines.annotations.GenAiUseDescriptor;
import dev.genaiguidelines.annotations.Output;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a module with the system compiler, loads its classes in a fresh class loader and asks
 * {@link GenAiCatalog} for its uses: exactly the declared ones, before and after an incremental
 * compilation that sees only some of the sources.
 */
class CatalogEndToEndTest {

  @TempDir Path dir;

  private Path src;
  private Path out;
  private Path policy;

  @BeforeEach
  void module() throws IOException {
    src = dir.resolve("src");
    out = Files.createDirectories(dir.resolve("classes"));
    policy = Policies.write(dir, Policies.STUDIO);
    JavacRun.write(src, "com/studio/vfx/CrowdExtender.java", CatalogSources.CROWD_EXTENDER);
    JavacRun.write(src, "com/studio/edit/Storyboard.java", CatalogSources.STORYBOARD);
    JavacRun.write(src, "com/studio/dub/package-info.java", CatalogSources.DUB_PACKAGE);
    JavacRun.write(src, "com/studio/Bulk.java", bulk());
  }

  /** 150 uses on one type: a provider split into helper methods. */
  private static String bulk() {
    StringBuilder source = new StringBuilder("package com.studio;\n\n"
        + "import dev.genaiguidelines.annotations.*;\n\npublic class Bulk {\n");
    for (int i = 149; i >= 0; i--) {
      source.append(String.join("\n", Sources.indent(
          Sources.use(String.format("bulk-%03d", i)).annotationLines())))
          .append("\n  void m").append(i).append("() {}\n");
    }
    return source.append("}\n").toString();
  }

  private static final String STORYBOARD_WITH_A_CUT = CatalogSources.STORYBOARD.replace(
      "public class Storyboard {", String.join("\n",
          Sources.use("storyboard-cut").annotationLines()) + "\npublic class Storyboard {");

  private static final String STORYBOARD_WITHOUT_USES = """
      package com.studio.edit;

      public class Storyboard {
        static class Panel {}
      }
      """;

  private JavacRun.Result compile(boolean outputOnClassPath, String... relativePaths) {
    String classPath = JavacRun.annotationsLocation()
        + (outputOnClassPath ? File.pathSeparator + out : "");
    List<Path> sources = new ArrayList<>();
    for (String path : relativePaths) {
      sources.add(src.resolve(path));
    }
    JavacRun.Result result = JavacRun.compile(List.of(
        "-d", out.toString(),
        "-s", dir.resolve("generated").toString(),
        "-classpath", classPath,
        "-Agenai.policy=" + policy,
        "-Agenai.asOf=" + Policies.AS_OF), sources);
    assertThat(result.diagnostics()).isNotNull();
    if (!result.succeeded()) {
      throw new AssertionError("compilation failed: " + result.diagnostics());
    }
    return result;
  }

  private JavacRun.Result compileAll() {
    return compile(false, "com/studio/vfx/CrowdExtender.java", "com/studio/edit/Storyboard.java",
        "com/studio/dub/package-info.java", "com/studio/Bulk.java");
  }

  /** The catalog of the class output, loaded as an application would. */
  private List<GenAiUseDescriptor> catalog() throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
        CatalogEndToEndTest.class.getClassLoader())) {
      return GenAiCatalog.load(loader).all();
    }
  }

  private static List<String> summary(List<GenAiUseDescriptor> uses) {
    return uses.stream().map(u -> u.id() + " @ " + u.element() + " = " + u.verdict()).toList();
  }

  private String servicesFile() throws IOException {
    return Files.readString(out.resolve(ServicesFile.PATH), UTF_8);
  }

  private static List<String> bulkUses() {
    return IntStream.range(0, 150)
        .mapToObj(i -> String.format("bulk-%03d @ com.studio.Bulk#m%d() = SOCIALIZE", i, i))
        .toList();
  }

  private static List<String> expected(List<String> before, List<String> bulk,
      List<String> after) {
    List<String> all = new ArrayList<>(before);
    all.addAll(bulk);
    all.addAll(after);
    return all;
  }

  /** The ids of the module's uses besides Bulk's. */
  private static final List<String> OTHER_IDS = List.of("background-boards",
      "background-plates", "crowd-extension", "dub-scripts", "frame-render", "hero-creature",
      "matte-paint", "panel-sketch");

  /** The module's one provider, in its first package, named by the digest of every id. */
  private static final String ALL_PROVIDERS =
      ProviderName.of("com.studio", ids(OTHER_IDS.toArray(String[]::new))) + "\n";

  private static final String EXTEND =
      "com.studio.vfx.CrowdExtender#extend(java.lang.String[],int)";

  private static final List<String> BEFORE_BULK = List.of(
      "background-boards @ " + EXTEND + " = SOCIALIZE",
      "background-plates @ " + EXTEND + " = SOCIALIZE");

  private static final List<String> AFTER_BULK = List.of(
      "crowd-extension @ com.studio.vfx.CrowdExtender#<init>() = SOCIALIZE",
      "dub-scripts @ com.studio.dub = SOCIALIZE",
      "frame-render @ com.studio.edit.Storyboard$Panel$Frame#render() = SOCIALIZE",
      "hero-creature @ com.studio.vfx.CrowdExtender = APPROVED",
      "matte-paint @ com.studio.vfx.CrowdExtender#sky = SOCIALIZE",
      "panel-sketch @ com.studio.edit.Storyboard$Panel = SOCIALIZE");

  @Test
  void theCatalogOfACompiledModuleIsExactlyItsDeclaredUses() throws IOException {
    compileAll();

    List<GenAiUseDescriptor> uses = catalog();

    assertThat(summary(uses)).containsExactlyElementsIn(
        expected(BEFORE_BULK, bulkUses(), AFTER_BULK)).inOrder();
    assertThat(uses.stream().filter(u -> u.id().equals("matte-paint")).toList())
        .containsExactly(new GenAiUseDescriptor("matte-paint", "com.studio.vfx.CrowdExtender#sky",
            "runway-gen4", "Paints \"far\" skies for the caf\u00e9 scene \\ and tags them.",
            Output.TEMPORARY, List.of(DataInput.PUBLIC_DOMAIN, DataInput.PRODUCTION_MATERIAL),
            List.of(Creates.IDEATION, Creates.PREVIS), Context.FICTION, false, "gen4-2025-06",
            "", "", "SOCIALIZE"));
    assertThat(servicesFile()).isEqualTo(ALL_PROVIDERS);
  }

  @Test
  void recompilingOneSourceKeepsTheOtherSourcesUses() throws IOException {
    compileAll();
    JavacRun.write(src, "com/studio/edit/Storyboard.java", STORYBOARD_WITH_A_CUT);

    JavacRun.Result result = compile(true, "com/studio/edit/Storyboard.java");

    List<String> after = new ArrayList<>(AFTER_BULK);
    after.add("storyboard-cut @ com.studio.edit.Storyboard = SOCIALIZE");
    assertThat(summary(catalog())).containsExactlyElementsIn(
        expected(BEFORE_BULK, bulkUses(), after)).inOrder();
    // The module's provider is written again, named by its new ids; the others' uses were read
    // from their class files.
    assertThat(servicesFile()).isEqualTo(ProviderName.of("com.studio",
        ids(OTHER_IDS.toArray(String[]::new)).stream().collect(
            java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(),
                all -> { all.add("storyboard-cut"); return all; }))) + "\n");
    assertThat(result.diagnostics()).containsExactly(
        "NOTE: [genai] 3 GenAI uses: 3 socialize, 0 approved, 0 needs approval, 0 prohibited");
  }

  @Test
  void recompilingAPackageInfoWithAnotherUseRenamesItsPackagesProviderAndDropsTheOldName()
      throws IOException {
    compileAll();
    JavacRun.write(src, "com/studio/dub/package-info.java", CatalogSources.DUB_PACKAGE.replace(
        "package com.studio.dub;", String.join("\n",
            Sources.use("dub-subtitles").annotationLines()) + "\npackage com.studio.dub;"));

    compile(true, "com/studio/dub/package-info.java");

    List<String> after = new ArrayList<>(AFTER_BULK);
    after.add(2, "dub-subtitles @ com.studio.dub = SOCIALIZE");
    assertThat(summary(catalog())).containsExactlyElementsIn(
        expected(BEFORE_BULK, bulkUses(), after)).inOrder();
    List<String> renamed = ids(OTHER_IDS.toArray(String[]::new));
    renamed.add("dub-subtitles");
    assertThat(servicesFile()).isEqualTo(ProviderName.of("com.studio", renamed) + "\n");
    assertThat(servicesFile()).isNotEqualTo(ALL_PROVIDERS);
  }

  @Test
  void twinAPackageWhoseSourcesLostTheirUsesLeavesTheCatalogAndAnAddedTypeJoinsIt()
      throws IOException {
    compileAll();
    JavacRun.write(src, "com/studio/edit/Storyboard.java", STORYBOARD_WITHOUT_USES);
    JavacRun.write(src, "com/studio/Extra.java",
        String.join("\n", Sources.header("com.studio")) + "\n"
            + String.join("\n", Sources.use("extra-pass").annotationLines())
            + "\npublic class Extra {}\n");

    compile(true, "com/studio/edit/Storyboard.java", "com/studio/Extra.java");

    List<String> after = new ArrayList<>(AFTER_BULK);
    after.removeIf(use -> use.contains("Storyboard"));
    after.add(2, "extra-pass @ com.studio.Extra = SOCIALIZE");
    assertThat(summary(catalog())).containsExactlyElementsIn(
        expected(BEFORE_BULK, bulkUses(), after)).inOrder();
    // Extra joins the module's provider, which lists the uses of Bulk, the dub package-info and
    // CrowdExtender too, read from their class files.
    assertThat(servicesFile()).isEqualTo(ProviderName.of("com.studio", ids("background-boards",
        "background-plates", "crowd-extension", "dub-scripts", "extra-pass", "hero-creature",
        "matte-paint")) + "\n");
  }

  @Test
  void aProviderWhoseClassIsGoneIsDroppedWithANoteAndTheCatalogStillLoads() throws IOException {
    compileAll();
    String provider = ALL_PROVIDERS.strip();
    Files.delete(out.resolve(provider.replace('.', '/') + ".class"));

    // The dub package is not the provider's: without its class, nothing says it was listed.
    JavacRun.Result result = compile(true, "com/studio/dub/package-info.java");

    assertThat(summary(catalog())).containsExactly("dub-scripts @ com.studio.dub = SOCIALIZE");
    assertThat(result.diagnostics()).contains("NOTE: [genai] " + ServicesFile.PATH
        + " no longer lists " + provider + ": it is not on the class path any more (an"
        + " incremental compilation needs the class output on its class path).");
  }

  @Test
  void anEarlierVersionsProvidersAreReplacedWhenTheirPackageIsCompiledAndKeptUntilThen()
      throws IOException {
    // Each package alone: the providers of one package each that the next lines rename.
    for (String source : List.of("com/studio/vfx/CrowdExtender.java",
        "com/studio/edit/Storyboard.java", "com/studio/dub/package-info.java",
        "com/studio/Bulk.java")) {
      compile(false, source);
    }
    // What an earlier version left: one provider per top-level type and per package-info.
    earlierVersionsProvider("com.studio", "GenAiUses_40310a88", "Bulk_GenAiUses");
    earlierVersionsProvider("com.studio.dub", "GenAiUses_d2da5704",
        "package_info_d2da5704_GenAiUses");
    earlierVersionsProvider("com.studio.edit", "GenAiUses_9d7f2ed4", "Storyboard_GenAiUses");
    earlierVersionsProvider("com.studio.vfx", "GenAiUses_c0ac75f6", "CrowdExtender_GenAiUses");
    JavacRun.write(out, ServicesFile.PATH, """
        com.studio.Bulk_GenAiUses
        com.studio.dub.package_info_d2da5704_GenAiUses
        com.studio.edit.Storyboard_GenAiUses
        com.studio.vfx.CrowdExtender_GenAiUses
        """);
    assertThat(summary(catalog())).containsExactlyElementsIn(
        expected(BEFORE_BULK, bulkUses(), AFTER_BULK)).inOrder();
    JavacRun.write(src, "com/studio/Extra.java",
        String.join("\n", Sources.header("com.studio")) + "\n"
            + String.join("\n", Sources.use("extra-pass").annotationLines())
            + "\npublic class Extra {}\n");
    JavacRun.write(src, "com/studio/dub/Mixer.java",
        String.join("\n", Sources.header("com.studio.dub")) + "\n"
            + String.join("\n", Sources.use("dub-mix").annotationLines())
            + "\npublic class Mixer {}\n");

    // Bulk and the dub package-info are not compiled: their uses are read from their classes.
    compile(true, "com/studio/Extra.java", "com/studio/dub/Mixer.java",
        "com/studio/vfx/CrowdExtender.java");

    List<String> after = new ArrayList<>(AFTER_BULK);
    after.add(1, "dub-mix @ com.studio.dub.Mixer = SOCIALIZE");
    after.add(3, "extra-pass @ com.studio.Extra = SOCIALIZE");
    assertThat(summary(catalog())).containsExactlyElementsIn(
        expected(BEFORE_BULK, bulkUses(), after)).inOrder();
    // One provider replaces the three whose packages were compiled; the edit one is kept.
    assertThat(servicesFile()).isEqualTo(ProviderName.of("com.studio", ids("background-boards",
        "background-plates", "crowd-extension", "dub-mix", "dub-scripts", "extra-pass",
        "hero-creature", "matte-paint")) + "\n" + "com.studio.edit.Storyboard_GenAiUses\n");
  }

  /** The bulk ids and {@code more}. */
  private static List<String> ids(String... more) {
    List<String> ids = new ArrayList<>(IntStream.range(0, 150)
        .mapToObj(i -> String.format("bulk-%03d", i)).toList());
    ids.addAll(List.of(more));
    return ids;
  }

  /** Turns the provider {@code current} of a package into one named as an earlier version did. */
  private void earlierVersionsProvider(String packageName, String current, String earlier)
      throws IOException {
    String directory = packageName.replace('.', '/') + "/";
    // Earlier versions recorded no origins: their names said whose uses they listed.
    String source = Files.readString(dir.resolve("generated/" + directory + current + ".java"),
        UTF_8).replace(current, earlier)
        .replaceAll("(?s)  /\\*\\*\n   \\* The top-level.*?;\n\n", "");
    assertThat(source).doesNotContain("ORIGINS");
    Path file = JavacRun.write(dir.resolve("earlier"), directory + earlier + ".java", source);
    JavacRun.Result result = JavacRun.compile(List.of("-proc:none", "-d", out.toString(),
        "-classpath", JavacRun.annotationsLocation().toString()), List.of(file));
    assertThat(result.succeeded()).isTrue();
    Files.delete(out.resolve(directory + current + ".class"));
  }

  @Test
  void aHandWrittenProviderInTheServicesFileIsKept() throws IOException {
    JavacRun.write(src, "com/studio/HandWritten.java", """
        package com.studio;

        import dev.genaiguidelines.annotations.*;
        import java.util.List;

        public final class HandWritten implements GenAiCatalog.Provider {
          @Override
          public List<GenAiUseDescriptor> uses() {
            return List.of(new GenAiUseDescriptor("legacy-tagger", "com.studio.Legacy",
                "runway-gen4", "Tags legacy plates.", Output.TEMPORARY,
                List.of(DataInput.NONE), List.of(Creates.ANALYSIS), Context.FICTION, false,
                "", "", "", "SOCIALIZE"));
          }
        }
        """);
    // As Maven copies src/main/resources before compiling.
    JavacRun.write(out, ServicesFile.PATH, "# kept by hand\ncom.studio.HandWritten\n");

    compile(true, "com/studio/HandWritten.java", "com/studio/dub/package-info.java");

    assertThat(servicesFile()).isEqualTo("""
        com.studio.HandWritten
        com.studio.dub.GenAiUses_d2da5704
        """);
    assertThat(summary(catalog())).containsExactly(
        "dub-scripts @ com.studio.dub = SOCIALIZE",
        "legacy-tagger @ com.studio.Legacy = SOCIALIZE").inOrder();
  }

  @Test
  void twinACompilationThatListsNothingNewLeavesTheServicesFileAsItWas() throws IOException {
    String handWritten = "# kept by hand\ncom.studio.Zeta\ncom.studio.Alpha\n";
    JavacRun.write(out, ServicesFile.PATH, handWritten);
    JavacRun.write(src, "com/studio/Draft.java",
        String.join("\n", Sources.header("com.studio")) + "\npublic class Draft {}\n");

    JavacRun.Result result = compile(true, "com/studio/Draft.java");

    assertThat(servicesFile()).isEqualTo(handWritten);
    try (var classes = Files.list(out.resolve("com/studio"))) {
      assertThat(classes.map(file -> file.getFileName().toString()).toList())
          .containsExactly("Draft.class");
    }
  }
}
