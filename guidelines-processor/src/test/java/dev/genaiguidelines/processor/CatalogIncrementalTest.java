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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module's provider after an incremental compilation that recompiles only one of its types:
 * the other types' uses (on members, nested types, record components and the package-info) are
 * read from their class files in the class output, judged for their verdict, and never reported
 * again.
 */
class CatalogIncrementalTest {

  @TempDir Path dir;

  private Path src;
  private Path out;
  private Path policy;

  private static final String PACKAGE_INFO = """
      @GenAiUse(id = "grade-wide", tool = "runway-gen4", purpose = "Suggests looks.",
          output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.IDEATION)
      package com.studio.grade;

      import dev.genaiguidelines.annotations.*;
      """;

  private static final String A = """
      package com.studio.grade;

      import dev.genaiguidelines.annotations.*;

      @GenAiUse(id = "grade-preview", tool = "runway-gen4", purpose = "Previews a grade.",
          output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.PREVIS)
      public class A {
        @GenAiUse(id = "grade-notes", tool = "runway-gen4", purpose = "Summarises notes.",
            output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.ANALYSIS)
        void notes() {}
      }
      """;

  /** B's uses: one approved, one that warns when compiled (GAI007), one in a record. */
  private static final String B = """
      package com.studio.grade;

      import dev.genaiguidelines.annotations.*;

      @GenAiUse(id = "hero-creature", tool = "runway-gen4", purpose = "Designs the creature.",
          output = Output.FINAL_DELIVERABLE, inputs = DataInput.PRODUCTION_MATERIAL,
          creates = Creates.KEY_CHARACTER, approval = "APR-2025-0042")
      public class B {
        @GenAiUse(id = "de-aging-pass", tool = "runway-gen4", purpose = "Boards the pass.",
            output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.PREVIS,
            approval = "APR-2025-0077")
        void render(String[] plates, int count) {}

        static class Look {
          @GenAiUse(id = "grade-look", tool = "runway-gen4", purpose = "Proposes a LUT.",
              output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.IDEATION)
          String lut;
        }

        record Take(
            @GenAiUse(id = "take-notes", tool = "runway-gen4", purpose = "Tags takes.",
                output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.ANALYSIS)
            String notes) {}
      }
      """;

  private static final List<String> B_USES = List.of(
      "de-aging-pass @ com.studio.grade.B#render(java.lang.String[],int) = SOCIALIZE",
      "grade-look @ com.studio.grade.B$Look#lut = SOCIALIZE",
      "hero-creature @ com.studio.grade.B = APPROVED",
      "take-notes @ com.studio.grade.B$Take#notes = SOCIALIZE");

  /** The catalog of the whole package, sorted by id: B's uses around A's and the package's. */
  private static final List<String> EVERY_USE = List.of(
      B_USES.get(0),
      B_USES.get(1),
      "grade-notes @ com.studio.grade.A#notes() = SOCIALIZE",
      "grade-preview @ com.studio.grade.A = SOCIALIZE",
      "grade-wide @ com.studio.grade = SOCIALIZE",
      B_USES.get(2),
      B_USES.get(3));

  @BeforeEach
  void compileTheWholePackage() {
    src = dir.resolve("src");
    out = dir.resolve("classes");
    policy = Policies.write(dir, Policies.STUDIO);
    JavacRun.write(src, "com/studio/grade/package-info.java", PACKAGE_INFO);
    JavacRun.write(src, "com/studio/grade/A.java", A);
    JavacRun.write(src, "com/studio/grade/B.java", B);

    JavacRun.Result full = compile(false, "com/studio/grade/package-info.java",
        "com/studio/grade/A.java", "com/studio/grade/B.java");

    // What the incremental compilations below must not repeat.
    assertThat(full.diagnostics().stream()
        .filter(line -> line.startsWith("WARNING: [GAI007] ") && line.contains("de-aging-pass"))
        .toList()).hasSize(1);
    assertThat(full.diagnostics()).contains(
        "NOTE: [genai] 7 GenAI uses: 6 socialize, 1 approved, 0 needs approval, 0 prohibited");
  }

  private JavacRun.Result compile(boolean outputOnClassPath, String... relativePaths) {
    String classPath = JavacRun.annotationsLocation()
        + (outputOnClassPath ? File.pathSeparator + out : "");
    JavacRun.Result result = JavacRun.compile(List.of(
        "-d", out.toString(),
        "-s", dir.resolve("generated").toString(),
        "-classpath", classPath,
        "-Agenai.policy=" + policy,
        "-Agenai.asOf=" + Policies.AS_OF),
        List.of(relativePaths).stream().map(src::resolve).toList());
    if (!result.succeeded()) {
      throw new AssertionError("compilation failed: " + result.diagnostics());
    }
    return result;
  }

