package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.genaiguidelines.annotations.GenAiCatalog;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two modules whose code shares one (split) package, on one class path: {@link
 * java.util.ServiceLoader} loads a provider name once, so the two modules' providers of that
 * package must be named apart or one module's uses vanish; and a module compiled with the other
 * on its class path must list only its own uses. Regression test for the name clash of {@code
 * package_info_GenAiUses}.
 */
class CatalogSplitPackageTest {

  @TempDir Path dir;
  private Path policy;

  @BeforeEach
  void writePolicy() {
    policy = Policies.write(dir, Policies.STUDIO);
  }

  /**
   * Compiles module {@code name}: a {@code com.studio.dub} package-info declaring {@code
   * packageUse} (none when null) and a type {@code typeName} declaring {@code typeUse}, with
   * {@code classPath} beside the annotations; returns its classes.
   */
  private Path module(String name, String packageUse, String typeName, String typeUse,
      Path... classPath) throws IOException {
    Path src = dir.resolve(name + "/src");
    Path out = Files.createDirectories(dir.resolve(name + "/classes"));
    List<Path> sources = new ArrayList<>();
    if (packageUse != null) {
      sources.add(JavacRun.write(src, "com/studio/dub/package-info.java",
          String.join("\n", Sources.lines(Sources.use(packageUse).annotationLines(),
              "package com.studio.dub;", "", "import dev.genaiguidelines.annotations.*;", ""))));
    }
    sources.add(JavacRun.write(src, "com/studio/dub/" + typeName + ".java",
        String.join("\n", Sources.lines(Sources.header("com.studio.dub"),
            Sources.use(typeUse).annotationLines(), "public class " + typeName + " {}", ""))));
    StringBuilder path = new StringBuilder(JavacRun.annotationsLocation().toString());
    for (Path entry : classPath) {
      path.append(File.pathSeparator).append(entry);
    }
    JavacRun.Result result = JavacRun.compile(List.of(
        "-d", out.toString(),
        "-s", dir.resolve(name + "/generated").toString(),
        "-classpath", path.toString(),
        "-Agenai.policy=" + policy,
        "-Agenai.asOf=" + Policies.AS_OF), sources);
    assertThat(result.diagnostics()).containsExactly(packageUse == null
        ? "NOTE: [genai] 1 GenAI use: 1 socialize, 0 approved, 0 needs approval, 0 prohibited"
        : "NOTE: [genai] 2 GenAI uses: 2 socialize, 0 approved, 0 needs approval, 0 prohibited");
    assertThat(result.succeeded()).isTrue();
    return out;
  }

  /** {@code id @ element} of every use the catalog of these class directories lists. */
  private static List<String> catalog(Path... classes) throws IOException {
    URL[] urls = new URL[classes.length];
    for (int i = 0; i < classes.length; i++) {
      urls[i] = classes[i].toUri().toURL();
    }
    try (URLClassLoader loader =
        new URLClassLoader(urls, CatalogSplitPackageTest.class.getClassLoader())) {
      return GenAiCatalog.load(loader).all().stream()
          .map(use -> use.id() + " @ " + use.element())
          .toList();
    }
  }

  private static String servicesFile(Path classes) throws IOException {
    return Files.readString(classes.resolve(ServicesFile.PATH), UTF_8);
  }

  @Test
  void twoModulesWithPackageUsesInOneSplitPackageListEveryUseOnce() throws IOException {
    Path dubbing = module("dubbing", "dub-scripts", "DubMixer", "dub-mix");
    Path subtitles = module("subtitles", "subtitle-pass", "SubtitleTimer", "subtitle-timing");

    assertThat(catalog(dubbing, subtitles)).containsExactly(
        "dub-mix @ com.studio.dub.DubMixer",
        "dub-scripts @ com.studio.dub",
        "subtitle-pass @ com.studio.dub",
        "subtitle-timing @ com.studio.dub.SubtitleTimer").inOrder();
    // printf 'dub-mix\ndub-scripts\n' | sha256sum, and the same of the other module's ids.
    assertThat(servicesFile(dubbing)).isEqualTo("com.studio.dub.GenAiUses_a79f6db3\n");
    assertThat(servicesFile(subtitles)).isEqualTo("com.studio.dub.GenAiUses_4bba9d8c\n");
  }

  @Test
  void twinEachModuleAloneListsOnlyItsOwnUses() throws IOException {
    assertThat(catalog(module("dubbing", "dub-scripts", "DubMixer", "dub-mix"))).containsExactly(
        "dub-mix @ com.studio.dub.DubMixer",
        "dub-scripts @ com.studio.dub").inOrder();
    assertThat(catalog(module("subtitles", "subtitle-pass", "SubtitleTimer", "subtitle-timing")))
        .containsExactly(
            "subtitle-pass @ com.studio.dub",
            "subtitle-timing @ com.studio.dub.SubtitleTimer").inOrder();
  }

  @Test
  void aModuleCompiledWithAnotherModuleOfItsPackageOnTheClassPathListsOnlyItsOwnUses()
      throws IOException {
    Path dubbing = module("dubbing", "dub-scripts", "DubMixer", "dub-mix");
    // No package-info of its own: javac reads the package's annotations from dubbing's.
    Path subtitles = module("subtitles", null, "SubtitleTimer", "subtitle-timing", dubbing);

    assertThat(catalog(subtitles)).containsExactly(
        "subtitle-timing @ com.studio.dub.SubtitleTimer");
    assertThat(servicesFile(subtitles)).isEqualTo("com.studio.dub.GenAiUses_5f0e73c9\n");
    assertThat(catalog(dubbing, subtitles)).containsExactly(
        "dub-mix @ com.studio.dub.DubMixer",
        "dub-scripts @ com.studio.dub",
        "subtitle-timing @ com.studio.dub.SubtitleTimer").inOrder();
  }
}
