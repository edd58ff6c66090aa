package dev.genaiguidelines.maven.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.policy.DetectionMarkers;
import dev.genaiguidelines.policy.UseDeclaration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.Attribute;
import org.objectweb.asm.ByteVector;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;

/**
 * Class files crafted to hurt the scanner, as fuzzing ({@link ClassScannerJazzerTest}) and
 * reading ASM found them: each must be named as unreadable, with a one-line reason, and cost no
 * more memory or stack than its size.
 */
class ClassScannerHostileFilesTest {
  private static final byte[] MARK = "EVILEVIL".getBytes(StandardCharsets.US_ASCII);
  private static final int GIGABYTES = 0x7FFF_FFF0;

  @TempDir Path classes;

  private ScanResult scan(byte[] bytes) throws IOException {
    Files.write(classes.resolve("Evil.class"), bytes);
    return new ClassScanner(MarkerCatalog.builtIn().detection()).scan(classes);
  }

  private void assertUnreadable(byte[] bytes, String reason) throws IOException {
    ScanResult result = scan(bytes);
    assertEquals(List.of(new UnreadableClass("Evil.class", reason)), result.unreadable());
    assertEquals(List.of(), result.uses());
  }

  /** Found by fuzzing: ASM allocated the claimed length (OutOfMemoryError) before reading it. */
  @Test
  void anUnknownClassAttributeClaimingGigabytesIsNamedNotAllocated() throws IOException {
    byte[] bytes = claim(GIGABYTES, classWith(writer -> writer.visitAttribute(new Raw(false))));

    assertUnreadable(bytes, "truncated class file (ends after " + bytes.length + " bytes)");
  }

  @Test
  void anUnknownAttributeInsideCodeClaimingGigabytesIsNamedNotAllocated() throws IOException {
    byte[] bytes = claim(GIGABYTES, classWith(writer -> methodWithRawCodeAttribute(writer, true)));

    assertUnreadable(bytes, "truncated class file (ends after " + bytes.length + " bytes)");
  }

  /**
   * The twin: a class whose constant pool names no marker and no @GenAiUse is read without its
   * method bodies, so what its Code attributes hold, broken or not, is never read.
   */
  @Test
  void theCodeOfAClassThatCannotCallGenAiIsNotRead() throws IOException {
    byte[] bytes = claim(GIGABYTES, classWith(writer -> methodWithRawCodeAttribute(writer, false)));

    ScanResult result = scan(bytes);
    assertEquals(List.of(), result.unreadable());
    assertEquals(1, result.classCount());
  }

  /** A method with an unknown attribute in its Code, calling the OpenAI SDK if {@code calls}. */
  private static void methodWithRawCodeAttribute(ClassWriter writer, boolean calls) {
    MethodVisitor method = writer.visitMethod(Opcodes.ACC_STATIC, "m", "()V", null, null);
    method.visitCode();
    if (calls) {
      method.visitMethodInsn(Opcodes.INVOKESTATIC, "com/openai/Client", "chat", "()V", false);
    }
    method.visitInsn(Opcodes.RETURN);
    method.visitAttribute(new Raw(true));
    method.visitMaxs(0, 0);
    method.visitEnd();
  }

  @Test
  void anUnknownRecordComponentAttributeClaimingGigabytesIsNamedNotAllocated()
      throws IOException {
    byte[] bytes = claim(GIGABYTES, classWith(writer -> {
      RecordComponentVisitor component = writer.visitRecordComponent("frame", "I", null);
      component.visitAttribute(new Raw(false));
      component.visitEnd();
    }));

    assertUnreadable(bytes, "truncated class file (ends after " + bytes.length + " bytes)");
  }

  /**
   * Found by fuzzing: the last instruction of a method claimed bytes past {@code code_length},
   * ASM read the exception table and the attributes after it from where its pass over the
   * instructions ended, and allocated the gigabytes one of those "attributes" claimed
   * (OutOfMemoryError). The layout check now walks the instructions as ASM does.
   */
  @Test
  void anInstructionRunningPastTheCodeIsNamedNotAllocated() throws IOException {
    for (int found = 1; found <= 2; found++) {
      String name = "found-instruction-past-code-end-then-huge-attribute-" + found;
      byte[] bytes;
      try (var in = getClass().getResourceAsStream(
          "ClassScannerJazzerTestInputs/anyClassFile/" + name)) {
        bytes = in.readAllBytes();
      }
      assertUnreadable(bytes, "truncated class file (ends after " + bytes.length + " bytes)");
    }
  }

