package dev.genaiguidelines.maven.scan;

import static dev.genaiguidelines.maven.scan.ClassScannerUsesTest.IMPORTS;
import static dev.genaiguidelines.maven.scan.ClassScannerUsesTest.use;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.policy.DetectionMarkers;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/** Files the scanner cannot read are named with a reason, and the scan goes on. */
class ClassScannerUnreadableTest {

  @TempDir static Path shared;
  private static byte[] valid;

  @TempDir Path temp;
  private Path classes;

  /** Compiles, once, a good class (a use covering a call) that every case keeps beside it. */
  @BeforeAll
  static void compileGoodClass() throws IOException {
    TestCompiler javac = new TestCompiler(shared);
    javac.source("com/studio/Good.java", "package com.studio;\n" + IMPORTS + """
        %s
        class Good {
          void call(com.openai.client.OpenAIClient client) {
            client.chat("x");
          }
        }
        """.formatted(use("good")));
    valid = Files.readAllBytes(javac.compile().resolve("com/studio/Good.class"));
  }

  @BeforeEach
  void setUp() throws IOException {
    classes = temp.resolve("classes");
    write("com/studio/Good.class", valid);
  }

  private ScanResult scan() throws IOException {
    return new ClassScanner(MarkerCatalog.builtIn().detection()).scan(classes);
  }

