package dev.genaiguidelines.policy.ssh;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Reads the SSH wire encoding (RFC 4251 section 5) of one blob, bounds-checked: a length that
 * claims more than is left is an error before anything is allocated for it.
 *
 * @param <E> the checked exception a malformed blob becomes, so keys and signatures each fail
 *     with their own type
 */
final class WireReader<E extends Exception> {
  private final byte[] data;
  private final String what;
  private final Function<String, E> failure;
  private int position;

  /**
   * @param what names the blob in messages: "the public key blob", "the signature"
   */
  WireReader(byte[] data, String what, Function<String, E> failure) {
    this.data = data;
    this.what = what;
    this.failure = failure;
  }

  int remaining() {
    return data.length - position;
  }

  E fail(String problem) {
    return failure.apply(what + ": " + problem);
  }

  int uint32(String field) throws E {
    need(4, field, "a 4-byte length or number");
    int value = ((data[position] & 0xff) << 24) | ((data[position + 1] & 0xff) << 16)
        | ((data[position + 2] & 0xff) << 8) | (data[position + 3] & 0xff);
    position += 4;
    return value;
  }

  byte[] raw(int length, String field) throws E {
    need(length, field, length + " bytes");
    byte[] bytes = Arrays.copyOfRange(data, position, position + length);
    position += length;
    return bytes;
  }

  byte[] string(String field) throws E {
    int at = position;
    long length = Integer.toUnsignedLong(uint32(field));
    if (length > remaining()) {
      throw fail(String.format("the length of %s at byte %d says %d bytes, but only %d are left",
          field, at, length, remaining()));
    }
    return raw((int) length, field);
  }

  /** A string that is text: names, namespaces and algorithms are ASCII in every real blob. */
  String text(String field) throws E {
    return new String(string(field), StandardCharsets.UTF_8);
  }

  /**
   * A non-negative mpint in its one canonical encoding, as OpenSSH writes it; a needless
   * leading zero would let one key have two blobs, and so two fingerprints.
   */
  BigInteger positiveMpint(String field, int maxBits) throws E {
    byte[] bytes = string(field);
    if (bytes.length == 0) {
      return BigInteger.ZERO;
    }
    if ((bytes[0] & 0x80) != 0) {
      throw fail(field + " is negative; expected a positive number");
    }
    if (bytes[0] == 0 && (bytes.length == 1 || (bytes[1] & 0x80) == 0)) {
      throw fail(field + " starts with a needless zero byte; expected the canonical encoding");
    }
    if ((long) bytes.length * 8 > maxBits + 8L) {
      throw fail(String.format("%s has %d bytes; expected at most %d bits", field, bytes.length,
          maxBits));
    }
    BigInteger value = new BigInteger(1, bytes);
    if (value.bitLength() > maxBits) {
      throw fail(String.format("%s has %d bits; expected at most %d", field, value.bitLength(),
          maxBits));
    }
    return value;
  }

  /** Nothing may follow the last field: trailing bytes would be signed-over text nobody reads. */
  void end() throws E {
    if (remaining() != 0) {
      throw fail(String.format("%d unexpected bytes after the last field at byte %d",
          remaining(), position));
    }
  }

  private void need(int length, String field, String expected) throws E {
    if (length < 0 || length > remaining()) {
      throw fail(String.format("ends at byte %d, inside %s; expected %s from byte %d",
          data.length, field, expected, position));
    }
  }
}
