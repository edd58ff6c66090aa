package dev.genaiguidelines.maven.scan;

import static dev.genaiguidelines.maven.scan.ClassScannerUsesTest.IMPORTS;
import static dev.genaiguidelines.maven.scan.ClassScannerUsesTest.use;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A large jar is read by several threads, each a run of its sorted entries: what they find
 * together is exactly what one thread finds, in the same order, whatever crosses a run's end.
 */
class JarRunsTest {

  /** Entries before the pair that straddles the two runs' boundary, and after it. */
  private static final int FILLERS = ArtifactFiles.ENTRIES_PER_RUN;

  @TempDir Path temp;
  TestCompiler javac;
  Map<String, byte[]> entries;

  @BeforeEach
  void setUp() throws IOException {
    javac = new TestCompiler(temp.resolve("javac"));
    // The declared outer type sorts right after its nested class ('$' before '.'): with as many
    // fillers before the pair as after it, the nested class ends the first run and the outer
    // type starts the second, so the call's coverage crosses the runs.
    javac.source("com/studio/m/Outer.java", "package com.studio.m;\n" + IMPORTS + """
        %s
        class Outer {
          static class Inner {
            String run() { return new com.openai.client.OpenAIClient().chat("covered"); }
          }
        }
        """.replace("%s", use("outer")));
    javac.source("com/studio/z/Bare.java", """
        package com.studio.z;
        class Bare {
          String run() { return new com.openai.client.OpenAIClient().chat("bare"); } // bare
        }
        """);
    javac.source("com/studio/a/Early.java", "package com.studio.a;\n" + IMPORTS + """
        class Early {
          %s
          String run() { return "https://api.openai.com/v1"; }
        }
        """.replace("%s", use("early")));
    Path classes = javac.compile();
    entries = new TreeMap<>();
    for (int i = 0; i < FILLERS; i++) {
      entries.put(String.format("com/studio/b/F%03d.class", i), filler("com/studio/b/F" + i));
      entries.put(String.format("com/studio/y/F%03d.class", i), filler("com/studio/y/F" + i));
    }
    for (String name : List.of("com/studio/m/Outer", "com/studio/m/Outer$Inner",
        "com/studio/z/Bare", "com/studio/a/Early")) {
      entries.put(name + ".class", Files.readAllBytes(classes.resolve(name + ".class")));
    }
    entries.put("com/studio/y/endpoints.properties",
        "url=https://api.anthropic.com\n".getBytes(StandardCharsets.UTF_8));
    List<String> names = new ArrayList<>(entries.keySet());
    int outer = names.indexOf("com/studio/m/Outer.class");
    // The boundary ArtifactFiles.walk draws between two runs of this jar.
    assertEquals(names.size() / 2, outer, "the outer type starts the second run");
    assertEquals("com/studio/m/Outer$Inner.class", names.get(outer - 1));
  }

  /** A class with a method whose body does ordinary work and names no marker. */
  private static byte[] filler(String name) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object", null);
    MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "size",
        "(Ljava/lang/String;)I", null, null);
    method.visitCode();
    method.visitVarInsn(Opcodes.ALOAD, 0);
    method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
    method.visitInsn(Opcodes.IRETURN);
    method.visitMaxs(0, 0);
    method.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  private Path jar() throws IOException {
    return DependencyJars.jar(temp.resolve("studio-1.0.jar"), entries);
  }

  private static ScanResult scan(Path artifact, int threads) throws IOException {
    return new ClassScanner(MarkerCatalog.builtIn().detection(), WrapperCalls.NONE, threads)
        .scan(artifact);
  }

  @Test
  void twoRunsFindWhatOneFindsInTheSameOrderAndCoverageCrossesTheirBoundary() throws Exception {
    Path jar = jar();
    ScanResult one = scan(jar, 1);
    ScanResult two = scan(jar, 2);

    assertEquals(one, two);
    assertEquals(List.of("early", "outer"), two.uses().stream().map(UseDeclaration::id).toList());
    assertEquals(List.of(
            new UndeclaredCall("com.studio.z.Bare#run()",
                "com.openai.client.OpenAIClient#<init>()", "com.openai", "com/studio/z/Bare.java",
                javac.lineOf("com/studio/z/Bare.java", "// bare")),
            new UndeclaredCall("com.studio.z.Bare#run()",
                "com.openai.client.OpenAIClient#chat(java.lang.String)", "com.openai",
                "com/studio/z/Bare.java", javac.lineOf("com/studio/z/Bare.java", "// bare")),
            new UndeclaredCall("com/studio/y/endpoints.properties", "api.anthropic.com",
                "api.anthropic.com", "", 1)),
        two.undeclaredCalls());
    assertEquals(2 * FILLERS + 4, two.classCount());
    assertEquals(1, two.resourceCount());
    assertEquals(HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar))), two.sha256());
  }

  /** The twin: without the declaration on the outer type, its nested class's call is reported. */
  @Test
  void aCallWhoseOuterTypeDeclaresNothingIsReportedFromTheFirstRun() throws Exception {
    javac.source("com/studio/m/Outer.java", """
        package com.studio.m;
        class Outer {
          static class Inner {
            String run() { return new com.openai.client.OpenAIClient().chat("bare"); }
          }
        }
        """);
    Path classes = javac.compile();
    for (String name : List.of("com/studio/m/Outer", "com/studio/m/Outer$Inner")) {
      entries.put(name + ".class", Files.readAllBytes(classes.resolve(name + ".class")));
    }
    Path jar = jar();
    ScanResult two = scan(jar, 2);

    assertEquals(scan(jar, 1), two);
    assertTrue(two.undeclaredCalls().stream()
        .anyMatch(call -> call.element().equals("com.studio.m.Outer$Inner#run()")),
        two.undeclaredCalls().toString());
  }

  /** The runs' findings equal the same files' unpacked in a directory, read by one thread. */
  @Test
  void aJarReadInRunsFindsWhatItsUnpackedDirectoryDoes() throws Exception {
    Path directory = temp.resolve("unpacked");
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      Path file = directory.resolve(entry.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, entry.getValue());
    }
    ScanResult fromJar = scan(jar(), 2);
    ScanResult fromDirectory = scan(directory, 2);

    assertEquals(fromDirectory.uses(), fromJar.uses());
    assertEquals(fromDirectory.undeclaredCalls(), fromJar.undeclaredCalls());
    assertEquals(fromDirectory.classCount(), fromJar.classCount());
  }
}
