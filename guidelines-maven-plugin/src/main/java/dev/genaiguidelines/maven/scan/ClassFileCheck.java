package dev.genaiguidelines.maven.scan;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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
   * Why the layout of {@code bytes} rules it out, or null: a constant pool entry, member or
   * attribute (also one inside a {@code Code} or {@code Record} attribute) that runs past the
   * end of the file. Checked before ASM reads the file, because ASM allocates the length an
   * unknown attribute claims before it finds that the bytes are not there: a file of a hundred
   * bytes could make it allocate two gigabytes.
   */
  static String structureProblem(byte[] bytes) {
    return new StructureWalk(bytes).problem();
  }

  /** Why ASM failed on {@code bytes}, whose structure has passed the walk: with ASM's complaint. */
  static String failureReason(Throwable failure) {
    String message = failure.getMessage();
    return "malformed class file (" + failure.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : ": " + printable(message, MAX_QUOTED)) + ")";
  }

  /**
   * Text from a class file (or ASM's message about one) as it goes into a reason: one line,
   * with control, separator and invisible format characters as {@code \\uXXXX}, cut after
   * {@code max} characters, so a crafted file cannot forge build-log lines.
   */
  static String printable(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
    for (int i = 0; i < text.length(); i++) {
      if (out.length() >= max) {
        return out.append("...").toString();
      }
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
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
        if (!nested && isUtf8(name, "Code") && !code()) {
          return false;
        }
        if (!nested && isUtf8(name, "Record") && !recordComponents()) {
          return false;
        }
        // ASM goes on after an attribute by its length, whatever its content said.
        offset = end;
      }
      return true;
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
        int size = instructionSize(offset - start);
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

    /**
     * The bytes ASM's first pass takes for the instruction at {@code offset}, which is at
     * {@code bytecodeOffset} in the method's code; 0 for an opcode ASM rejects, -1 when the
     * instruction runs past the end of the file.
     */
    private int instructionSize(int bytecodeOffset) {
      int opcode = bytes[offset] & 0xFF;
      if (opcode <= 15 || opcode >= 26 && opcode <= 53 || opcode >= 59 && opcode <= 152
          && opcode != 132 || opcode >= 172 && opcode <= 177 || opcode == 190 || opcode == 191
          || opcode == 194 || opcode == 195) {
        return 1;
      }
      if (opcode == 16 || opcode == 18 || opcode >= 21 && opcode <= 25
          || opcode >= 54 && opcode <= 58 || opcode == 169 || opcode == 188) {
        return 2;
      }
      if (opcode == 17 || opcode == 19 || opcode == 20 || opcode == 132
          || opcode >= 153 && opcode <= 168
          || opcode >= 178 && opcode <= 184 || opcode == 187 || opcode == 189
          || opcode == 192 || opcode == 193 || opcode == 198 || opcode == 199
          || opcode >= 202 && opcode <= 219) { // 202-219: ASM's own long-jump forms
        return 3;
      }
      if (opcode == 197) {
        return 4;
      }
      if (opcode == 185 || opcode == 186 || opcode == 200 || opcode == 201 || opcode == 220) {
        return 5;
      }
      if (opcode == 196) { // wide
        if (!has(2)) {
          return -1;
        }
        int widened = bytes[offset + 1] & 0xFF;
        return widened == 132 ? 6
            : widened >= 21 && widened <= 25 || widened >= 54 && widened <= 58
                || widened == 169 ? 4 : 0;
      }
      if (opcode == 170 || opcode == 171) { // tableswitch, lookupswitch
        int padded = 1 + (3 - (bytecodeOffset & 3));
        if (!has(padded + 12)) {
          return -1;
        }
        // In int arithmetic, as ASM counts them: a count that wraps around is what it reads.
        int entries = opcode == 170
            ? s4(offset + padded + 8) - s4(offset + padded + 4) + 1
            : s4(offset + padded + 4);
        long size = padded + (opcode == 170 ? 12 + 4L * Math.max(0, entries)
            : 8 + 8L * Math.max(0, entries));
        return size > bytes.length - offset ? -1 : (int) size;
      }
      return 0;
    }

    private int s4(int at) {
      return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
          | (bytes[at + 3] & 0xFF);
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
