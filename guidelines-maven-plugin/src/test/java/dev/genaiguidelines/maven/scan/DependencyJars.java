package dev.genaiguidelines.maven.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Dependency jars for the dependency scanner's tests, with classes written by ASM. */
final class DependencyJars {

  private DependencyJars() {}

  /**
   * A class {@code name} with a public static method {@code ask()V} that calls the static
   * {@code owner.method()V}, or does nothing when {@code owner} is null.
   */
  static byte[] calling(String name, String owner, String method) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name, null, "java/lang/Object", null);
    MethodVisitor ask = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "ask", "()V",
        null, null);
    ask.visitCode();
    if (owner != null) {
      ask.visitMethodInsn(Opcodes.INVOKESTATIC, owner, method, "()V", false);
    }
    ask.visitInsn(Opcodes.RETURN);
    ask.visitMaxs(0, 0);
    ask.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  /** Writes a jar of {@code entries} (name to bytes) at {@code jar}. */
  static Path jar(Path jar, Map<String, byte[]> entries) throws IOException {
    Files.createDirectories(jar.getParent());
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
    return jar;
  }
}
