package dev.genaiguidelines.maven.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import dev.genaiguidelines.policy.DetectionMarkers;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading {@code @GenAiUse} declarations from compiled classes. */
class ClassScannerUsesTest {

  static final String IMPORTS = "import dev.genaiguidelines.annotations.*;\n";

  @TempDir Path temp;
  TestCompiler javac;

  @BeforeEach
  void setUp() throws IOException {
    javac = new TestCompiler(temp);
  }

  /** A minimal valid declaration with the given id. */
  static String use(String id) {
    return "@GenAiUse(id = \"" + id + "\", tool = \"runway-gen4\", purpose = \"p\","
        + " output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.PREVIS)";
  }

  private List<UseDeclaration> scanUses(String... options) throws IOException {
    ScanResult result = new ClassScanner(MarkerCatalog.builtIn().detection()).scan(javac.compile(options));
    assertEquals(List.of(), result.unreadable());
    return result.uses();
  }

  private static List<String> elements(List<UseDeclaration> uses) {
    return uses.stream().map(use -> use.id() + " " + use.element() + " " + use.sourceFile() + ":"
        + use.line()).toList();
  }

  @Test
  void namesEveryKindOfElementLikeTheReportContract() throws IOException {
    String crowd = "com/studio/vfx/CrowdExtender.java";
    javac.source("com/studio/vfx/package-info.java",
            use("pkg") + "\npackage com.studio.vfx;\nimport dev.genaiguidelines.annotations.*;\n")
        .source(crowd, "package com.studio.vfx;\n" + IMPORTS + """
            import java.util.List;
            %s
            public class CrowdExtender {
              %s // field-use-line
              private final String model =
                  "gen4";
              String unannotatedField = "x";
              %s
              public CrowdExtender(String plate) {              // ctor-line
              }
              CrowdExtender() {}
              %s
              public <T extends CharSequence> String render(String plate, int frames,
                  String[] layers, List<T> shots, Inner inner, T generic, long[][] grid) {
                return plate;                                   // method-line
              }
              void unannotatedMethod() {}
              %s
              public class Inner {
                %s
                Inner(int count) {                              // inner-ctor-line
                }
              }
              public static class Nested {
                %s
                Nested(CrowdExtender outer) {                   // nested-ctor-line
                }
              }
            }
            """.formatted(use("type"), use("field"), use("ctor"), use("method"), use("inner"),
                use("inner-ctor"), use("nested-ctor")))
        .source("com/studio/vfx/Mode.java", "package com.studio.vfx;\n" + IMPORTS + """
            enum Mode {
              FAST(1);
              %s
              Mode(int speed) {                                  // enum-ctor-line
              }
            }
            """.formatted(use("enum-ctor")));

    List<UseDeclaration> uses = scanUses();

    String file = "com/studio/vfx/CrowdExtender.java";
    assertEquals(List.of(
        // A type's line is the smallest in its line tables: here its only constructor's.
        "inner com.studio.vfx.CrowdExtender$Inner " + file + ":"
            + javac.lineOf(crowd, "inner-ctor-line"),
        "inner-ctor com.studio.vfx.CrowdExtender$Inner#<init>(int) " + file + ":"
            + javac.lineOf(crowd, "inner-ctor-line"),
        "nested-ctor com.studio.vfx.CrowdExtender$Nested#<init>(com.studio.vfx.CrowdExtender) "
            + file + ":" + javac.lineOf(crowd, "nested-ctor-line"),
        // ... and here the first field initializer's, which javac puts on its annotation.
        "type com.studio.vfx.CrowdExtender " + file + ":" + javac.lineOf(crowd, "field-use-line"),
        "field com.studio.vfx.CrowdExtender#model " + file + ":"
            + javac.lineOf(crowd, "field-use-line"),
        "ctor com.studio.vfx.CrowdExtender#<init>(java.lang.String) " + file + ":"
            + javac.lineOf(crowd, "// ctor-line"),
        "method com.studio.vfx.CrowdExtender#render(java.lang.String,int,java.lang.String[],"
            + "java.util.List,com.studio.vfx.CrowdExtender$Inner,java.lang.CharSequence,long[][]) "
            + file + ":" + javac.lineOf(crowd, "method-line"),
        "enum-ctor com.studio.vfx.Mode#<init>(int) com/studio/vfx/Mode.java:"
            + javac.lineOf("com/studio/vfx/Mode.java", "enum-ctor-line"),
        "pkg com.studio.vfx com/studio/vfx/package-info.java:1"),
        elements(uses));
  }

  @Test
  void constructorNamesDropJavacAddedParametersAlsoWithMethodParameters() throws IOException {
    javac.source("com/studio/Outer.java", "package com.studio;\n" + IMPORTS + """
        public class Outer {
          class Inner {
            %s
            Inner(String name) {}
          }
          enum Kind {
            A("a");
            %s
            Kind(String label) {}
          }
        }
        """.formatted(use("inner"), use("kind")));

    assertEquals(
        List.of("inner com.studio.Outer$Inner#<init>(java.lang.String)",
            "kind com.studio.Outer$Kind#<init>(java.lang.String)"),
        scanUses("-parameters").stream().map(use -> use.id() + " " + use.element()).toList());
  }

