package dev.genaiguidelines.policy.ssh;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An OpenSSH signature in the SSHSIG format (OpenSSH's PROTOCOL.sshsig), as
 * {@code ssh-keygen -Y sign -n <namespace>} writes it, read and then verified for a message.
 *
 * <p>Reading checks the shape: armor, magic, version, a public key this package can use, a known
 * hash and a signature algorithm that fits the key. {@link #verify} checks the rest: namespace,
 * signature, and optionally whose key made it. Every failure is an {@link
 * SshSignatureException} with a one-line reason.
 */
public final class SshSignature {
  /** Far more than any real signature (a 16384-bit RSA one armors to about 5,600 characters). */
  public static final int MAX_ARMORED_CHARS = 64 * 1024;

  private static final byte[] MAGIC = "SSHSIG".getBytes(StandardCharsets.US_ASCII);
  private static final int VERSION = 1;

  private final SshPublicKey publicKey;
  private final byte[] namespace;
  private final String hashAlgorithm;
  private final SshSignatureAlgorithm algorithm;
  private final byte[] signature;

  private SshSignature(SshPublicKey publicKey, byte[] namespace, String hashAlgorithm,
      SshSignatureAlgorithm algorithm, byte[] signature) {
    this.publicKey = publicKey;
    this.namespace = namespace;
    this.hashAlgorithm = hashAlgorithm;
    this.algorithm = algorithm;
    this.signature = signature;
  }

  /** Reads an armored signature, {@code -----BEGIN SSH SIGNATURE-----} to its END line. */
  public static SshSignature parse(String armored) throws SshSignatureException {
    if (armored.length() > MAX_ARMORED_CHARS) {
      throw new SshSignatureException(String.format("the armored signature of %d characters is "
          + "too large; expected at most %d", armored.length(), MAX_ARMORED_CHARS));
    }
    return fromBlob(SshArmor.dearmor(armored));
  }

  /** Reads the binary SSHSIG blob the armor holds. */
  static SshSignature fromBlob(byte[] blob) throws SshSignatureException {
    WireReader<SshSignatureException> in =
        new WireReader<>(blob, "the SSHSIG signature", SshSignatureException::new);
    if (in.remaining() < MAGIC.length || !Arrays.equals(in.raw(MAGIC.length, "the magic"), MAGIC)) {
      throw in.fail("does not start with 'SSHSIG'; expected a signature made with ssh-keygen -Y "
          + "sign");
    }
    int version = in.uint32("the version");
    if (version != VERSION) {
      throw in.fail("version " + Integer.toUnsignedString(version) + " is not supported; "
          + "expected version 1");
    }
    SshPublicKey key;
    try {
      key = SshPublicKey.fromBlob(in.string("the public key"));
    } catch (SshKeyException e) {
      throw in.fail(e.reason());
    }
    byte[] namespace = in.string("the namespace");
    byte[] reserved = in.string("the reserved field");
    if (reserved.length != 0) {
      // OpenSSH verifies over an empty reserved field whatever the blob holds; requiring it
      // empty keeps what is signed and what is read the same bytes.
      throw in.fail("the reserved field holds " + reserved.length + " bytes; expected none");
    }
    String hash = in.text("the hash algorithm");
    if (!hash.equals("sha512") && !hash.equals("sha256")) {
      throw in.fail("hash algorithm " + Quoted.of(hash) + " is not supported; expected sha512 "
          + "or sha256");
    }
    WireReader<SshSignatureException> sig = new WireReader<>(in.string("the signature"),
        "the SSHSIG signature's signature field", SshSignatureException::new);
    in.end();
    SshSignatureAlgorithm algorithm =
        SshSignatureAlgorithm.forKey(sig.text("the signature algorithm"), key.type());
    byte[] value = sig.string("the signature value");
    sig.end();
    return new SshSignature(key, namespace, hash, algorithm, value);
  }

  /** The key the signature says made it; trust it only once {@link #verify} has checked it. */
  public SshPublicKey publicKey() {
    return publicKey;
  }

  /** The namespace it was signed for, {@code -n} of {@code ssh-keygen -Y sign}. */
  public String namespace() {
    return new String(namespace, StandardCharsets.UTF_8);
  }

  /** {@code sha512} or {@code sha256}: how the message was hashed before signing. */
  public String hashAlgorithm() {
    return hashAlgorithm;
  }

  /** The SSH signature algorithm: {@code ssh-ed25519}, {@code rsa-sha2-512}, ... */
  public String signatureAlgorithm() {
    return algorithm.sshName();
  }

  /**
   * Verifies that this signature's own key signed {@code message} for {@code namespace}; the
   * caller still has to decide whether that key is one it trusts.
   */
  public VerifiedSignature verify(byte[] message, String expectedNamespace)
      throws SshSignatureException {
    if (!Arrays.equals(namespace, expectedNamespace.getBytes(StandardCharsets.UTF_8))) {
      throw new SshSignatureException("the signature is for namespace " + Quoted.of(namespace())
          + "; expected " + Quoted.of(expectedNamespace) + " (ssh-keygen -Y sign -n "
          + expectedNamespace + ")");
    }
    if (!algorithm.verify(publicKey.publicKey(), signature, signedData(message))) {
      throw new SshSignatureException("the signature by " + publicKey + " does not verify: the "
          + "signed text differs from this one, or the signature was altered");
    }
    return new VerifiedSignature(publicKey, namespace(), hashAlgorithm, algorithm.sshName());
  }

  /**
   * Verifies as {@link #verify(byte[], String)}, then requires the signing key to be one of
   * {@code trustedKeys}.
   */
  public VerifiedSignature verify(byte[] message, String expectedNamespace,
      Collection<SshPublicKey> trustedKeys) throws SshSignatureException {
    VerifiedSignature verified = verify(message, expectedNamespace);
    if (!trustedKeys.contains(publicKey)) {
      if (trustedKeys.isEmpty()) {
        throw new SshSignatureException("the signature is by " + publicKey
            + ", but no key is trusted; expected a key to check it against");
      }
      List<String> fingerprints = trustedKeys.stream().map(SshPublicKey::fingerprint).toList();
      int shown = Math.min(5, fingerprints.size());
      throw new SshSignatureException("the signature is by " + publicKey + ", which is not one "
          + "of the trusted keys; expected " + String.join(", ", fingerprints.subList(0, shown))
          + (fingerprints.size() > shown ? " or " + (fingerprints.size() - shown) + " more" : ""));
    }
    return verified;
  }

  /** MAGIC, string namespace, string reserved (empty), string hash algorithm, string H(message). */
  private byte[] signedData(byte[] message) {
    byte[] hash = SshPublicKey.digest(hashAlgorithm.equals("sha512") ? "SHA-512" : "SHA-256",
        message);
    ByteArrayOutputStream data = new ByteArrayOutputStream(128);
    data.writeBytes(MAGIC);
    writeString(data, namespace);
    writeString(data, new byte[0]);
    writeString(data, hashAlgorithm.getBytes(StandardCharsets.US_ASCII));
    writeString(data, hash);
    return data.toByteArray();
  }

  private static void writeString(ByteArrayOutputStream out, byte[] bytes) {
    int length = bytes.length;
    out.write(length >>> 24);
    out.write(length >>> 16);
    out.write(length >>> 8);
    out.write(length);
    out.writeBytes(bytes);
  }
}
