package dev.genaiguidelines.maven.scan;

import static dev.genaiguidelines.maven.scan.ClassScannerUsesTest.IMPORTS;
import static dev.genaiguidelines.maven.scan.ClassScannerUsesTest.use;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.policy.DetectionMarkers;
import dev.genaiguidelines.policy.UndeclaredCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;

/** Which class files the scanner reads without their method bodies, and that nothing is lost. */
class ConstantPoolPrefilterTest {

  @TempDir Path temp;
  TestCompiler javac;
  Path classes;

  @BeforeEach
  void setUp() throws IOException {
    javac = new TestCompiler(temp);
    javac.source("com/studio/Plain.java", """
        package com.studio;
        class Plain {
          String name(java.util.List<String> parts) { return String.join("/", parts); }
        }
        """);
    javac.source("com/studio/Caller.java", """
        package com.studio;
        class Caller {
          String run() { return new com.openai.client.OpenAIClient().chat("hi"); }
        }
        """);
    javac.source("com/studio/HostString.java", """
        package com.studio;
        class HostString {
          String endpoint(String path) { return "https://api.openai.com/v1/" + path; }
        }
        """);
    javac.source("com/studio/Declared.java", "package com.studio;\n" + IMPORTS + """
        class Declared {
          %s
          void make() {}
        }
        """.replace("%s", use("declared")));
    javac.source("com/studio/FieldTypeOnly.java", """
        package com.studio;
        class FieldTypeOnly {
          com.openai.client.OpenAIClient client;
          void keep(com.openai.client.OpenAIClient client) { this.client = client; }
        }
        """);
    javac.source("com/openaix/Lookalike.java", """
        package com.openaix;
        public class Lookalike {}
        """);
    javac.source("com/studio/UsesLookalike.java", """
        package com.studio;
        class UsesLookalike {
          Object make() { return new com.openaix.Lookalike(); }
        }
        """);
    javac.source("com/studio/UpperHost.java", """
        package com.studio;
        class UpperHost {
          String endpoint() { return "HTTPS://API.OPENAI.COM/v1"; }
        }
        """);
    javac.source("com/studio/ByName.java", """
        package com.studio;
        class ByName {
          Object load() throws Exception { return Class.forName("com.openai.client.OpenAIClient"); }
          Object own() throws Exception { return Class.forName("com.openaix.Lookalike"); }
        }
        """);
    javac.source("com/studio/OwnName.java", """
        package com.studio;
        class OwnName {
          Object load() throws Exception { return Class.forName("com.openaix.Lookalike"); }
        }
        """);
    classes = javac.compile();
  }

  @Test
  void readsTheCodeOfAClassWithAnUpperCaseHostOrAMarkerClassName() throws IOException {
    assertTrue(mayMatter("com/studio/UpperHost"));
    assertTrue(mayMatter("com/studio/ByName"));
    assertFalse(mayMatter("com/studio/OwnName"));
  }

  private boolean mayMatter(String internalName, DetectionMarkers markers) throws IOException {
    byte[] bytes = Files.readAllBytes(classes.resolve(internalName + ".class"));
    return new MarkerMatcher(markers).prefilter().mayMatter(new ClassReader(bytes), bytes);
  }

  private boolean mayMatter(String internalName) throws IOException {
    return mayMatter(internalName, MarkerCatalog.builtIn().detection());
  }

  @Test
  void aClassThatCallsAMarkerPackageIsReadWhole() throws IOException {
    assertTrue(mayMatter("com/studio/Caller"));
  }

  @Test
  void aClassWithNoMarkerIsReadWithoutItsCode() throws IOException {
    assertFalse(mayMatter("com/studio/Plain"));
  }

  @Test
  void aStringNamingAMarkerHostIsReadWhole() throws IOException {
    assertTrue(mayMatter("com/studio/HostString"));
  }

  @Test
  void aDeclaringClassIsReadWhole() throws IOException {
    assertTrue(mayMatter("com/studio/Declared"));
  }

  /** An SDK type in a field or parameter type only is no call, and needs no code read. */
  @Test
  void anSdkTypeOnlyInSignaturesDoesNotNeedTheCode() throws IOException {
    assertFalse(mayMatter("com/studio/FieldTypeOnly"));
  }

  @Test
  void aPackageThatOnlyStartsLikeAMarkerIsNoMarker() throws IOException {
    assertFalse(mayMatter("com/studio/UsesLookalike"));
    assertTrue(mayMatter("com/studio/UsesLookalike",
        new DetectionMarkers(List.of("com.openaix"), List.of())));
  }

  @Test
  void aPolicyHostAddedByDetectIsMatchedToo() throws IOException {
    assertFalse(mayMatter("com/studio/Plain"));
    assertTrue(mayMatter("com/studio/Plain",
        MarkerCatalog.builtIn().detection().plus(new DetectionMarkers(List.of(), List.of("/")))));
  }

  /** Modified UTF-8 equals ASCII only for ASCII text: other markers turn the prefilter off. */
  @Test
  void aNonAsciiMarkerMakesEveryClassReadWhole() throws IOException {
    assertTrue(mayMatter("com/studio/Plain", MarkerCatalog.builtIn().detection().plus(
        new DetectionMarkers(List.of(), List.of("ki-stüdio.example")))));
  }

