package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.genaiguidelines.annotations.GenAiCatalog;
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
 * Two modules whose code shares one (split) package, each with uses on its own {@code
 * package-info.java}, on one class path: {@link java.util.ServiceLoader} loads a provider name
 * once, so the two package providers must be named apart or one module's package uses vanish.
 * Regression test for the name clash of {@code package_info_GenAiUses}.
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
   * packageUse} and a type {@code typeName} declaring {@code typeUse}; returns its classes.
   */
  private Path module(String name, String packageUse, String typeName, String typeUse)
      throws IOException {
    Path src = dir.resolve(name + "/src");
    Path out = Files.createDirectories(dir.resolve(name + "/classes"));
    List<Path> sources = new ArrayList<>();
    sources.add(JavacRun.write(src, "com/studio/dub/package-info.java",
        String.join("\n", Sources.lines(Sources.use(packageUse).annotationLines(),
            "package com.studio.dub;", "", "import dev.genaiguidelines.annotations.*;", ""))));
    sources.add(JavacRun.write(src, "com/studio/dub/" + typeName + ".java",
        String.join("\n", Sources.lines(Sources.header("com.studio.dub"),
            Sources.use(typeUse).annotationLines(), "public class " + typeName + " {}", ""))));
    JavacRun.Result result = JavacRun.compile(List.of(
        "-d", out.toString(),
        "-s", dir.resolve(name + "/generated").toString(),
        "-classpath", JavacRun.annotationsLocation().toString(),
        "-Agenai.policy=" + policy,
        "-Agenai.asOf=" + Policies.AS_OF), sources);
    assertThat(result.diagnostics()).containsExactly(
        "NOTE: [genai] 2 GenAI uses: 2 socialize, 0 approved, 0 needs approval, 0 prohibited");
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
    // printf 'dub-scripts\n' | sha256sum; printf 'subtitle-pass\n' | sha256sum
    assertThat(servicesFile(dubbing)).isEqualTo(
        "com.studio.dub.DubMixer_GenAiUses\ncom.studio.dub.package_info_d2da5704_GenAiUses\n");
    assertThat(servicesFile(subtitles)).isEqualTo(
        "com.studio.dub.SubtitleTimer_GenAiUses\ncom.studio.dub.package_info_01f1a438_GenAiUses\n");
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
}
