package dev.genaiguidelines.policy.ssh;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * An OpenSSH public key, as a {@code .pub} line or an approver's {@code key:} gives it, with its
 * JDK key and the fingerprint {@code ssh-keygen -lf} prints.
 *
 * <p>Two keys are equal when their blobs are: the parser accepts only the canonical encoding, so
 * one key has one blob and one fingerprint.
 */
public final class SshPublicKey {
  /** A 16384-bit RSA key line is about 2,800 characters; the rest is room for a comment. */
  public static final int MAX_LINE_CHARS = 8_192;

  private final SshKeyType type;
  private final byte[] blob;
  private final PublicKey publicKey;
  private final String comment;
  private final String fingerprint;

  private SshPublicKey(SshKeyType type, byte[] blob, PublicKey publicKey, String comment) {
    this.type = type;
    this.blob = blob;
    this.publicKey = publicKey;
    this.comment = comment;
    this.fingerprint =
        "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(sha256(blob));
  }

  /**
   * Reads a public key line: {@code <type> <base64 blob> [comment]}, surrounding whitespace
   * ignored, as in a {@code .pub} file (without authorized_keys options).
   */
  public static SshPublicKey parse(String line) throws SshKeyException {
    if (line.length() > MAX_LINE_CHARS) {
      throw new SshKeyException(String.format("an OpenSSH public key line of %d characters is "
          + "too long; expected at most %d", line.length(), MAX_LINE_CHARS));
    }
    String stripped = line.strip();
    if (stripped.startsWith("-----BEGIN")) {
      throw new SshKeyException("this is a PEM block, perhaps a private key; expected the public "
          + "key line of a .pub file, '<type> <base64 key> [comment]'");
    }
    if (stripped.indexOf('\n') >= 0 || stripped.indexOf('\r') >= 0) {
      // A second key pasted below the first would otherwise hide in the comment.
      throw new SshKeyException("the OpenSSH public key line holds a line break; expected one "
          + "key on one line, '<type> <base64 key> [comment]'");
    }
    String[] parts = stripped.split("[ \\t]+", 3);
    SshKeyType type = SshKeyType.bySshName(parts[0]).orElse(null);
    if (type == null) {
      throw new SshKeyException(parts[0].isEmpty()
          ? "empty OpenSSH public key line; expected '<type> <base64 key> [comment]' as in a .pub "
              + "file, type " + SshKeyType.expected()
          : "unknown key type " + Quoted.of(parts[0]) + "; expected " + SshKeyType.expected()
              + ", as '<type> <base64 key> [comment]' in a .pub file");
    }
    if (parts.length < 2) {
      throw new SshKeyException("the " + type.sshName() + " key line has no key after its type; "
          + "expected '<type> <base64 key> [comment]' as in a .pub file");
    }
    byte[] blob;
    try {
      blob = Base64.getDecoder().decode(parts[1]);
    } catch (IllegalArgumentException e) {
      throw new SshKeyException("the key " + Quoted.of(parts[1]) + " is not base64; expected the "
          + "second field of a .pub line");
    }
    SshPublicKey key = fromBlob(blob);
    if (key.type != type) {
      throw new SshKeyException("the line says " + type.sshName() + " but its key blob holds an "
          + key.type.sshName() + " key; expected the blob of the type the line names");
    }
    return new SshPublicKey(type, key.blob, key.publicKey, parts.length == 3 ? parts[2] : "");
  }

  /** Reads a key blob, as the base64 of a {@code .pub} line or an SSHSIG signature holds it. */
  public static SshPublicKey fromBlob(byte[] blob) throws SshKeyException {
    WireReader<SshKeyException> in =
        new WireReader<>(blob, "the public key blob", SshKeyException::new);
    String name = in.text("the key type");
    SshKeyType type = SshKeyType.bySshName(name).orElseThrow(() -> in.fail(
        "unknown key type " + Quoted.of(name) + "; expected " + SshKeyType.expected()));
    PublicKey publicKey = type.read(in);
    in.end();
    return new SshPublicKey(type, blob.clone(), publicKey, "");
  }

  public SshKeyType type() {
    return type;
  }

  /** The key in the JDK's terms: an Ed25519 ({@code EdECPublicKey}), EC or RSA public key. */
  public PublicKey publicKey() {
    return publicKey;
  }

  /** The wire encoding, the bytes a {@code .pub} line holds in base64. */
  public byte[] blob() {
    return blob.clone();
  }

  /** The comment after the key on its line, or "" (a key from a signature has none). */
  public String comment() {
    return comment;
  }

  /** {@code SHA256:} and the unpadded base64 of the blob's SHA-256, as {@code ssh-keygen -lf}. */
  public String fingerprint() {
    return fingerprint;
  }

  /** The key line without its comment: {@code ssh-ed25519 AAAA...}. */
  public String toLine() {
    return type.sshName() + " " + Base64.getEncoder().encodeToString(blob);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SshPublicKey key && Arrays.equals(blob, key.blob);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(blob);
  }

  /** The type and fingerprint, as {@code ssh-keygen -l} names a key. */
  @Override
  public String toString() {
    return type.sshName() + " " + fingerprint;
  }

  static byte[] sha256(byte[] bytes) {
    return digest("SHA-256", bytes);
  }

  static byte[] digest(String algorithm, byte[] bytes) {
    try {
      return MessageDigest.getInstance(algorithm).digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      // Every JDK must provide SHA-256 and SHA-512 (MessageDigest's javadoc).
      throw new IllegalStateException(algorithm + " missing from the JDK", e);
    }
  }
}
