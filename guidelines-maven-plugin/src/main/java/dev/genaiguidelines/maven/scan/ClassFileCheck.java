package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.policy.Rule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import org.objectweb.asm.Opcodes;

/**
 * Explains, in words a user can act on, why a file under the classes directory cannot be read:
 * not a class file, truncated, or compiled for a newer Java than the bundled ASM understands.
 */
final class ClassFileCheck {

  private static final int MAGIC = 0xCAFEBABE;
  /** Major version of Java 1.1, the oldest class file ASM reads. */
  private static final int OLDEST_MAJOR = 45;
  private static final int HEADER_LENGTH = 10;
  /** Class-file text quoted in a reason; names are short, garbage need not be shown whole. */
  static final int MAX_QUOTED = 200;
  /** {@code \\uXXXX}, as {@link Rule#visible} writes an unsafe character. */
  private static final int ESCAPE_LENGTH = 6;

  /**
   * The newest class file major version the bundled ASM reads, taken from its {@code Opcodes.V*}
   * constants so that an ASM upgrade raises it without a code change.
   */
  static final int NEWEST_MAJOR = newestMajorKnownToAsm();

  /** The Java release of {@link #NEWEST_MAJOR}. */
  static final int NEWEST_JAVA = NEWEST_MAJOR - 44;

  private ClassFileCheck() {}

  /** Why the header of {@code bytes} rules it out, or null when ASM may read it. */
  static String headerProblem(byte[] bytes) {
    int length = bytes.length;
    if (length == 0) {
      return "not a class file (empty)";
    }
    int known = Math.min(length, 4);
    int magic = 0;
    for (int i = 0; i < known; i++) {
      magic = (magic << 8) | (bytes[i] & 0xFF);
    }
    if (magic != MAGIC >>> (8 * (4 - known))) {
      return String.format(Locale.ROOT, "not a class file (bad magic 0x%0" + (2 * known) + "X)",
          magic);
    }
    if (length < HEADER_LENGTH) {
      return truncated(length);
    }
    int major = ((bytes[6] & 0xFF) << 8) | (bytes[7] & 0xFF);
    if (major > NEWEST_MAJOR) {
      return "class file version " + major + " is newer than this scanner supports (up to Java "
          + NEWEST_JAVA + "); update the guidelines-maven-plugin";
    }
    if (major < OLDEST_MAJOR) {
      return "not a class file (major version " + major + " is no Java release)";
    }
    return null;
  }

  /**
   * Walks the layout of {@code bytes}: a constant pool entry, member or attribute (also one
   * inside a {@code Record} attribute) that runs past the end of the file is its
   * {@link Layout#problem()}. Checked before ASM reads the file, because ASM allocates the
   * length an unknown attribute claims before it finds that the bytes are not there: a file of a
   * hundred bytes could make it allocate two gigabytes. What the {@code Code} attributes hold is
   * checked separately ({@link Layout#codeProblem()}), only for a class whose code ASM reads.
   */
  static Layout layout(byte[] bytes) {
    StructureWalk walk = new StructureWalk(bytes);
    return new Layout(walk.problem(), walk);
  }

  /** A walked class file: its layout problem, and a check of its methods' code on demand. */
  static final class Layout {
    private final String problem;
    private final StructureWalk walk;

    private Layout(String problem, StructureWalk walk) {
      this.problem = problem;
      this.walk = walk;
    }

    /** Why the file's layout rules it out, or null. */
    String problem() {
      return problem;
    }

    /**
     * Why the {@code Code} attributes rule it out for a read of the method bodies, or null: the
     * attributes ASM reads after the instructions, found where ASM finds them.
     */
    String codeProblem() {
      return walk.codeProblem();
    }
  }