  /**
   * Coverage of a nested class walks its enclosing types: a middle type the prefilter skips the
   * code of still links the call to the declared outer type.
   */
  @Test
  void aCallTwoLevelsInsideADeclaredTypeIsCoveredThroughAPlainMiddleType() throws IOException {
    javac.source("com/studio/Outer.java", "package com.studio;\n" + IMPORTS + """
        %s
        class Outer {
          static class Middle {
            static class Inner {
              String run() { return new com.openai.client.OpenAIClient().chat("hi"); }
            }
          }
        }
        """.replace("%s", use("outer")));
    javac.source("com/studio/Bare.java", """
        package com.studio;
        class Bare {
          static class Middle {
            static class Inner {
              String run() { return new com.openai.client.OpenAIClient().chat("hi"); } // bare
            }
          }
        }
        """);
    classes = javac.compile();
    assertFalse(mayMatter("com/studio/Outer$Middle"));

    List<UndeclaredCall> calls =
        new ClassScanner(MarkerCatalog.builtIn().detection()).scan(classes).undeclaredCalls().stream()
            .filter(call -> call.element().startsWith("com.studio.Bare")
                || call.element().startsWith("com.studio.Outer"))
            .toList();
    assertEquals(List.of("com.studio.Bare$Middle$Inner#run()"),
        calls.stream().map(UndeclaredCall::element).distinct().toList());
    assertEquals(javac.lineOf("com/studio/Bare.java", "// bare"), calls.get(0).line());
  }

  /**
   * A class literal of an array of an SDK type names only the array type in the pool
   * ({@code [Lcom/openai/client/OpenAIClient;}); the scan reports it as a class literal, so the
   * prefilter must not skip its code.
   */
  @Test
  void aClassLiteralOfAnArrayOfAnSdkTypeIsReadWholeAndReported() throws IOException {
    javac.source("com/studio/ArrayLiteral.java", """
        package com.studio;
        class ArrayLiteral {
          Object type() { return com.openai.client.OpenAIClient[][].class; } // literal
        }
        """);
    javac.source("com/studio/OwnArrayLiteral.java", """
        package com.studio;
        class OwnArrayLiteral {
          Object type() { return com.openaix.Lookalike[][].class; }
        }
        """);
    classes = javac.compile();
    assertTrue(mayMatter("com/studio/ArrayLiteral"));
    assertFalse(mayMatter("com/studio/OwnArrayLiteral"));

    List<UndeclaredCall> calls = new ClassScanner(MarkerCatalog.builtIn().detection())
        .scan(classes).undeclaredCalls().stream()
        .filter(call -> call.element().startsWith("com.studio.ArrayLiteral")
            || call.element().startsWith("com.studio.OwnArrayLiteral"))
        .toList();
    assertEquals(List.of(new UndeclaredCall("com.studio.ArrayLiteral#type()",
        "com.openai.client.OpenAIClient.class", "com.openai", "com/studio/ArrayLiteral.java",
        javac.lineOf("com/studio/ArrayLiteral.java", "// literal"))), calls);
  }

  /**
   * A type marker covers its nested types ({@code McpSchema$CreateMessageRequest$Builder}), as
   * the full read matches them; a class file without an InnerClasses attribute names only the
   * nested type, so the prefilter matches at a {@code $} as well as at a {@code /}.
   */
  @Test
  void aNestedTypeOfATypeMarkerIsReadWholeAndALongerNameIsNot() {
    DetectionMarkers typeMarker =
        new DetectionMarkers(List.of("com.vendor.Api$Request"), List.of());
    assertTrue(mayMatter(calling("com/vendor/Api$Request$Builder"), typeMarker));
    assertTrue(mayMatter(calling("com/vendor/Api$Request"), typeMarker));
    assertFalse(mayMatter(calling("com/vendor/Api$RequestLog$Builder"), typeMarker));
    assertFalse(mayMatter(calling("com/vendor/Api"), typeMarker));
  }

  /** A class, with no InnerClasses attribute, whose one method constructs {@code owner}. */
  private static byte[] calling(String owner) {
    org.objectweb.asm.ClassWriter writer =
        new org.objectweb.asm.ClassWriter(org.objectweb.asm.ClassWriter.COMPUTE_MAXS);
    writer.visit(org.objectweb.asm.Opcodes.V17, org.objectweb.asm.Opcodes.ACC_PUBLIC,
        "com/studio/Crafted", null, "java/lang/Object", null);
    org.objectweb.asm.MethodVisitor method = writer.visitMethod(
        org.objectweb.asm.Opcodes.ACC_STATIC, "make", "()Ljava/lang/Object;", null, null);
    method.visitCode();
    method.visitTypeInsn(org.objectweb.asm.Opcodes.NEW, owner);
    method.visitInsn(org.objectweb.asm.Opcodes.DUP);
    method.visitMethodInsn(org.objectweb.asm.Opcodes.INVOKESPECIAL, owner, "<init>", "()V",
        false);
    method.visitInsn(org.objectweb.asm.Opcodes.ARETURN);
    method.visitMaxs(0, 0);
    method.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  private static boolean mayMatter(byte[] bytes, DetectionMarkers markers) {
    return new MarkerMatcher(markers).prefilter().mayMatter(new ClassReader(bytes), bytes);
  }
}
