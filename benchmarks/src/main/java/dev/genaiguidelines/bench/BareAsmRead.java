package dev.genaiguidelines.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;

/**
 * The floor the plugin's scan is measured against: the same file walking, sorting and reading as
 * {@code ClassScanner.scan} (directory by directory, in whole-path order), and an ASM read of every class with the same flags whose visitors do
 * nothing but descend into every method body, field, record component and annotation.
 */
public final class BareAsmRead {

  private static final int API = Opcodes.ASM9;
  private static final AnnotationVisitor NO_ANNOTATION = new AnnotationVisitor(API) {
    @Override
    public AnnotationVisitor visitAnnotation(String name, String descriptor) {
      return this;
    }

    @Override
    public AnnotationVisitor visitArray(String name) {
      return this;
    }
  };
  private static final MethodVisitor NO_CODE = new MethodVisitor(API) {
    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      return NO_ANNOTATION;
    }

    @Override
    public AnnotationVisitor visitAnnotationDefault() {
      return NO_ANNOTATION;
    }
  };
  private static final FieldVisitor NO_FIELD = new FieldVisitor(API) {
    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      return NO_ANNOTATION;
    }
  };
  private static final RecordComponentVisitor NO_COMPONENT = new RecordComponentVisitor(API) {
    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      return NO_ANNOTATION;
    }
  };
  private static final ClassVisitor NO_CLASS = new ClassVisitor(API) {
    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      return NO_ANNOTATION;
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature,
        Object value) {
      return NO_FIELD;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor,
        String signature, String[] exceptions) {
      return NO_CODE;
    }

    @Override
    public RecordComponentVisitor visitRecordComponent(String name, String descriptor,
        String signature) {
      return NO_COMPONENT;
    }
  };

  private BareAsmRead() {}

  /** Reads every class file under {@code root}; returns the bytes read, so no work is dead. */
  public static long read(Path root) throws IOException {
    return readDirectory(root);
  }

  /** The scanner's walk: directory by directory, each listing sorted as whole paths sort. */
  private static long readDirectory(Path directory) throws IOException {
    List<String> keys = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        BasicFileAttributes attributes =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String name = entry.getFileName().toString();
        if (attributes.isDirectory()) {
          keys.add(name + '/');
        } else if (attributes.isRegularFile() && name.endsWith(".class")) {
          keys.add(name);
        }
      }
    }
    keys.sort(null);
    long total = 0;
    for (String key : keys) {
      if (key.endsWith("/")) {
        total += readDirectory(directory.resolve(key.substring(0, key.length() - 1)));
      } else {
        byte[] bytes = Files.readAllBytes(directory.resolve(key));
        new ClassReader(bytes).accept(NO_CLASS, ClassReader.SKIP_FRAMES);
        total += bytes.length;
      }
    }
    return total;
  }
}
