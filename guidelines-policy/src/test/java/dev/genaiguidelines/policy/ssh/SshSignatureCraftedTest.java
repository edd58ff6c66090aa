package dev.genaiguidelines.policy.ssh;

import static dev.genaiguidelines.policy.ssh.SshTestData.NAMESPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.genaiguidelines.policy.ssh.SshTestData.SshSig;
import dev.genaiguidelines.policy.ssh.SshTestData.Wire;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signatures ssh-keygen does not write but the format allows, made here with the JDK from
 * PROTOCOL.sshsig as an independent signer: rsa-sha2-256, a short RSA signature, and ECDSA
 * values out of range.
 */
class SshSignatureCraftedTest {
  private static final byte[] MESSAGE = "a statement\n".getBytes(StandardCharsets.UTF_8);
  private static KeyPair rsa;
  private static byte[] rsaBlob;

  @BeforeAll
  static void rsaKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    rsa = generator.generateKeyPair();
    RSAPublicKey key = (RSAPublicKey) rsa.getPublic();
    rsaBlob = new Wire().string("ssh-rsa").mpint(key.getPublicExponent()).mpint(key.getModulus())
        .bytes();
  }

  @Test
  void rsaSha256SignatureVerifies() throws Exception {
    String armored = sign(MESSAGE, "rsa-sha2-256", "SHA256withRSA", "sha256").armored();
    VerifiedSignature verified = SshSignature.parse(armored).verify(MESSAGE, NAMESPACE);
    assertEquals("rsa-sha2-256", verified.signatureAlgorithm());
    assertEquals("sha256", verified.hashAlgorithm());
    assertEquals(SshPublicKey.fromBlob(rsaBlob), verified.signer());
  }

  @Test
  void rsaSignatureNamedWithTheOtherHashDoesNotVerify() throws Exception {
    String armored = sign(MESSAGE, "rsa-sha2-512", "SHA256withRSA", "sha512").armored();
    SshSignatureException e = assertThrows(SshSignatureException.class,
        () -> SshSignature.parse(armored).verify(MESSAGE, NAMESPACE));
    assertEquals("the signature by " + SshPublicKey.fromBlob(rsaBlob) + " does not verify: the "
        + "signed text differs from this one, or the signature was altered", e.reason());
  }

  @Test
  void rsaSignatureWithoutItsLeadingZeroVerifiesAsOpenSshAccepts() throws Exception {
    for (int i = 0; ; i++) {
      byte[] message = ("statement " + i + "\n").getBytes(StandardCharsets.UTF_8);
      SshSig sig = sign(message, "rsa-sha2-512", "SHA512withRSA", "sha512");
      if (sig.value()[0] != 0) {
        continue;
      }
      SshSig shortened = sig.withValue(Arrays.copyOfRange(sig.value(), 1, sig.value().length));
      assertEquals("rsa-sha2-512",
          SshSignature.parse(shortened.armored()).verify(message, NAMESPACE).signatureAlgorithm());
      return;
    }
  }

  @Test
  void rsaSignatureLongerThanTheModulusIsRefused() throws Exception {
    SshSig sig = sign(MESSAGE, "rsa-sha2-512", "SHA512withRSA", "sha512");
    byte[] longer = new byte[sig.value().length + 1];
    System.arraycopy(sig.value(), 0, longer, 1, sig.value().length);
    SshSignatureException e = assertThrows(SshSignatureException.class, () ->
        SshSignature.parse(sig.withValue(longer).armored()).verify(MESSAGE, NAMESPACE));
    assertEquals("the RSA signature has 257 bytes; expected at most 256, the size of the key's "
        + "modulus", e.reason());
  }

  @Test
  void ecdsaValuesOutOfRangeAreRefused() throws Exception {
    SshSig sig = SshSig.of(SshTestData.blob(SshTestData.signature("ecdsa")));
    BigInteger n = SshKeyType.Curve.P256.order();
    for (BigInteger r : List.of(BigInteger.ZERO, n)) {
      byte[] value = new Wire().mpint(r).mpint(BigInteger.ONE).bytes();
      SshSignatureException e = assertThrows(SshSignatureException.class, () ->
          SshSignature.parse(sig.withValue(value).armored()).verify(SshTestData.statement(),
              NAMESPACE));
      assertEquals("the ECDSA signature: r is outside 1 to n-1; expected a value an ECDSA signer "
          + "makes", e.reason());
    }
    byte[] wide = new Wire().mpint(BigInteger.ONE.shiftLeft(256)).mpint(BigInteger.ONE).bytes();
    SshSignatureException e = assertThrows(SshSignatureException.class, () ->
        SshSignature.parse(sig.withValue(wide).armored()).verify(SshTestData.statement(),
            NAMESPACE));
    assertEquals("the ECDSA signature: r has 257 bits; expected at most 256", e.reason());
  }

  @Test
  void ed25519SignatureOfTheWrongLengthIsRefused() throws Exception {
    SshSig sig = SshSig.of(SshTestData.blob(SshTestData.signature("ed25519")));
    SshSignatureException e = assertThrows(SshSignatureException.class, () ->
        SshSignature.parse(sig.withValue(Arrays.copyOf(sig.value(), 63)).armored())
            .verify(SshTestData.statement(), NAMESPACE));
    assertEquals("the Ed25519 signature has 63 bytes; expected 64", e.reason());
  }

  /** Signs as PROTOCOL.sshsig says, independently of the code under test. */
  private static SshSig sign(byte[] message, String sshAlgorithm, String jdkAlgorithm,
      String hash) throws Exception {
    byte[] digest = MessageDigest.getInstance(hash.equals("sha512") ? "SHA-512" : "SHA-256")
        .digest(message);
    byte[] signedData = new Wire().raw("SSHSIG".getBytes(StandardCharsets.US_ASCII))
        .string(NAMESPACE).string(new byte[0]).string(hash).string(digest).bytes();
    PrivateKey key = rsa.getPrivate();
    Signature signer = Signature.getInstance(jdkAlgorithm);
    signer.initSign(key);
    signer.update(signedData);
    return new SshSig(rsaBlob, NAMESPACE, new byte[0], hash, sshAlgorithm, signer.sign());
  }
}