  @Test
  void readsEveryAttributeValue() throws IOException {
    javac.source("com/studio/dub/DeAger.java", "package com.studio.dub;\n" + IMPORTS + """
        @GenAiUse(id = "de-aging-pass", tool = "vendor-x", purpose = "De-ages the lead.",
            output = Output.FINAL_DELIVERABLE,
            inputs = {DataInput.TALENT_LIKENESS, DataInput.PRODUCTION_MATERIAL},
            creates = {Creates.PERFORMANCE_ALTERATION, Creates.KEY_VISUAL},
            context = Context.DOCUMENTARY, unionCoveredWork = true, model = "v2.1",
            approval = "APR-2025-0042", consent = "CON-2025-007")
        class DeAger {}
        """);

    assertEquals(List.of(UseDeclaration.builder("com.studio.dub.DeAger")
            .id("de-aging-pass").tool("vendor-x").purpose("De-ages the lead.")
            .output(Output.FINAL_DELIVERABLE)
            .inputs(DataInput.TALENT_LIKENESS, DataInput.PRODUCTION_MATERIAL)
            .creates(Creates.PERFORMANCE_ALTERATION, Creates.KEY_VISUAL)
            .context(Context.DOCUMENTARY).unionCoveredWork(true).model("v2.1")
            .approval("APR-2025-0042").consent("CON-2025-007")
            .source("com/studio/dub/DeAger.java", 9)
            .build()),
        scanUses());
  }

  @Test
  void leavesOutAttributesAtTheirDefaults() throws IOException {
    javac.source("com/studio/Boards.java", "package com.studio;\n" + IMPORTS + """
        @GenAiUse(id = "boards", tool = "runway-gen4", purpose = "Rough boards.",
            output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.PREVIS)
        class Boards {}
        """);

    assertEquals(List.of(UseDeclaration.builder("com.studio.Boards")
            .id("boards").tool("runway-gen4").purpose("Rough boards.")
            .output(Output.TEMPORARY).inputs(DataInput.NONE).creates(Creates.PREVIS)
            .context(Context.FICTION).unionCoveredWork(false).model("").approval("").consent("")
            .source("com/studio/Boards.java", 5)
            .build()),
        scanUses());
  }

  @Test
  void readsEachUseOfARepeatedAnnotationInOrder() throws IOException {
    javac.source("com/studio/Twice.java", "package com.studio;\n" + IMPORTS + """
        class Twice {
          %s
          %s
          void both() {}
          %s
          void once() {}
        }
        """.formatted(use("first"), use("second"), use("single")));

    assertEquals(List.of("first com.studio.Twice#both()", "second com.studio.Twice#both()",
            "single com.studio.Twice#once()"),
        scanUses().stream().map(use -> use.id() + " " + use.element()).toList());
  }

  @Test
  void ignoresTheCopyJavacPutsOnABridgeMethod() throws IOException {
    javac.source("com/studio/Shot.java", "package com.studio;\n" + IMPORTS + """
        class Shot implements Comparable<Shot> {
          %s
          public int compareTo(Shot other) { return 0; }
        }
        """.formatted(use("compare")));

    assertEquals(List.of("compare com.studio.Shot#compareTo(com.studio.Shot)"),
        scanUses().stream().map(use -> use.id() + " " + use.element()).toList());
  }

  @Test
  void listsARecordComponentDeclarationOnceAsItsField() throws IOException {
    javac.source("com/studio/Take.java", "package com.studio;\n" + IMPORTS + """
        record Take(%s String prompt, String plate) {
          %s
          public String plate() { return plate; }
        }
        """.formatted(use("prompt"), use("plate")));

    assertEquals(List.of("prompt com.studio.Take#prompt", "plate com.studio.Take#plate()"),
        scanUses().stream().map(use -> use.id() + " " + use.element()).toList());
  }

  @Test
  void leavesSourceFileAndLineEmptyWithoutDebugInformation() throws IOException {
    javac.source("com/studio/Bare.java", "package com.studio;\n" + IMPORTS + """
        class Bare {
          %s
          void declared() {}
          void call(com.openai.client.OpenAIClient client) { client.chat("x"); }
        }
        """.formatted(use("bare")));

    ScanResult result = new ClassScanner(MarkerCatalog.builtIn().detection()).scan(javac.compile("-g:none"));

    assertEquals(List.of("bare com.studio.Bare#declared() :0"), elements(result.uses()));
    assertEquals(List.of(new UndeclaredCall("com.studio.Bare#call(com.openai.client.OpenAIClient)",
            "com.openai.client.OpenAIClient#chat(java.lang.String)", "com.openai", "", 0)),
        result.undeclaredCalls());
  }

  @Test
  void findsNoUseInClassesWithoutTheAnnotation() throws IOException {
    javac.source("com/studio/Plain.java", """
        package com.studio;
        @Deprecated
        class Plain {
          @Deprecated String field;
          @Deprecated void method() {}
        }
        """);

    assertEquals(List.of(), scanUses());
  }
}
