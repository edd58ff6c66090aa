package dev.genaiguidelines.maven.scan;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import org.objectweb.asm.ClassReader;

/**
 * Decides from a class file's constant pool alone whether its code can matter to the scan, so
 * the many classes that neither declare a use nor touch a marker are read without their method
 * bodies.
 *
 * <p>Every instruction names what it calls, reads or loads through the constant pool: a call or
 * field access through a {@code CONSTANT_Class} owner (method handles and bootstrap methods too),
 * a string through a {@code CONSTANT_String}. A class whose pool has no class in a marker
 * package, no string containing a marker host and no {@code @GenAiUse} descriptor therefore has
 * no code the scan would report, and only its class-level facts (its enclosing type, which
 * coverage of nested classes walks) are needed. A string also matters when it starts with a
 * marker package in dotted form ({@code Class.forName("com.openai...")}), and a class when it is
 * one of the artifact's AI-service interfaces. Hosts are compared ignoring ASCII case, and
 * without the boundaries the matcher then checks, so the filter only ever says yes too often.
 * Marker text is compared as the pool stores it, modified UTF-8, which for ASCII markers is the
 * same bytes; with any non-ASCII marker every class is read whole.
 */
final class ConstantPoolPrefilter {

  private static final int CONSTANT_UTF8 = 1;
  private static final int CONSTANT_CLASS = 7;
  private static final int CONSTANT_STRING = 8;
  /** The descriptors of {@code @GenAiUse} and of its container {@code @GenAiUse.List}. */
  private static final byte[] USE_DESCRIPTOR =
      "Ldev/genaiguidelines/annotations/GenAiUse;".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] LIST_DESCRIPTOR =
      "Ldev/genaiguidelines/annotations/GenAiUse$List;".getBytes(StandardCharsets.US_ASCII);

  private final AsciiKeyTable packages;
  private final AsciiKeyTable dottedPackages;
  private final AsciiKeyTable services;
  /**
   * The lower-case hosts by their first two bytes, lower-cased ({@link #pair}): a string is
   * searched once, not once per host.
   */
  private final byte[][][] hostsByPair = new byte[1 << 14][][];
  /** False when a marker is not plain ASCII, or a host so short no string is ruled out by it. */
  private final boolean enabled;

  ConstantPoolPrefilter(String[] internalPackages, String[] hostMarkers,
      Collection<String> serviceInterfaces) {
    byte[][] internal = ascii(internalPackages);
    String[] dotted = new String[internalPackages.length];
    for (int i = 0; i < dotted.length; i++) {
      dotted[i] = internalPackages[i].replace('/', '.') + '.';
    }
    byte[][] dottedBytes = ascii(dotted);
    String[] lower = new String[hostMarkers.length];
    for (int i = 0; i < lower.length; i++) {
      lower[i] = hostMarkers[i].toLowerCase(Locale.ROOT);
    }
    byte[][] hosts = ascii(lower);
    byte[][] serviceBytes = ascii(serviceInterfaces.toArray(String[]::new));
    boolean ascii =
        internal != null && hosts != null && serviceBytes != null && dottedBytes != null;
    boolean paired = ascii;
    for (int i = 0; ascii && i < hosts.length; i++) {
      // A one-letter host would match nearly every string: every class is then read whole.
      paired &= hosts[i].length >= 2;
    }
    enabled = paired;
    packages = new AsciiKeyTable(enabled ? internal : new byte[0][]);
    dottedPackages = new AsciiKeyTable(enabled ? dottedBytes : new byte[0][]);
    services = new AsciiKeyTable(enabled ? serviceBytes : new byte[0][]);
    if (enabled) {
      for (byte[] host : hosts) {
        int pair = pair(host[0], host[1]);
        byte[][] present = hostsByPair[pair] == null ? new byte[0][] : hostsByPair[pair];
        byte[][] grown = java.util.Arrays.copyOf(present, present.length + 1);
        grown[present.length] = host;
        hostsByPair[pair] = grown;
      }
    }
  }

  /**
   * False only when {@code reader}'s class certainly holds no use and no GenAI call; true when it
   * might, or when its pool is not what it should be (the full read then names the problem).
   */
  boolean mayMatter(ClassReader reader, byte[] bytes) {
    if (!enabled) {
      return true;
    }
    int count = reader.getItemCount();
    for (int index = 1; index < count; index++) {
      int offset = reader.getItem(index);
      if (offset <= 0) {
        continue; // the unused slot after a long or double
      }
      switch (bytes[offset - 1]) {
        case CONSTANT_CLASS -> {
          int text = utf8(reader, bytes, reader.readUnsignedShort(offset), count);
          if (text < 0 || inMarkerPackage(bytes, text) || isService(bytes, text)) {
            return true;
          }
        }
        case CONSTANT_STRING -> {
          int text = utf8(reader, bytes, reader.readUnsignedShort(offset), count);
          if (text < 0 || containsHost(bytes, text) || namesMarkerClass(bytes, text)) {
            return true;
          }
        }
        case CONSTANT_UTF8 -> {
          int length = length(bytes, offset);
          if (equals(bytes, offset + 2, length, USE_DESCRIPTOR)
              || equals(bytes, offset + 2, length, LIST_DESCRIPTOR)) {
            return true;
          }
        }
        default -> { }
      }
    }
    return false;
  }

  /** The offset of the Utf8 entry {@code index} names (its length field), or -1 if it is none. */
  private static int utf8(ClassReader reader, byte[] bytes, int index, int count) {
    if (index <= 0 || index >= count) {
      return -1;
    }
    int offset = reader.getItem(index);
    return offset > 0 && bytes[offset - 1] == CONSTANT_UTF8 ? offset : -1;
  }

  /**
   * A class in a marker package, or a nested type of a type marker; an array of one
   * ({@code [Lcom/openai/X;}, as a class literal of an array type names it) too.
   */
  private boolean inMarkerPackage(byte[] bytes, int utf8) {
    int length = length(bytes, utf8);
    int start = utf8 + 2;
    while (length > 0 && bytes[start] == '[') {
      start++;
      length--;
    }
    if (length > 0 && bytes[start] == 'L' && start > utf8 + 2) {
      start++;
      length -= 2; // the ';' that ends an array's element type
    }
    byte[][] candidates = packages.candidates(bytes, start, length);
    if (candidates == null) {
      return false;
    }
    for (byte[] prefix : candidates) {
      if (startsWith(bytes, start, length, prefix) && (length == prefix.length
          || bytes[start + prefix.length] == '/' || bytes[start + prefix.length] == '$')) {
        return true;
      }
    }
    return false;
  }

  private boolean isService(byte[] bytes, int utf8) {
    int length = length(bytes, utf8);
    byte[][] candidates = services.candidates(bytes, utf8 + 2, length);
    if (candidates == null) {
      return false;
    }
    for (byte[] service : candidates) {
      if (equals(bytes, utf8 + 2, length, service)) {
        return true;
      }
    }
    return false;
  }

  private boolean namesMarkerClass(byte[] bytes, int utf8) {
    int length = length(bytes, utf8);
    byte[][] candidates = dottedPackages.candidates(bytes, utf8 + 2, length);
    if (candidates == null) {
      return false;
    }
    for (byte[] prefix : candidates) {
      if (startsWith(bytes, utf8 + 2, length, prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a marker host occurs in the string, ignoring ASCII case: one pass over it. */
  private boolean containsHost(byte[] bytes, int utf8) {
    int end = utf8 + 2 + length(bytes, utf8);
    for (int i = utf8 + 2; i < end - 1; i++) {
      byte first = bytes[i];
      byte second = bytes[i + 1];
      if ((first | second) < 0) {
        continue; // not ASCII: no host starts here
      }
      byte[][] candidates = hostsByPair[pair(first, second)];
      if (candidates == null) {
        continue;
      }
      for (byte[] host : candidates) {
        if (end - i >= host.length && startsWithIgnoreCase(bytes, i, host)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The table slot of two ASCII bytes, lower-cased. */
  private static int pair(byte first, byte second) {
    return (lower(first) << 7) | lower(second);
  }

  private static int length(byte[] bytes, int utf8) {
    return ((bytes[utf8] & 0xFF) << 8) | (bytes[utf8 + 1] & 0xFF);
  }

  private static boolean equals(byte[] bytes, int start, int length, byte[] text) {
    return length == text.length && startsWith(bytes, start, length, text);
  }

  private static boolean startsWith(byte[] bytes, int start, int length, byte[] prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[start + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithIgnoreCase(byte[] bytes, int start, byte[] needle) {
    for (int i = 0; i < needle.length; i++) {
      if (lower(bytes[start + i]) != needle[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte lower(byte b) {
    return b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
  }

  /** The markers as bytes, or null when one is not plain ASCII (or empty). */
  private static byte[][] ascii(String[] markers) {
    byte[][] result = new byte[markers.length][];
    for (int i = 0; i < markers.length; i++) {
      String marker = markers[i];
      if (marker.isEmpty()) {
        return null;
      }
      for (int c = 0; c < marker.length(); c++) {
        char ch = marker.charAt(c);
        if (ch == 0 || ch > 0x7F) {
          return null;
        }
      }
      result[i] = marker.getBytes(StandardCharsets.US_ASCII);
    }
    return result;
  }
}