  /**
   * The twin: every instruction length javac writes (switches with their padding, wide, iinc,
   * multianewarray, invokeinterface, invokedynamic) leads the walk to the real exception table,
   * so honest code is read and its use found.
   */
  @Test
  void everyKindOfInstructionJavacWritesIsWalkedToTheRealExceptionTable() throws IOException {
    TestCompiler javac = new TestCompiler(classes.resolveSibling(classes.getFileName() + "-src"));
    javac.source("com/studio/Instructions.java", "package com.studio;\n"
        + ClassScannerUsesTest.IMPORTS + """
        class Instructions {
          %s
          long all(int dense, int sparse, Object shot, java.util.List<String> frames) {
            long sum = 0L + 40_000_000_000L + (short) 300 + (byte) 7;
            switch (dense) { case 1: sum++; break; case 2: sum += 2; break; case 3: sum--; }
            switch (sparse) { case 10: sum++; break; case 10_000: sum += 9; break; default: }
            int l0 = 0, l1 = 1, l2 = 2, l3 = 3, l4 = 4, l5 = 5, l6 = 6, l7 = 7, l8 = 8, l9 = 9;
            int[][] grid = new int[2][3];
            synchronized (this) {
              try {
                sum += frames.size() + grid[1].length + (shot instanceof String s ? s.length() : 0);
              } catch (RuntimeException e) {
                sum = -1;
              }
            }
            java.util.function.IntSupplier later = () -> l9 + 1000;
            int wide = l0 + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + later.getAsInt();
            wide += 1000;
            return sum + wide + (double) sum > 0 ? 1 : 0;
          }
        }
        """.replace("%s", ClassScannerUsesTest.use("instructions")));
    ScanResult result = new ClassScanner(MarkerCatalog.builtIn().detection()).scan(javac.compile());
    assertEquals(List.of(), result.unreadable());
    assertEquals(List.of("instructions"), result.uses().stream().map(UseDeclaration::id).toList());
  }

  /** The negative twin: unknown attributes of honest length are skipped, the use is read. */
  @Test
  void unknownAttributesOfHonestLengthAreReadPast() throws IOException {
    byte[] bytes = classWith(writer -> {
      writer.visitAttribute(new Raw(false));
      RecordComponentVisitor component = writer.visitRecordComponent("frame", "I", null);
      component.visitAttribute(new Raw(false));
      component.visitEnd();
      MethodVisitor method = writer.visitMethod(Opcodes.ACC_STATIC, "m", "()V", null, null);
      AnnotationVisitor use = method.visitAnnotation(UseAnnotationReader.USE_DESCRIPTOR, true);
      values(use, "honest");
      use.visitEnum("output", "Ldev/genaiguidelines/annotations/Output;", "TEMPORARY");
      use.visitEnd();
      method.visitCode();
      method.visitInsn(Opcodes.RETURN);
      method.visitAttribute(new Raw(true));
      method.visitMaxs(0, 0);
      method.visitEnd();
    });

    ScanResult result = scan(bytes);

    assertEquals(List.of(), result.unreadable());
    assertEquals(List.of("honest"), result.uses().stream().map(UseDeclaration::id).toList());
  }

  /** Found by fuzzing: the reason quoted constant-pool bytes, line breaks included. */
  @Test
  void aReasonQuotingClassFileTextStaysOnOneLine() throws IOException {
    byte[] bytes = classWith(writer -> {
      AnnotationVisitor use = writer.visitAnnotation(UseAnnotationReader.USE_DESCRIPTOR, true);
      values(use, "crafted");
      use.visitEnum("out\nput", "Ldev/genaiguidelines/annotations/Output;", "TEMPORARY");
      use.visitEnum("output", "Lde\r\n[INFO] ok\u202E;", "TEMPORARY");
      use.visitEnd();
    }, "com/studio/Evil\n[INFO] BUILD SUCCESS");

    assertUnreadable(bytes, "@GenAiUse on com.studio.Evil\\u000A[INFO] BUILD SUCCESS: attribute"
        + " 'out\\u000Aput' is not declared by this version of guidelines-annotations; attribute"
        + " 'output' has a value of type de\\u000D\\u000A[INFO] ok\\u202E instead of"
        + " dev.genaiguidelines.annotations.Output; recompile the class against the"
        + " guidelines-annotations this plugin uses");
  }