  private void write(String path, byte[] bytes) throws IOException {
    Path file = classes.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private void assertOnlyUnreadable(String path, String reason) throws IOException {
    ScanResult result = scan();
    assertEquals(List.of(new UnreadableClass(path, reason)), result.unreadable());
    assertEquals(List.of("good"), result.uses().stream().map(UseDeclaration::id).toList(),
        "the good class is still read");
    assertEquals(2, result.classCount());
  }

  @Test
  void readsAGoodClassWithoutComplaint() throws IOException {
    ScanResult result = scan();

    assertEquals(List.of(), result.unreadable());
    assertEquals(List.of("good"), result.uses().stream().map(UseDeclaration::id).toList());
    assertEquals(List.of(), result.undeclaredCalls(), "the type declaration covers its call");
    assertEquals(1, result.classCount());
  }

  /**
   * The scan walks directory by directory (so it never holds every path at once) yet reads in
   * the order of the whole '/'-separated paths: {@code m-n/} and {@code m.class} sort before
   * {@code m/}, as '-' and '.' sort before '/'.
   */
  @Test
  void readsClassFilesInTheOrderOfTheirWholeRelativePaths() throws IOException {
    byte[] notAClass = {1, 2, 3, 4};
    write("m/a/B.class", notAClass);
    write("m/Z.class", notAClass);
    write("m.class", notAClass);
    write("m-n/A.class", notAClass);
    write("m/a.txt", notAClass);

    ScanResult result = scan();

    assertEquals(List.of("m-n/A.class", "m.class", "m/Z.class", "m/a/B.class"),
        result.unreadable().stream().map(UnreadableClass::path).toList());
    assertEquals(5, result.classCount());
  }

  @Test
  void namesATruncatedClassFile() throws IOException {
    write("com/studio/Cut.class", Arrays.copyOf(valid, 100));

    assertOnlyUnreadable("com/studio/Cut.class", "truncated class file (ends after 100 bytes)");
  }

  @Test
  void namesAClassFileCutInItsLastAttribute() throws IOException {
    write("com/studio/Cut.class", Arrays.copyOf(valid, valid.length - 3));

    assertOnlyUnreadable("com/studio/Cut.class",
        "truncated class file (ends after " + (valid.length - 3) + " bytes)");
  }

  @Test
  void namesAClassFileCutInItsHeader() throws IOException {
    write("Cut.class", Arrays.copyOf(valid, 6));

    assertOnlyUnreadable("Cut.class", "truncated class file (ends after 6 bytes)");
  }

  @Test
  void namesAFileThatIsNotAClassFile() throws IOException {
    write("com/studio/notes/Readme.class", "hello, world".getBytes(StandardCharsets.US_ASCII));

    assertOnlyUnreadable("com/studio/notes/Readme.class",
        "not a class file (bad magic 0x68656C6C)");
  }

  @Test
  void namesAClassFileWithAWrongMagicNumber() throws IOException {
    byte[] bytes = valid.clone();
    bytes[3] = (byte) 0xBF;
    write("com/studio/Odd.class", bytes);

    assertOnlyUnreadable("com/studio/Odd.class", "not a class file (bad magic 0xCAFEBABF)");
  }

  @Test
  void namesAnEmptyFile() throws IOException {
    write("Empty.class", new byte[0]);

    assertOnlyUnreadable("Empty.class", "not a class file (empty)");
  }

  @Test
  void namesAClassFileNewerThanAsmSupports() throws IOException {
    int major = ClassFileCheck.NEWEST_MAJOR + 1;
    byte[] bytes = valid.clone();
    bytes[6] = (byte) (major >> 8);
    bytes[7] = (byte) major;
    write("com/studio/Future.class", bytes);

    assertOnlyUnreadable("com/studio/Future.class", "class file version " + major
        + " is newer than this scanner supports (up to Java " + ClassFileCheck.NEWEST_JAVA
        + "); update the guidelines-maven-plugin");
  }

  @Test
  void supportsEveryJdkTheBuildRunsOn() {
    assertTrue(ClassFileCheck.NEWEST_JAVA >= Math.max(25, Runtime.version().feature()),
        "ASM reads up to Java " + ClassFileCheck.NEWEST_JAVA);
  }

  @Test
  void namesACorruptConstantPool() throws IOException {
    byte[] bytes = valid.clone();
    bytes[10] = 99;
    write("com/studio/Corrupt.class", bytes);

    assertOnlyUnreadable("com/studio/Corrupt.class",
        "malformed class file (unknown constant pool tag 99 at entry 1)");
  }

  @Test
  void namesAnAnnotationValueThisVersionDoesNotKnow() throws IOException {
    write("com/studio/Newer.class", classWithUse("com/studio/Newer", "SOMETIMES"));

    ScanResult result = scan();

    assertEquals(List.of(new UnreadableClass("com/studio/Newer.class",
            "@GenAiUse on com.studio.Newer: attribute 'output' has the value Output.SOMETIMES,"
                + " which this version of guidelines-annotations does not know; recompile the"
                + " class against the guidelines-annotations this plugin uses")),
        result.unreadable());
    assertEquals(List.of("good"), result.uses().stream().map(UseDeclaration::id).toList());
  }

  @Test
  void namesAnAnnotationWithoutARequiredAttribute() throws IOException {
    write("com/studio/Older.class", classWithUse("com/studio/Older", null));

    ScanResult result = scan();

    assertEquals(List.of(new UnreadableClass("com/studio/Older.class",
            "@GenAiUse on com.studio.Older: required attribute output is missing; recompile the"
                + " class against the guidelines-annotations this plugin uses")),
        result.unreadable());
    assertEquals(List.of("good"), result.uses().stream().map(UseDeclaration::id).toList());
  }

  @Test
  void readsAHandMadeAnnotationWithKnownValues() throws IOException {
    write("com/studio/Newer.class", classWithUse("com/studio/Newer", "TEMPORARY"));

    ScanResult result = scan();

    assertEquals(List.of(), result.unreadable());
    assertEquals(List.of("good", "newer"),
        result.uses().stream().map(UseDeclaration::id).sorted().toList());
  }

  @Test
  void ignoresFilesThatAreNotNamedClass() throws IOException {
    write("com/studio/messages.properties", "hello".getBytes(StandardCharsets.US_ASCII));
    write("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.US_ASCII));

    ScanResult result = scan();

    assertEquals(List.of(), result.unreadable());
    assertEquals(1, result.classCount());
  }

  @Test
  void givesAnEmptyResultForAMissingDirectory() throws IOException {
    ScanResult result = new ClassScanner(MarkerCatalog.builtIn().detection())
        .scan(temp.resolve("no-such-classes"));

    assertEquals(new ScanResult(List.of(), List.of(), List.of(), 0, 0, ""), result);
  }

  @Test
  void refusesAFileThatIsNoJarInPlaceOfTheDirectory() throws IOException {
    Path file = temp.resolve("classes.txt");
    Files.writeString(file, "not a directory");

    assertThrows(java.util.zip.ZipException.class,
        () -> new ClassScanner(MarkerCatalog.builtIn().detection()).scan(file));
  }

  @Test
  void scansUncoveredCallsBesideUnreadableFiles() throws IOException {
    TestCompiler javac = new TestCompiler(temp.resolve("second"));
    javac.source("com/studio/Bare.java", """
        package com.studio;
        class Bare {
          void call(com.openai.client.OpenAIClient client) {
            client.chat("x");
          }
        }
        """);
    classes = javac.compile();
    write("com/studio/Broken.class", Arrays.copyOf(valid, 50));

    ScanResult result = scan();

    assertEquals(List.of(new UndeclaredCall("com.studio.Bare#call(com.openai.client.OpenAIClient)",
        "com.openai.client.OpenAIClient#chat(java.lang.String)", "com.openai",
        "com/studio/Bare.java", 4)), result.undeclaredCalls());
    assertEquals(List.of(new UnreadableClass("com/studio/Broken.class",
        "truncated class file (ends after 50 bytes)")), result.unreadable());
    assertEquals(2, result.classCount());
  }

  /** A class with a {@code @GenAiUse} whose output constant is {@code output}, if any. */
  private static byte[] classWithUse(String name, String output) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V17, Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
    AnnotationVisitor use = writer.visitAnnotation(UseAnnotationReader.USE_DESCRIPTOR, true);
    use.visit("id", "newer");
    use.visit("tool", "runway-gen4");
    use.visit("purpose", "p");
    if (output != null) {
      use.visitEnum("output", "Ldev/genaiguidelines/annotations/Output;", output);
    }
    AnnotationVisitor inputs = use.visitArray("inputs");
    inputs.visitEnum(null, "Ldev/genaiguidelines/annotations/DataInput;", "NONE");
    inputs.visitEnd();
    AnnotationVisitor creates = use.visitArray("creates");
    creates.visitEnum(null, "Ldev/genaiguidelines/annotations/Creates;", "PREVIS");
    creates.visitEnd();
    use.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }
}
