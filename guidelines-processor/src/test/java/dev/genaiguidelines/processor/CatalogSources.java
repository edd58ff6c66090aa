package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/** The sources the catalog tests compile, and the golden files of what they generate. */
final class CatalogSources {

  /** Five uses on every kind of member, out of id order; all pass {@link Policies#STUDIO}. */
  static final String CROWD_EXTENDER = """
      package com.studio.vfx;

      import dev.genaiguidelines.annotations.*;

      @GenAiUse(
          id = "hero-creature",
          tool = "runway-gen4",
          purpose = "Designs the hero creature from the art department's sketches.",
          output = Output.FINAL_DELIVERABLE,
          inputs = DataInput.PRODUCTION_MATERIAL,
          creates = Creates.KEY_CHARACTER,
          approval = "APR-2025-0042")
      public class CrowdExtender {

        @GenAiUse(
            id = "matte-paint",
            tool = "runway-gen4",
            purpose = "Paints \\"far\\" skies for the caf\u00e9 scene \\\\ and tags them.",
            output = Output.TEMPORARY,
            inputs = {DataInput.PUBLIC_DOMAIN, DataInput.PRODUCTION_MATERIAL},
            creates = {Creates.IDEATION, Creates.PREVIS},
            model = "gen4-2025-06")
        String sky;

        @GenAiUse(
            id = "crowd-extension",
            tool = "runway-gen4",
            purpose = "Counts the extras in each plate.",
            output = Output.TEMPORARY,
            inputs = DataInput.PRODUCTION_MATERIAL,
            creates = Creates.ANALYSIS,
            context = Context.DOCUMENTARY)
        public CrowdExtender() {}

        @GenAiUse(
            id = "background-plates",
            tool = "runway-gen4",
            purpose = "Sketches background plates.",
            output = Output.TEMPORARY,
            inputs = DataInput.NONE,
            creates = Creates.PREVIS)
        @GenAiUse(
            id = "background-boards",
            tool = "runway-gen4",
            purpose = "Boards the same plates.",
            output = Output.TEMPORARY,
            inputs = DataInput.NONE,
            creates = Creates.PREVIS)
        void extend(String[] plates, int count) {}
      }
      """;

  /** Uses only on a nested type and its nested type's method. */
  static final String STORYBOARD = """
      package com.studio.edit;

      import dev.genaiguidelines.annotations.*;

      public class Storyboard {
        @GenAiUse(
            id = "panel-sketch",
            tool = "runway-gen4",
            purpose = "Sketches a panel.",
            output = Output.TEMPORARY,
            inputs = DataInput.NONE,
            creates = Creates.PREVIS)
        static class Panel {
          static class Frame {
            @GenAiUse(
                id = "frame-render",
                tool = "runway-gen4",
                purpose = "Renders a frame.",
                output = Output.TEMPORARY,
                inputs = DataInput.NONE,
                creates = Creates.PREVIS)
            void render() {}
          }
        }
      }
      """;

  static final String DUB_PACKAGE = """
      @GenAiUse(
          id = "dub-scripts",
          tool = "runway-gen4",
          purpose = "Drafts dubbing scripts for review.",
          output = Output.TEMPORARY,
          inputs = DataInput.PRODUCTION_MATERIAL,
          creates = Creates.LOCALIZATION)
      package com.studio.dub;

      import dev.genaiguidelines.annotations.*;
      """;

  private CatalogSources() {}

  static JavaFileObject crowdExtender() {
    return JavaFileObjects.forSourceString("com.studio.vfx.CrowdExtender", CROWD_EXTENDER);
  }

  static JavaFileObject storyboard() {
    return JavaFileObjects.forSourceString("com.studio.edit.Storyboard", STORYBOARD);
  }

  static JavaFileObject dubPackage() {
    return JavaFileObjects.forSourceString("com.studio.dub.package-info", DUB_PACKAGE);
  }

  /**
   * Asserts that {@code actual} is the golden file {@code name}. With {@code -Dgolden.update=true}
   * it rewrites a file that differs from {@code actual} (surefire runs in the module directory)
   * and fails, so a deliberate change of the generated code is one command and a reviewed diff,
   * and a build run with the flag can never pass while it changes a golden file.
   */
  static void assertMatchesGolden(String actual, String name) {
    if (Boolean.getBoolean("golden.update")) {
      rewriteAndFailIfChanged(Path.of("src/test/resources/golden", name), actual);
    }
    assertWithMessage("generated source differs from golden/%s; if the change is meant,"
        + " rerun with -Dgolden.update=true and review the diff", name)
        .that(actual).isEqualTo(golden(name));
  }

  /** Writes {@code content} to {@code file} if it differs, then fails naming the file. */
  static void rewriteAndFailIfChanged(Path file, String content) {
    try {
      if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
        return;
      }
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("rewrote " + file + " (-Dgolden.update=true): review the diff,"
        + " then run the tests again without the flag");
  }

  /** The golden file {@code src/test/resources/golden/name}. */
  static String golden(String name) {
    try (InputStream in = CatalogSources.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no golden file golden/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