  /** {@code id @ element = verdict} of every use the catalog of the class output lists. */
  private List<String> catalog() throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
        CatalogIncrementalTest.class.getClassLoader())) {
      return GenAiCatalog.load(loader).all().stream()
          .map(use -> use.id() + " @ " + use.element() + " = " + use.verdict())
          .toList();
    }
  }

  private String servicesFile() throws IOException {
    return Files.readString(out.resolve(ServicesFile.PATH), UTF_8);
  }

  @Test
  void recompilingOneTypeListsThePackagesOtherUsesOnceReadFromTheClassOutput()
      throws IOException {
    String before = servicesFile();

    JavacRun.Result result = compile(true, "com/studio/grade/A.java");

    assertThat(catalog()).containsExactlyElementsIn(EVERY_USE).inOrder();
    assertThat(servicesFile()).isEqualTo(before);
    // B's uses were judged for their verdicts, not reported: only A's are counted.
    assertThat(result.diagnostics()).containsExactly(
        "NOTE: [genai] 2 GenAI uses: 2 socialize, 0 approved, 0 needs approval, 0 prohibited");
  }

  /**
   * The first build after an upgrade: providers of one package each named their origins by
   * simple name, within their package. Such a provider is replaced all the same, and the types
   * it names are read from their class files.
   */
  @Test
  void anEarlierProviderNamingItsOriginsBySimpleNameStillLeadsToItsPackagesTypes()
      throws IOException {
    String before = servicesFile().strip();
    Path generated = dir.resolve("generated").resolve(before.replace('.', '/') + ".java");
    String source = Files.readString(generated, UTF_8);
    String qualified = "ORIGINS = \"com.studio.grade.A,com.studio.grade.B,"
        + "com.studio.grade.package-info\";";
    assertThat(source).contains(qualified);
    Path earlier = JavacRun.write(dir.resolve("earlier"), before.replace('.', '/') + ".java",
        source.replace(qualified, "ORIGINS = \"A,B,package-info\";"));
    assertThat(JavacRun.compile(List.of("-proc:none", "-d", out.toString(), "-classpath",
        JavacRun.annotationsLocation().toString()), List.of(earlier)).succeeded()).isTrue();

    compile(true, "com/studio/grade/A.java");

    assertThat(catalog()).containsExactlyElementsIn(EVERY_USE).inOrder();
    assertThat(servicesFile().strip()).isEqualTo(before);
  }

  @Test
  void aUseRemovedFromTheRecompiledTypeLeavesTheCatalogAndTheOthersStay() throws IOException {
    JavacRun.write(src, "com/studio/grade/A.java", A.replaceAll(
        "(?s)  @GenAiUse\\(id = \"grade-notes\".*?ANALYSIS\\)\n", ""));

    compile(true, "com/studio/grade/A.java");

    assertThat(catalog()).containsExactly(
        B_USES.get(0),
        B_USES.get(1),
        "grade-preview @ com.studio.grade.A = SOCIALIZE",
        "grade-wide @ com.studio.grade = SOCIALIZE",
        B_USES.get(2),
        B_USES.get(3)).inOrder();
    assertThat(servicesFile()).isEqualTo(ProviderName.of("com.studio.grade", List.of(
        "de-aging-pass", "grade-look", "grade-preview", "grade-wide", "hero-creature",
        "take-notes")) + "\n");
  }

  @Test
  void twinWithoutTheClassOutputOnTheClassPathTheOtherUsesCannotBeReadAndANoteSaysSo()
      throws IOException {
    String before = servicesFile().strip();
    JavacRun.write(src, "com/studio/grade/A.java", A.replace("\"grade-notes\"", "\"grade-memo\""));

    JavacRun.Result result = compile(false, "com/studio/grade/A.java");

    assertThat(catalog()).containsExactly(
        "grade-memo @ com.studio.grade.A#notes() = SOCIALIZE",
        "grade-preview @ com.studio.grade.A = SOCIALIZE").inOrder();
    assertThat(result.diagnostics()).contains("NOTE: [genai] " + ServicesFile.PATH
        + " no longer lists " + before + ", which this compilation replaces: it is not on the"
        + " class path, so the uses it listed of types that this compilation did not compile,"
        + " if any, could not be read from their class files and"
        + " are not listed until the module is built in full (an incremental compilation needs"
        + " the class output on its class path).");
  }
}
