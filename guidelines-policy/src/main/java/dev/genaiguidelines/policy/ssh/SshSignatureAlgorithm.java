package dev.genaiguidelines.policy.ssh;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

/** The SSH signature formats an SSHSIG may carry, each verified with the JDK's own algorithm. */
enum SshSignatureAlgorithm {
  /** RFC 8709: the 64-byte Ed25519 signature as is. */
  ED25519("ssh-ed25519", SshKeyType.ED25519, "Ed25519") {
    @Override
    byte[] jdkSignature(byte[] sshSignature, PublicKey key) throws SshSignatureException {
      if (sshSignature.length != 64) {
        throw new SshSignatureException("the Ed25519 signature has " + sshSignature.length
            + " bytes; expected 64");
      }
      return sshSignature;
    }
  },

  /** RFC 5656: mpint r, mpint s; the JDK takes them as P1363, r and s at field width. */
  ECDSA_P256("ecdsa-sha2-nistp256", SshKeyType.ECDSA_P256, "SHA256withECDSAinP1363Format") {
    @Override
    byte[] jdkSignature(byte[] sshSignature, PublicKey key) throws SshSignatureException {
      WireReader<SshSignatureException> in =
          new WireReader<>(sshSignature, "the ECDSA signature", SshSignatureException::new);
      SshKeyType.Curve curve = SshKeyType.Curve.P256;
      int size = curve.fieldBytes;
      BigInteger r = in.positiveMpint("r", size * 8);
      BigInteger s = in.positiveMpint("s", size * 8);
      in.end();
      for (BigInteger value : new BigInteger[] {r, s}) {
        if (value.signum() == 0 || value.compareTo(curve.order()) >= 0) {
          throw in.fail((value == r ? "r" : "s")
              + " is outside 1 to n-1; expected a value an ECDSA signer makes");
        }
      }
      byte[] p1363 = new byte[2 * size];
      placeRight(r.toByteArray(), p1363, 0, size);
      placeRight(s.toByteArray(), p1363, size, size);
      return p1363;
    }
  },

  /** RFC 8332: the RSA signature, left-padded to the modulus length as OpenSSH accepts it. */
  RSA_SHA2_512("rsa-sha2-512", SshKeyType.RSA, "SHA512withRSA") {
    @Override
    byte[] jdkSignature(byte[] sshSignature, PublicKey key) throws SshSignatureException {
      return rsaPadded(sshSignature, key);
    }
  },

  /** RFC 8332 with SHA-256. */
  RSA_SHA2_256("rsa-sha2-256", SshKeyType.RSA, "SHA256withRSA") {
    @Override
    byte[] jdkSignature(byte[] sshSignature, PublicKey key) throws SshSignatureException {
      return rsaPadded(sshSignature, key);
    }
  };

  private final String sshName;
  private final SshKeyType keyType;
  private final String jdkName;

  SshSignatureAlgorithm(String sshName, SshKeyType keyType, String jdkName) {
    this.sshName = sshName;
    this.keyType = keyType;
    this.jdkName = jdkName;
  }

  String sshName() {
    return sshName;
  }

  /**
   * The algorithm named {@code name} for a key of {@code keyType}, or why there is none. RSA's
   * SHA-1 {@code ssh-rsa} is refused by name: SHA-1 collisions are practical, and OpenSSH itself
   * never writes it into an SSHSIG.
   */
  static SshSignatureAlgorithm forKey(String name, SshKeyType keyType)
      throws SshSignatureException {
    if (keyType == SshKeyType.RSA && name.equals("ssh-rsa")) {
      throw new SshSignatureException("the signature uses ssh-rsa, RSA with SHA-1, which is "
          + "refused; expected rsa-sha2-512 or rsa-sha2-256 (ssh-keygen -Y sign writes "
          + "rsa-sha2-512)");
    }
    StringBuilder expected = new StringBuilder();
    for (SshSignatureAlgorithm algorithm : values()) {
      if (algorithm.keyType == keyType) {
        if (algorithm.sshName.equals(name)) {
          return algorithm;
        }
        expected.append(expected.length() == 0 ? "" : " or ").append(algorithm.sshName);
      }
    }
    throw new SshSignatureException("the signature algorithm " + Quoted.of(name)
        + " does not fit its " + keyType.sshName() + " key; expected " + expected);
  }

  /** The signature in the encoding the JDK's algorithm reads. */
  abstract byte[] jdkSignature(byte[] sshSignature, PublicKey key) throws SshSignatureException;

  /** True when the signature is the key's over {@code data}. */
  boolean verify(PublicKey key, byte[] sshSignature, byte[] data) throws SshSignatureException {
    byte[] signature = jdkSignature(sshSignature, key);
    Signature verifier;
    try {
      verifier = Signature.getInstance(jdkName);
    } catch (NoSuchAlgorithmException e) {
      // JDK 17's SunEC and SunRsaSign provide all four; without them nothing can be verified.
      throw new IllegalStateException(jdkName + " missing from the JDK", e);
    }
    try {
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      // The JDK throws, rather than answer false, for some malformed signatures: a bad one too.
      return false;
    }
  }

  private static byte[] rsaPadded(byte[] signature, PublicKey key) throws SshSignatureException {
    int size = (((RSAPublicKey) key).getModulus().bitLength() + 7) / 8;
    if (signature.length > size) {
      throw new SshSignatureException(String.format("the RSA signature has %d bytes; expected "
          + "at most %d, the size of the key's modulus", signature.length, size));
    }
    byte[] padded = new byte[size];
    System.arraycopy(signature, 0, padded, size - signature.length, signature.length);
    return padded;
  }

  /** Right-aligns a big-endian two's-complement magnitude in {@code width} bytes. */
  private static void placeRight(byte[] magnitude, byte[] target, int offset, int width) {
    // toByteArray may add a sign byte; the range check above keeps the rest within width.
    byte[] bytes = magnitude.length > width
        ? Arrays.copyOfRange(magnitude, magnitude.length - width, magnitude.length)
        : magnitude;
    System.arraycopy(bytes, 0, target, offset + width - bytes.length, bytes.length);
  }
}
