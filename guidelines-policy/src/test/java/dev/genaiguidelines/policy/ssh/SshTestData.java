package dev.genaiguidelines.policy.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The keys and signatures ssh-keygen made for these tests (resources, see their README), and a
 * writer of the SSH wire format for the blobs ssh-keygen will not make.
 */
final class SshTestData {
  static final String NAMESPACE = "genai-approval";

  /** What {@code ssh-keygen -lf} printed for each committed public key. */
  static final String ED25519_FINGERPRINT = "SHA256:gvjhKwIPAP1dyD/57MmpjZRjlbabWRKXuUjEJMnE5KU";
  static final String ECDSA_FINGERPRINT = "SHA256:jZ7hYjo2enz0ZzJeu7kqQMZHNDe4UvtjcbOLHVZOopU";
  static final String RSA_FINGERPRINT = "SHA256:V2x2PJVu0YFOMcY9n6EopWd6P3o154rcTEOE251ii2w";
  static final String OTHER_FINGERPRINT = "SHA256:MUq7/w1p4KWIv4PglGgy/rzjyYg0/tSY91+0D6PLMRk";

  private SshTestData() {}

  static byte[] resource(String name) {
    try (InputStream in = SshTestData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(resource(name), StandardCharsets.UTF_8);
  }

  /** The statement every committed signature signs. */
  static byte[] statement() {
    return resource("approval-statement.txt");
  }

  /** {@code approval-statement.txt.<key>.sig}. */
  static String signature(String key) {
    return text("approval-statement.txt." + key + ".sig");
  }

  static SshPublicKey key(String name) throws SshKeyException {
    return SshPublicKey.parse(text("test-" + name + ".pub"));
  }

  /** The binary SSHSIG blob inside an armored signature. */
  static byte[] blob(String armored) {
    String body = armored.strip()
        .replace(SshArmor.BEGIN, "").replace(SshArmor.END, "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }

  /** Armors a blob as ssh-keygen does: 70 base64 characters a line. */
  static String armor(byte[] blob) {
    String base64 = Base64.getEncoder().encodeToString(blob);
    StringBuilder out = new StringBuilder(SshArmor.BEGIN).append('\n');
    for (int i = 0; i < base64.length(); i += 70) {
      out.append(base64, i, Math.min(base64.length(), i + 70)).append('\n');
    }
    return out.append(SshArmor.END).append('\n').toString();
  }

  /** Writes the SSH wire format (RFC 4251 section 5). */
  static final class Wire {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Wire raw(byte[] bytes) {
      out.writeBytes(bytes);
      return this;
    }

    Wire uint32(long value) {
      out.write((int) (value >>> 24));
      out.write((int) (value >>> 16));
      out.write((int) (value >>> 8));
      out.write((int) value);
      return this;
    }

    Wire string(byte[] bytes) {
      return uint32(bytes.length).raw(bytes);
    }

    Wire string(String text) {
      return string(text.getBytes(StandardCharsets.UTF_8));
    }

    Wire mpint(BigInteger value) {
      return string(value.signum() == 0 ? new byte[0] : value.toByteArray());
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }

  /** The fields of an SSHSIG blob, to rebuild one with a field changed. */
  record SshSig(byte[] key, String namespace, byte[] reserved, String hash, String algorithm,
      byte[] value) {

    static SshSig of(byte[] blob) {
      ByteBuffer in = ByteBuffer.wrap(blob);
      in.position(6 + 4);
      byte[] key = next(in);
      String namespace = new String(next(in), StandardCharsets.UTF_8);
      byte[] reserved = next(in);
      String hash = new String(next(in), StandardCharsets.UTF_8);
      ByteBuffer sig = ByteBuffer.wrap(next(in));
      String algorithm = new String(next(sig), StandardCharsets.UTF_8);
      return new SshSig(key, namespace, reserved, hash, algorithm, next(sig));
    }

    private static byte[] next(ByteBuffer in) {
      byte[] bytes = new byte[in.getInt()];
      in.get(bytes);
      return bytes;
    }

    SshSig withKey(byte[] value) {
      return new SshSig(value, namespace, reserved, hash, algorithm, this.value);
    }

    SshSig withReserved(byte[] value) {
      return new SshSig(key, namespace, value, hash, algorithm, this.value);
    }

    SshSig withHash(String value) {
      return new SshSig(key, namespace, reserved, value, algorithm, this.value);
    }

    SshSig withAlgorithm(String value) {
      return new SshSig(key, namespace, reserved, hash, value, this.value);
    }

    SshSig withValue(byte[] value) {
      return new SshSig(key, namespace, reserved, hash, algorithm, value);
    }

    byte[] blob() {
      byte[] signature = new Wire().string(algorithm).string(value).bytes();
      return new Wire().raw("SSHSIG".getBytes(StandardCharsets.US_ASCII)).uint32(1)
          .string(key).string(namespace).string(reserved).string(hash).string(signature)
          .bytes();
    }

    String armored() {
      return armor(blob());
    }
  }
}
