package dev.genaiguidelines.policy.ssh;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EllipticCurve;
import java.security.spec.KeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Optional;

/** The OpenSSH key types an approver's key may have, each decoded with the JDK's own crypto. */
public enum SshKeyType {
  /** {@code ssh-ed25519}: string type, string 32-byte public key. */
  ED25519("ssh-ed25519") {
    /** DER SubjectPublicKeyInfo for Ed25519 (RFC 8410) up to the 32 key bytes. */
    private final byte[] spkiPrefix = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70,
        0x03, 0x21, 0x00};

    @Override
    PublicKey read(WireReader<SshKeyException> in) throws SshKeyException {
      byte[] key = in.string("the Ed25519 key");
      if (key.length != 32) {
        throw in.fail("the Ed25519 key has " + key.length + " bytes; expected 32");
      }
      byte[] spki = Arrays.copyOf(spkiPrefix, spkiPrefix.length + 32);
      System.arraycopy(key, 0, spki, spkiPrefix.length, 32);
      return generate(in, "Ed25519", new X509EncodedKeySpec(spki));
    }
  },

  /** {@code ecdsa-sha2-nistp256}: string type, string "nistp256", string uncompressed point. */
  ECDSA_P256("ecdsa-sha2-nistp256") {
    @Override
    PublicKey read(WireReader<SshKeyException> in) throws SshKeyException {
      String curve = in.text("the curve name");
      if (!curve.equals("nistp256")) {
        throw in.fail("curve " + Quoted.of(curve) + " does not match the key type; expected "
            + "'nistp256'");
      }
      byte[] point = in.string("the EC point");
      ECParameterSpec params = Curve.P256.params;
      int size = Curve.P256.fieldBytes;
      if (point.length != 1 + 2 * size || point[0] != 0x04) {
        throw in.fail(String.format("the EC point has %d bytes starting with 0x%02X; expected "
                + "%d bytes starting with 0x04 (uncompressed)", point.length,
            point.length == 0 ? 0 : point[0] & 0xff, 1 + 2 * size));
      }
      BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 1 + size));
      BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 1 + size, 1 + 2 * size));
      if (!Curve.P256.contains(x, y)) {
        throw in.fail("the EC point is not on curve nistp256; expected a P-256 public key");
      }
      return generate(in, "EC", new ECPublicKeySpec(new ECPoint(x, y), params));
    }
  },

  /** {@code ssh-rsa}: string type, mpint e, mpint n. */
  RSA("ssh-rsa") {
    @Override
    PublicKey read(WireReader<SshKeyException> in) throws SshKeyException {
      BigInteger e = in.positiveMpint("the RSA exponent", MAX_RSA_EXPONENT_BITS);
      BigInteger n = in.positiveMpint("the RSA modulus", MAX_RSA_BITS);
      if (n.bitLength() < MIN_RSA_BITS) {
        throw in.fail("the RSA modulus has " + n.bitLength() + " bits; expected at least "
            + MIN_RSA_BITS + " (ssh-keygen -t rsa makes 3072)");
      }
      if (e.compareTo(BigInteger.valueOf(3)) < 0 || !e.testBit(0)) {
        throw in.fail("the RSA exponent is " + e + "; expected an odd number of at least 3");
      }
      return generate(in, "RSA", new RSAPublicKeySpec(n, e));
    }
  };

  /** Below this an RSA key no longer resists factoring; OpenSSH's own floor is 1024. */
  static final int MIN_RSA_BITS = 2048;
  /** OpenSSH's limit (SSHBUF_MAX_BIGNUM). */
  static final int MAX_RSA_BITS = 16384;
  /** The JDK's limit for large moduli; a huge exponent would only make verifying slow. */
  static final int MAX_RSA_EXPONENT_BITS = 64;

  private final String sshName;

  SshKeyType(String sshName) {
    this.sshName = sshName;
  }

  /** The name OpenSSH writes at the start of a key line and of a key blob. */
  public String sshName() {
    return sshName;
  }

  /** Decodes the fields after the type name; the caller checks that nothing follows. */
  abstract PublicKey read(WireReader<SshKeyException> in) throws SshKeyException;

  static Optional<SshKeyType> bySshName(String name) {
    for (SshKeyType type : values()) {
      if (type.sshName.equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** "ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa", for messages. */
  static String expected() {
    return ED25519.sshName + ", " + ECDSA_P256.sshName + " or " + RSA.sshName;
  }

  private static PublicKey generate(WireReader<SshKeyException> in, String algorithm,
      KeySpec spec) throws SshKeyException {
    try {
      return KeyFactory.getInstance(algorithm).generatePublic(spec);
    } catch (GeneralSecurityException e) {
      throw in.fail("the JDK refuses it as an " + algorithm + " key: "
          + Quoted.of(String.valueOf(e.getMessage())));
    }
  }

  /** A prime-field curve's parameters and its membership test. */
  enum Curve {
    P256("secp256r1");

    final ECParameterSpec params;
    final int fieldBytes;
    private final BigInteger p;
    private final BigInteger a;
    private final BigInteger b;

    Curve(String jdkName) {
      try {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec(jdkName));
        params = parameters.getParameterSpec(ECParameterSpec.class);
      } catch (GeneralSecurityException e) {
        // Every JDK 17 ships secp256r1 in SunEC; without it there is nothing to verify with.
        throw new IllegalStateException("the JDK has no " + jdkName + " curve", e);
      }
      EllipticCurve curve = params.getCurve();
      p = ((ECFieldFp) curve.getField()).getP();
      a = curve.getA();
      b = curve.getB();
      fieldBytes = (p.bitLength() + 7) / 8;
    }

    /** The order of the base point, the range of an ECDSA signature's r and s. */
    BigInteger order() {
      return params.getOrder();
    }

    /**
     * y² = x³ + ax + b (mod p) with both coordinates reduced: the JDK's key factory takes any
     * point, on the curve or not, and an off-curve point is no key at all.
     */
    boolean contains(BigInteger x, BigInteger y) {
      if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
        return false;
      }
      BigInteger left = y.multiply(y).mod(p);
      BigInteger right = x.multiply(x).multiply(x).add(a.multiply(x)).add(b).mod(p);
      return left.equals(right);
    }
  }
}