  /** Found by fuzzing: ASM's Type threw an AssertionError, an Error, on the descriptor "(". */
  @Test
  void anEnumValueWhoseTypeIsNoClassIsNamedNotAnAssertionError() throws IOException {
    byte[] bytes = classWith(writer -> {
      AnnotationVisitor use = writer.visitAnnotation(UseAnnotationReader.USE_DESCRIPTOR, true);
      values(use, "crafted");
      use.visitEnum("output", "(", "TEMPORARY");
      use.visitEnd();
    });

    assertUnreadable(bytes, "@GenAiUse on com.studio.Evil: attribute 'output' has a value of"
        + " type ( instead of dev.genaiguidelines.annotations.Output; recompile the class"
        + " against the guidelines-annotations this plugin uses");
  }

  /** The same AssertionError from a call's method descriptor names the file as malformed. */
  @Test
  void aCallWithADescriptorOfNoKindIsNamedNotAnAssertionError() throws IOException {
    byte[] bytes = classWith(writer -> {
      MethodVisitor method = writer.visitMethod(Opcodes.ACC_STATIC, "m", "()V", null, null);
      method.visitCode();
      method.visitMethodInsn(Opcodes.INVOKESTATIC, "com/openai/Client", "chat", "(()V", false);
      method.visitInsn(Opcodes.RETURN);
      method.visitMaxs(1, 0);
      method.visitEnd();
    });

    assertUnreadable(bytes, "malformed class file (AssertionError)");
  }

  /**
   * Found by reading ASM: it reads nested annotation values recursively, so a class file that
   * nests arrays a million deep overflowed the stack, an Error no caller expects.
   */
  @Test
  void annotationValuesNestedAMillionDeepAreNamedNotAStackOverflow() throws IOException {
    byte[] bytes = classWith(writer -> {
      List<AnnotationVisitor> levels = new ArrayList<>();
      AnnotationVisitor current = writer.visitAnnotation("Lcom/studio/Deep;", false);
      for (int i = 0; i < 1_000_000; i++) {
        levels.add(current);
        current = current.visitArray("v");
      }
      current.visitEnd();
      for (int i = levels.size() - 1; i >= 0; i--) {
        levels.get(i).visitEnd();
      }
    });

    assertUnreadable(bytes, "malformed class file (annotation values nested too deep to read)");
  }

  /** An attribute ASM does not know, whose content {@link #claim} can find and lie about. */
  private static final class Raw extends Attribute {
    private final boolean code;

    Raw(boolean code) {
      super("Evil");
      this.code = code;
    }

    @Override
    public boolean isCodeAttribute() {
      return code;
    }

    @Override
    protected ByteVector write(ClassWriter writer, byte[] codeBytes, int codeLength,
        int maxStack, int maxLocals) {
      return new ByteVector().putByteArray(MARK, 0, MARK.length);
    }
  }

  /** {@code bytes} with the length of the first {@link Raw} attribute set to {@code length}. */
  private static byte[] claim(int length, byte[] bytes) {
    for (int i = 4; i + MARK.length <= bytes.length; i++) {
      if (java.util.Arrays.equals(bytes, i, i + MARK.length, MARK, 0, MARK.length)) {
        bytes[i - 4] = (byte) (length >>> 24);
        bytes[i - 3] = (byte) (length >>> 16);
        bytes[i - 2] = (byte) (length >>> 8);
        bytes[i - 1] = (byte) length;
        return bytes;
      }
    }
    throw new AssertionError("no Raw attribute");
  }

  private interface Body {
    void write(ClassWriter writer);
  }

  private static byte[] classWith(Body body) {
    return classWith(body, "com/studio/Evil");
  }

  private static byte[] classWith(Body body, String name) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V17, Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
    body.write(writer);
    writer.visitEnd();
    return writer.toByteArray();
  }

  private static void values(AnnotationVisitor use, String id) {
    use.visit("id", id);
    use.visit("tool", "runway-gen4");
    use.visit("purpose", "p");
    AnnotationVisitor inputs = use.visitArray("inputs");
    inputs.visitEnum(null, "Ldev/genaiguidelines/annotations/DataInput;", "NONE");
    inputs.visitEnd();
    AnnotationVisitor creates = use.visitArray("creates");
    creates.visitEnum(null, "Ldev/genaiguidelines/annotations/Creates;", "PREVIS");
    creates.visitEnd();
  }
}
