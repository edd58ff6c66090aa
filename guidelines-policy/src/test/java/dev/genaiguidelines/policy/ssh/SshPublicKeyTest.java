package dev.genaiguidelines.policy.ssh;

import static dev.genaiguidelines.policy.ssh.SshTestData.ECDSA_FINGERPRINT;
import static dev.genaiguidelines.policy.ssh.SshTestData.ED25519_FINGERPRINT;
import static dev.genaiguidelines.policy.ssh.SshTestData.OTHER_FINGERPRINT;
import static dev.genaiguidelines.policy.ssh.SshTestData.RSA_FINGERPRINT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.genaiguidelines.policy.ssh.SshTestData.Wire;
import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SshPublicKeyTest {
  private static final String ED25519_LINE = "ssh-ed25519 "
      + "AAAAC3NzaC1lZDI1NTE5AAAAINm0Q9tafdaumgrrVrM7hQmDruMR+X6JdJCpA0QIbF0T test-ed25519";

  @Test
  void ed25519LineGivesTheJdkKeyAndTheFingerprintSshKeygenPrinted() throws Exception {
    SshPublicKey key = SshPublicKey.parse(ED25519_LINE);
    assertEquals(SshKeyType.ED25519, key.type());
    assertEquals("EdDSA", key.publicKey().getAlgorithm());
    assertEquals(ED25519_FINGERPRINT, key.fingerprint());
    assertEquals("test-ed25519", key.comment());
    assertEquals("ssh-ed25519 " + ED25519_FINGERPRINT, key.toString());
    assertEquals(ED25519_LINE.substring(0, ED25519_LINE.lastIndexOf(' ')), key.toLine());
  }

  @Test
  void ecdsaAndRsaLinesGiveTheJdkKeysAndTheFingerprintsSshKeygenPrinted() throws Exception {
    SshPublicKey ecdsa = SshTestData.key("ecdsa");
    assertEquals(SshKeyType.ECDSA_P256, ecdsa.type());
    assertEquals(256, ((ECPublicKey) ecdsa.publicKey()).getParams().getOrder().bitLength());
    assertEquals(ECDSA_FINGERPRINT, ecdsa.fingerprint());
    assertEquals("test-ecdsa", ecdsa.comment());

    SshPublicKey rsa = SshTestData.key("rsa");
    assertEquals(SshKeyType.RSA, rsa.type());
    assertEquals(3072, ((RSAPublicKey) rsa.publicKey()).getModulus().bitLength());
    assertEquals(BigInteger.valueOf(65537), ((RSAPublicKey) rsa.publicKey()).getPublicExponent());
    assertEquals(RSA_FINGERPRINT, rsa.fingerprint());

    assertEquals(OTHER_FINGERPRINT, SshTestData.key("other-ed25519").fingerprint());
  }

  @Test
  void keysAreEqualByBlobWhateverTheirComment() throws Exception {
    SshPublicKey commented = SshPublicKey.parse(ED25519_LINE);
    SshPublicKey bare = SshPublicKey.parse("  " + ED25519_LINE.replace(" test-ed25519", "\r\n"));
    assertEquals(commented, bare);
    assertEquals(commented.hashCode(), bare.hashCode());
    assertEquals("", bare.comment());
    assertNotEquals(commented, SshTestData.key("other-ed25519"));
  }

  @Test
  void lineWithoutKeyIsRefused() {
    assertRefused("the ssh-ed25519 key line has no key after its type; expected "
        + "'<type> <base64 key> [comment]' as in a .pub file", "ssh-ed25519");
    assertRefused("empty OpenSSH public key line; expected '<type> <base64 key> [comment]' as in "
        + "a .pub file, type ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa", " \n");
  }

  @Test
  void twoKeysOnOneLineAreRefused() {
    assertRefused("the OpenSSH public key line holds a line break; expected one key on one line, "
        + "'<type> <base64 key> [comment]'", ED25519_LINE + "\r\n" + ED25519_LINE);
  }

  @Test
  void keyThatIsNotBase64IsRefused() {
    assertRefused("the key 'AAAA*not-base64' is not base64; expected the second field of a .pub "
        + "line", "ssh-ed25519 AAAA*not-base64 c");
  }

  @Test
  void unknownKeyTypeIsRefused() {
    assertRefused("unknown key type 'ssh-dss'; expected ssh-ed25519, ecdsa-sha2-nistp256 or "
        + "ssh-rsa, as '<type> <base64 key> [comment]' in a .pub file", "ssh-dss AAAAB3NzaC1kc3M=");
    byte[] dss = new Wire().string("ssh-dss").mpint(BigInteger.TEN).bytes();
    assertBlobRefused("the public key blob: unknown key type 'ssh-dss'; expected ssh-ed25519, "
        + "ecdsa-sha2-nistp256 or ssh-rsa", dss);
  }

  @Test
  void privateKeyPastedForAPublicOneIsNamed() {
    assertRefused("this is a PEM block, perhaps a private key; expected the public key line of a "
        + ".pub file, '<type> <base64 key> [comment]'",
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl");
  }

  @Test
  void blobOfAnotherTypeThanTheLineSaysIsRefused() {
    String blob = ED25519_LINE.split(" ")[1];
    assertRefused("the line says ssh-rsa but its key blob holds an ssh-ed25519 key; expected the "
        + "blob of the type the line names", "ssh-rsa " + blob + " c");
  }

  @Test
  void trailingBytesInTheBlobAreRefused() {
    byte[] blob = Base64.getDecoder().decode(ED25519_LINE.split(" ")[1]);
    byte[] longer = Arrays.copyOf(blob, blob.length + 3);
    assertBlobRefused("the public key blob: 3 unexpected bytes after the last field at byte 51",
        longer);
    // Negative twin: the blob as ssh-keygen wrote it.
    assertEquals(ED25519_FINGERPRINT, assertBlobAccepted(blob).fingerprint());
  }

  @Test
  void lengthPastTheEndIsRefused() {
    byte[] blob = new Wire().string("ssh-ed25519").uint32(0xFFFFFFF0L).raw(new byte[32]).bytes();
    assertBlobRefused("the public key blob: the length of the Ed25519 key at byte 15 says "
        + "4294967280 bytes, but only 32 are left", blob);
    assertBlobRefused("the public key blob: ends at byte 2, inside the key type; expected a "
        + "4-byte length or number from byte 0", new byte[] {0, 0});
  }

  @Test
  void ed25519KeyOfWrongLengthIsRefused() {
    byte[] blob = new Wire().string("ssh-ed25519").string(new byte[31]).bytes();
    assertBlobRefused("the public key blob: the Ed25519 key has 31 bytes; expected 32", blob);
  }

  @Test
  void ecdsaKeyOnAnotherCurveIsRefused() throws Exception {
    byte[] point = ecdsaPoint();
    assertBlobRefused("the public key blob: curve 'nistp384' does not match the key type; "
        + "expected 'nistp256'",
        new Wire().string("ecdsa-sha2-nistp256").string("nistp384").string(point).bytes());
  }

  @Test
  void ecdsaPointOffTheCurveIsRefused() throws Exception {
    byte[] point = ecdsaPoint();
    point[64] ^= 1;
    assertBlobRefused("the public key blob: the EC point is not on curve nistp256; expected a "
        + "P-256 public key",
        new Wire().string("ecdsa-sha2-nistp256").string("nistp256").string(point).bytes());
    // Negative twin: the point as ssh-keygen wrote it.
    point[64] ^= 1;
    assertEquals(ECDSA_FINGERPRINT, assertBlobAccepted(
        new Wire().string("ecdsa-sha2-nistp256").string("nistp256").string(point).bytes())
        .fingerprint());
  }

  @Test
  void compressedEcdsaPointIsRefused() throws Exception {
    byte[] compressed = Arrays.copyOf(ecdsaPoint(), 33);
    compressed[0] = 0x02;
    assertBlobRefused("the public key blob: the EC point has 33 bytes starting with 0x02; "
        + "expected 65 bytes starting with 0x04 (uncompressed)",
        new Wire().string("ecdsa-sha2-nistp256").string("nistp256").string(compressed).bytes());
  }

  @Test
  void smallRsaKeyIsRefused() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(1024);
    RSAPublicKey small = (RSAPublicKey) generator.generateKeyPair().getPublic();
    assertBlobRefused("the public key blob: the RSA modulus has 1024 bits; expected at least "
        + "2048 (ssh-keygen -t rsa makes 3072)", new Wire().string("ssh-rsa")
        .mpint(small.getPublicExponent()).mpint(small.getModulus()).bytes());
  }

  @Test
  void rsaNumbersMustBeCanonicalAndSane() throws Exception {
    RSAPublicKey rsa = (RSAPublicKey) SshTestData.key("rsa").publicKey();
    byte[] modulus = rsa.getModulus().toByteArray();
    byte[] padded = new byte[modulus.length + 1];
    System.arraycopy(modulus, 0, padded, 1, modulus.length);
    assertBlobRefused("the public key blob: the RSA modulus starts with a needless zero byte; "
        + "expected the canonical encoding", new Wire().string("ssh-rsa")
        .mpint(rsa.getPublicExponent()).string(padded).bytes());
    assertBlobRefused("the public key blob: the RSA exponent is 65536; expected an odd number of "
        + "at least 3", new Wire().string("ssh-rsa").mpint(BigInteger.valueOf(65536))
        .mpint(rsa.getModulus()).bytes());
    assertBlobRefused("the public key blob: the RSA exponent is negative; expected a positive "
        + "number", new Wire().string("ssh-rsa").string(new byte[] {(byte) 0x81})
        .mpint(rsa.getModulus()).bytes());
  }

  @Test
  void tooLongLineIsRefusedWithoutQuotingIt() {
    String line = "ssh-ed25519 " + "A".repeat(SshPublicKey.MAX_LINE_CHARS);
    assertRefused("an OpenSSH public key line of 8204 characters is too long; expected at most "
        + "8192", line);
  }

  @Test
  void hostileTypeIsQuotedVisibleAndShort() {
    String hostile = "ssh-\u202Eevil\u2028[INFO]" + "x".repeat(100);
    assertRefused("unknown key type 'ssh-\\u202Eevil\\u2028[INFO]" + "x".repeat(24)
        + "... (116 characters)'; expected ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa, as "
        + "'<type> <base64 key> [comment]' in a .pub file", hostile + " AAAA");
  }

  private static byte[] ecdsaPoint() throws Exception {
    ECPublicKey key = (ECPublicKey) SshTestData.key("ecdsa").publicKey();
    byte[] point = new byte[65];
    point[0] = 0x04;
    byte[] x = unsigned(key.getW().getAffineX());
    byte[] y = unsigned(key.getW().getAffineY());
    System.arraycopy(x, 0, point, 33 - x.length, x.length);
    System.arraycopy(y, 0, point, 65 - y.length, y.length);
    return point;
  }

  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }

  private static void assertRefused(String expected, String line) {
    SshKeyException e = assertThrows(SshKeyException.class, () -> SshPublicKey.parse(line));
    assertEquals(expected, e.reason());
  }

  private static void assertBlobRefused(String expected, byte[] blob) {
    SshKeyException e = assertThrows(SshKeyException.class, () -> SshPublicKey.fromBlob(blob));
    assertEquals(expected, e.reason());
  }

  private static SshPublicKey assertBlobAccepted(byte[] blob) {
    try {
      SshPublicKey key = SshPublicKey.fromBlob(blob);
      assertArrayEquals(blob, key.blob());
      return key;
    } catch (SshKeyException e) {
      throw new AssertionError(e.reason(), e);
    }
  }
}
