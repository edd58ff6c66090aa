package dev.genaiguidelines.maven.scan;

/**
 * The length of each JVM instruction as ASM's first pass over a method's code counts it, so the
 * layout check finds the exception table and the attributes after the code where ASM will.
 */
final class InstructionLengths {

  private InstructionLengths() {}

  /**
   * The bytes ASM's first pass takes for the instruction at {@code offset}, which is at
   * {@code bytecodeOffset} in the method's code; 0 for an opcode ASM rejects, -1 when the
   * instruction runs past the end of the file.
   */
  static int of(byte[] bytes, int offset, int bytecodeOffset) {
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
      if (bytes.length - offset < 2) {
        return -1;
      }
      int widened = bytes[offset + 1] & 0xFF;
      return widened == 132 ? 6
          : widened >= 21 && widened <= 25 || widened >= 54 && widened <= 58
              || widened == 169 ? 4 : 0;
    }
    if (opcode == 170 || opcode == 171) { // tableswitch, lookupswitch
      int padded = 1 + (3 - (bytecodeOffset & 3));
      if (bytes.length - offset < padded + 12) {
        return -1;
      }
      // In int arithmetic, as ASM counts them: a count that wraps around is what it reads.
      int entries = opcode == 170
          ? s4(bytes, offset + padded + 8) - s4(bytes, offset + padded + 4) + 1
          : s4(bytes, offset + padded + 4);
      long size = padded + (opcode == 170 ? 12 + 4L * Math.max(0, entries)
          : 8 + 8L * Math.max(0, entries));
      return size > bytes.length - offset ? -1 : (int) size;
    }
    return 0;
  }

  /** The signed 4-byte big-endian value at {@code at}. */
  private static int s4(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
        | (bytes[at + 3] & 0xFF);
  }
}
