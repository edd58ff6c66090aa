package dev.genaiguidelines.maven.scan;

import java.util.Arrays;

/**
 * ASCII markers grouped by their first few bytes, so a constant pool entry is compared only with
 * the markers it starts like, instead of with every marker in turn.
 *
 * <p>The key is the first {@code keyLength} bytes of the text (at most eight, at most the
 * shortest marker), packed into a long; an open-addressing table maps it to the markers sharing
 * it. Most entries of a pipeline's pool ({@code java/lang/String}, {@code com/studio/...}) share
 * no key with any marker and cost one table probe.
 */
final class AsciiKeyTable {

  private static final byte[][] NONE = new byte[0][];

  private final int keyLength;
  private final long[] keys;
  private final byte[][][] markers;
  private final int mask;

  AsciiKeyTable(byte[][] entries) {
    int shortest = 8;
    for (byte[] entry : entries) {
      shortest = Math.min(shortest, entry.length);
    }
    keyLength = Math.max(shortest, 1);
    int size = Integer.highestOneBit(Math.max(4, entries.length * 4) - 1) << 1;
    keys = new long[size];
    markers = new byte[size][][];
    mask = size - 1;
    for (byte[] entry : entries) {
      long key = key(entry, 0);
      int slot = slot(key);
      while (markers[slot] != null && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      byte[][] present = markers[slot] == null ? NONE : markers[slot];
      byte[][] grown = Arrays.copyOf(present, present.length + 1);
      grown[present.length] = entry;
      keys[slot] = key;
      markers[slot] = grown;
    }
  }

  /**
   * The markers whose first bytes are the first bytes of {@code bytes[start, start + length)},
   * in the order they were given; null when none are, or the text is shorter than the key.
   */
  byte[][] candidates(byte[] bytes, int start, int length) {
    if (length < keyLength) {
      return null;
    }
    long key = key(bytes, start);
    int slot = slot(key);
    while (markers[slot] != null) {
      if (keys[slot] == key) {
        return markers[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  private long key(byte[] bytes, int start) {
    long key = 0;
    for (int i = 0; i < keyLength; i++) {
      key = (key << 8) | (bytes[start + i] & 0xFF);
    }
    return key;
  }

  private int slot(long key) {
    long mixed = key * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 40) & mask;
  }
}