  /** Why ASM failed on {@code bytes}, whose structure has passed the walk: with ASM's complaint. */
  static String failureReason(Throwable failure) {
    String message = failure.getMessage();
    return "malformed class file (" + failure.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : ": " + printable(message, MAX_QUOTED)) + ")";
  }

  /**
   * Text from a class file (or ASM's message about one) as it goes into a reason: {@link
   * Rule#visible} (every unsafe character, line breaks included, as {@code \\uXXXX}, so a crafted
   * file cannot forge build-log lines), cut after about {@code max} characters with "...",
   * never inside an escape or between the halves of a surrogate pair.
   */
  static String printable(String text, int max) {
    String visible = Rule.visible(text);
    if (visible.length() <= max) {
      return visible;
    }
    int cut = max;
    int escape = visible.lastIndexOf("\\u", cut - 1);
    if (escape >= 0 && cut < escape + ESCAPE_LENGTH) {
      cut = escape;
    }
    if (cut > 0 && Character.isHighSurrogate(visible.charAt(cut - 1))) {
      cut--;
    }
    return visible.substring(0, cut) + "...";
  }

  static String truncated(int length) {
    return "truncated class file (ends after " + length + " bytes)";
  }

  private static int newestMajorKnownToAsm() {
    int newest = Opcodes.V17;
    for (Field field : Opcodes.class.getFields()) {
      if (field.getType() == int.class
          && Modifier.isStatic(field.getModifiers())
          && field.getName().matches("V\\d+(_\\d+)?")) {
        try {
          newest = Math.max(newest, field.getInt(null) & 0xFFFF);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("ASM's Opcodes." + field.getName() + " is unreadable", e);
        }
      }
    }
    return newest;
  }

  /**
   * Walks the length-prefixed layout of a class file (constant pool, fields, methods,
   * attributes) without interpreting it, only to tell a cut-off file from a corrupt one.
   */
  private static final class StructureWalk {
    private final byte[] bytes;
    private int offset = 8;
    /** Where each constant pool entry starts, to read attribute names. */
    private int[] constantOffsets = new int[0];
    /** Where the content of each {@code Code} attribute starts, for {@link #codeProblem()}. */
    private int[] codeOffsets = new int[4];
    private int codeCount;

    StructureWalk(byte[] bytes) {
      this.bytes = bytes;
    }

    String problem() {
      if (!has(2)) {
        return truncated(bytes.length);
      }
      int constants = u2();
      constantOffsets = new int[constants];
      for (int index = 1; index < constants; index++) {
        if (!has(1)) {
          return truncated(bytes.length);
        }
        constantOffsets[index] = offset;
        int tag = bytes[offset++] & 0xFF;
        int size;
        switch (tag) {
          case 1 -> {
            if (!has(2)) {
              return truncated(bytes.length);
            }
            size = u2();
          }
          case 7, 8, 16, 19, 20 -> size = 2;
          case 15 -> size = 3;
          case 3, 4, 9, 10, 11, 12, 17, 18 -> size = 4;
          case 5, 6 -> {
            size = 8;
            index++;
          }
          default -> {
            return "malformed class file (unknown constant pool tag " + tag + " at entry " + index
                + ")";
          }
        }
        if (!skip(size)) {
          return truncated(bytes.length);
        }
      }
      if (!skip(6) || !has(2)) {
        return truncated(bytes.length);
      }
      if (!skip(2 * u2()) || !members() || !members() || !attributes(false)) {
        return truncated(bytes.length);
      }
      return null;
    }

    private boolean members() {
      if (!has(2)) {
        return false;
      }
      int count = u2();
      for (int i = 0; i < count; i++) {
        if (!skip(6) || !attributes(false)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Walks a table of attributes; outside {@code nested} ones, also the attributes that
     * {@code Code} and {@code Record} hold, which ASM reads too.
     */
    private boolean attributes(boolean nested) {
      if (!has(2)) {
        return false;
      }
      int count = u2();
      for (int i = 0; i < count; i++) {
        if (!has(6)) {
          return false;
        }
        int name = u2();
        long length = u4();
        if (length > bytes.length - offset) {
          return false;
        }
        int end = offset + (int) length;
        if (!nested && isUtf8(name, "Code")) {
          if (codeCount == codeOffsets.length) {
            codeOffsets = Arrays.copyOf(codeOffsets, 2 * codeCount);
          }
          codeOffsets[codeCount++] = offset;
        }
        if (!nested && isUtf8(name, "Record") && !recordComponents()) {
          return false;
        }
        // ASM goes on after an attribute by its length, whatever its content said.
        offset = end;
      }
      return true;
    }

    /** The walk of every {@code Code} attribute the layout walk passed; null when sound. */
    String codeProblem() {
      for (int i = 0; i < codeCount; i++) {
        offset = codeOffsets[i];
        if (!code()) {
          return truncated(bytes.length);
        }
      }
      return null;
    }

    /**
     * Walks a {@code Code} attribute as ASM does: ASM finds the exception table where its pass
     * over the instructions ends, which is past {@code code_length} when the last instruction
     * claims more bytes than are left, so the attributes it reads after it are checked from
     * there, not from where {@code code_length} says.
     */
    private boolean code() {
      if (!skip(4) || !has(4)) {
        return false;
      }
      long codeLength = u4();
      if (codeLength > bytes.length - offset) {
        return false;
      }
      int start = offset;
      int end = start + (int) codeLength;
      while (offset < end) {
        int size = InstructionLengths.of(bytes, offset, offset - start);
        if (size == 0) {
          return true; // ASM rejects the opcode before it reads any further.
        }
        if (size < 0 || !skip(size)) {
          return false;
        }
      }
      if (!has(2)) {
        return false;
      }
      return skip(8 * u2()) && attributes(true);
    }

    private boolean recordComponents() {
      if (!has(2)) {
        return false;
      }
      int count = u2();
      for (int i = 0; i < count; i++) {
        if (!skip(4) || !attributes(true)) {
          return false;
        }
      }
      return true;
    }

    /** True when constant {@code index} is the UTF-8 text {@code expected} (ASCII). */
    private boolean isUtf8(int index, String expected) {
      if (index <= 0 || index >= constantOffsets.length || constantOffsets[index] == 0) {
        return false;
      }
      int at = constantOffsets[index];
      if (bytes[at] != 1 || ((bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF))
          != expected.length()) {
        return false;
      }
      for (int i = 0; i < expected.length(); i++) {
        if (bytes[at + 3 + i] != expected.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    private boolean has(int count) {
      return count <= bytes.length - offset;
    }

    private boolean skip(int count) {
      if (!has(count)) {
        return false;
      }
      offset += count;
      return true;
    }

    private int u2() {
      int value = ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
      offset += 2;
      return value;
    }

    private long u4() {
      long value = ((long) (bytes[offset] & 0xFF) << 24) | ((bytes[offset + 1] & 0xFF) << 16)
          | ((bytes[offset + 2] & 0xFF) << 8) | (bytes[offset + 3] & 0xFF);
      offset += 4;
      return value;
    }
  }
}
