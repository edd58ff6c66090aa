package dev.genaiguidelines.policy.ssh;

import static dev.genaiguidelines.policy.ssh.SshTestData.ECDSA_FINGERPRINT;
import static dev.genaiguidelines.policy.ssh.SshTestData.ED25519_FINGERPRINT;
import static dev.genaiguidelines.policy.ssh.SshTestData.NAMESPACE;
import static dev.genaiguidelines.policy.ssh.SshTestData.OTHER_FINGERPRINT;
import static dev.genaiguidelines.policy.ssh.SshTestData.RSA_FINGERPRINT;
import static dev.genaiguidelines.policy.ssh.SshTestData.signature;
import static dev.genaiguidelines.policy.ssh.SshTestData.statement;
import static dev.genaiguidelines.policy.ssh.SshTestData.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.genaiguidelines.policy.ssh.SshTestData.SshSig;
import dev.genaiguidelines.policy.ssh.SshTestData.Wire;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verification of the signatures ssh-keygen made, and a negative twin for each way to fail. */
class SshSignatureTest {

  @Test
  void ed25519SignatureVerifies() throws Exception {
    VerifiedSignature verified = verify(signature("ed25519"));
    assertEquals(SshTestData.key("ed25519"), verified.signer());
    assertEquals(ED25519_FINGERPRINT, verified.fingerprint());
    assertEquals(NAMESPACE, verified.namespace());
    assertEquals("sha512", verified.hashAlgorithm());
    assertEquals("ssh-ed25519", verified.signatureAlgorithm());
  }

  @Test
  void ecdsaSignatureVerifies() throws Exception {
    VerifiedSignature verified = verify(signature("ecdsa"));
    assertEquals(ECDSA_FINGERPRINT, verified.fingerprint());
    assertEquals("ecdsa-sha2-nistp256", verified.signatureAlgorithm());
  }

  @Test
  void rsaSignatureVerifies() throws Exception {
    VerifiedSignature verified = verify(signature("rsa"));
    assertEquals(RSA_FINGERPRINT, verified.fingerprint());
    assertEquals("rsa-sha2-512", verified.signatureAlgorithm());
  }

  @Test
  void sha256HashedSignatureVerifies() throws Exception {
    VerifiedSignature verified = verify(signature("ed25519-sha256"));
    assertEquals("sha256", verified.hashAlgorithm());
    assertEquals(ED25519_FINGERPRINT, verified.fingerprint());
  }

  @Test
  void signatureByATrustedKeyVerifies() throws Exception {
    VerifiedSignature verified = SshSignature.parse(signature("rsa")).verify(statement(),
        NAMESPACE, List.of(SshTestData.key("ed25519"), SshTestData.key("rsa")));
    assertEquals(RSA_FINGERPRINT, verified.fingerprint());
  }

  @Test
  void signatureByAnotherKeyThanTheTrustedOnesIsRefused() throws Exception {
    SshSignature other = SshSignature.parse(signature("other-ed25519"));
    List<SshPublicKey> trusted = List.of(SshTestData.key("ed25519"), SshTestData.key("ecdsa"));
    assertRefused("the signature is by ssh-ed25519 " + OTHER_FINGERPRINT + ", which is not one "
        + "of the trusted keys; expected " + ED25519_FINGERPRINT + ", " + ECDSA_FINGERPRINT,
        () -> other.verify(statement(), NAMESPACE, trusted));
    assertRefused("the signature is by ssh-ed25519 " + OTHER_FINGERPRINT + ", but no key is "
        + "trusted; expected a key to check it against",
        () -> other.verify(statement(), NAMESPACE, List.of()));
  }

  @Test
  void trustedKeyPutInPlaceOfTheSignersDoesNotVerify() throws Exception {
    SshSig forged = SshSig.of(SshTestData.blob(signature("other-ed25519")))
        .withKey(SshTestData.key("ed25519").blob());
    assertRefused("the signature by ssh-ed25519 " + ED25519_FINGERPRINT + " does not verify: the "
        + "signed text differs from this one, or the signature was altered",
        () -> verify(forged.armored()));
  }

  @Test
  void flippedSignatureByteDoesNotVerify() throws Exception {
    for (String key : List.of("ed25519", "ecdsa", "rsa")) {
      SshSig sig = SshSig.of(SshTestData.blob(signature(key)));
      byte[] value = sig.value();
      value[value.length - 1] ^= 0x01;
      String fingerprint = SshTestData.key(key).toString();
      assertRefused("the signature by " + fingerprint + " does not verify: the signed text "
          + "differs from this one, or the signature was altered",
          () -> verify(sig.withValue(value).armored()));
      // Negative twin: the rebuilt blob, unflipped, still verifies.
      value[value.length - 1] ^= 0x01;
      assertEquals(fingerprint, verify(sig.withValue(value).armored()).signer().toString());
    }
  }

  @Test
  void flippedMessageByteDoesNotVerify() throws Exception {
    byte[] message = statement();
    message[message.length / 2] ^= 0x01;
    for (String key : List.of("ed25519", "ecdsa", "rsa")) {
      SshSignature signature = SshSignature.parse(signature(key));
      assertRefused("the signature by " + SshTestData.key(key) + " does not verify: the signed "
          + "text differs from this one, or the signature was altered",
          () -> signature.verify(message, NAMESPACE));
    }
  }

  @Test
  void otherNamespaceIsRefused() throws Exception {
    SshSignature signature = SshSignature.parse(signature("other-namespace"));
    assertEquals("other", signature.namespace());
    assertRefused("the signature is for namespace 'other'; expected 'genai-approval' "
        + "(ssh-keygen -Y sign -n genai-approval)", () -> signature.verify(statement(), NAMESPACE));
  }

  @Test
  void sha1RsaSignatureIsRefused() {
    String sha1 = SshSig.of(SshTestData.blob(signature("rsa"))).withAlgorithm("ssh-rsa").armored();
    assertRefused("the signature uses ssh-rsa, RSA with SHA-1, which is refused; expected "
        + "rsa-sha2-512 or rsa-sha2-256 (ssh-keygen -Y sign writes rsa-sha2-512)",
        () -> SshSignature.parse(sha1));
  }

  @Test
  void algorithmThatDoesNotFitTheKeyIsRefused() {
    String mixed =
        SshSig.of(SshTestData.blob(signature("ed25519"))).withAlgorithm("rsa-sha2-512").armored();
    assertRefused("the signature algorithm 'rsa-sha2-512' does not fit its ssh-ed25519 key; "
        + "expected ssh-ed25519", () -> SshSignature.parse(mixed));
  }

  @Test
  void unknownKeyTypeIsRefused() {
    byte[] dss = new Wire().string("ssh-dss").mpint(BigInteger.TEN).bytes();
    String armored = SshSig.of(SshTestData.blob(signature("ed25519"))).withKey(dss).armored();
    assertRefused("the SSHSIG signature: the public key blob: unknown key type 'ssh-dss'; "
        + "expected ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa",
        () -> SshSignature.parse(armored));
  }

  @Test
  void unknownHashAndReservedBytesAreRefused() {
    SshSig sig = SshSig.of(SshTestData.blob(signature("ed25519")));
    assertRefused("the SSHSIG signature: hash algorithm 'sha1' is not supported; expected sha512 "
        + "or sha256", () -> SshSignature.parse(sig.withHash("sha1").armored()));
    assertRefused("the SSHSIG signature: the reserved field holds 2 bytes; expected none",
        () -> SshSignature.parse(sig.withReserved(new byte[2]).armored()));
  }

  @Test
  void lengthFieldPastTheEndIsRefused() {
    byte[] blob = SshTestData.blob(signature("ed25519"));
    // The namespace's length field follows magic, version and the 51-byte key string.
    int at = 6 + 4 + 4 + 51;
    blob[at] = 0x7f;
    assertRefused("the SSHSIG signature: the length of the namespace at byte 65 says 2130706446 "
        + "bytes, but only " + (blob.length - at - 4) + " are left",
        () -> SshSignature.parse(SshTestData.armor(blob)));
  }

  @Test
  void wrongMagicAndVersionAreRefused() {
    byte[] blob = SshTestData.blob(signature("ed25519"));
    byte[] magic = blob.clone();
    magic[0] = 'X';
    assertRefused("the SSHSIG signature: does not start with 'SSHSIG'; expected a signature made "
        + "with ssh-keygen -Y sign", () -> SshSignature.parse(SshTestData.armor(magic)));
    byte[] version = blob.clone();
    version[9] = 2;
    assertRefused("the SSHSIG signature: version 2 is not supported; expected version 1",
        () -> SshSignature.parse(SshTestData.armor(version)));
  }

  @Test
  void trailingBytesAreRefused() {
    byte[] blob = SshTestData.blob(signature("ed25519"));
    byte[] longer = java.util.Arrays.copyOf(blob, blob.length + 1);
    assertRefused("the SSHSIG signature: 1 unexpected bytes after the last field at byte "
        + blob.length, () -> SshSignature.parse(SshTestData.armor(longer)));
  }

  @Test
  void truncatedArmorIsRefused() {
    String armored = signature("ed25519");
    String noEnd = armored.substring(0, armored.indexOf("-----END"));
    assertRefused("the signature has no '-----END SSH SIGNATURE-----' line; expected the whole "
        + "armored block as ssh-keygen -Y sign writes it", () -> SshSignature.parse(noEnd));
    String[] lines = armored.split("\n");
    String shortBody = lines[0] + "\n" + lines[1] + "\n" + lines[lines.length - 1] + "\n";
    assertRefused("the SSHSIG signature: the length of the public key at byte 10 says 51 bytes, "
        + "but only 38 are left", () -> SshSignature.parse(shortBody));
  }

  @Test
  void armorThatIsNotBase64IsRefused() {
    String armored = signature("ed25519");
    String bad = armored.replaceFirst("AAAA", "AA*A");
    assertRefused("the armored signature holds '*' (U+002A) at line 2, column 11; expected "
        + "base64 lines only", () -> SshSignature.parse(bad));
    String[] lines = armored.split("\n");
    lines[2] = "    \u00A0" + lines[2];
    assertRefused("the armored signature holds '\u00A0' (U+00A0) at line 3, column 5; "
        + "expected base64 lines only", () -> SshSignature.parse(String.join("\n", lines)));
    assertRefused("the armored signature's 5 base64 characters do not decode to whole bytes "
        + "(cut short, or '=' inside); expected the block exactly as ssh-keygen -Y sign wrote it",
        () -> SshSignature.parse(SshArmor.BEGIN + "\nAAAAA\n" + SshArmor.END));
    assertRefused("the signature starts with 'U1NIU0lHAAAAAQAAADMAAAALc3NoLWVkMjU1MTkA... (70 "
        + "characters)'; expected an armored SSH signature, '-----BEGIN SSH SIGNATURE-----' on "
        + "its own line", () -> SshSignature.parse(armored.split("\n")[1]));
  }

  /** Found by fuzzing: END was searched for from the start, inside BEGIN's own dashes. */
  @Test
  void beginAndEndMarkersSharingDashesAreRefused() {
    assertRefused("the signature has no '-----END SSH SIGNATURE-----' line; expected the whole "
        + "armored block as ssh-keygen -Y sign writes it",
        () -> SshSignature.parse(text("SshSignatureJazzerTestInputs/anyArmor/"
            + "found-begin-and-end-markers-sharing-dashes")));
    assertRefused("the armor's BEGIN and END markers are not on lines of their own; expected "
        + "base64 lines between them, as ssh-keygen -Y sign writes it",
        () -> SshSignature.parse(signature("ed25519").replace("-----\nU1NI", "-----U1NI")));
    assertRefused("the armor's BEGIN and END markers are not on lines of their own; expected "
        + "base64 lines between them, as ssh-keygen -Y sign writes it",
        () -> SshSignature.parse(signature("ed25519").replace("\n-----END", "-----END")));
  }

  @Test
  void armorIndentedWithCrlfAsInAYamlBlockScalarVerifies() throws Exception {
    String yaml = "\r\n" + signature("ecdsa").replace("\n", "\r\n    ");
    assertEquals(ECDSA_FINGERPRINT, verify(yaml).fingerprint());
  }

  @Test
  void textAroundTheArmorIsRefused() {
    String armored = signature("ed25519");
    assertRefused("text follows '-----END SSH SIGNATURE-----': 'and more'; expected one armored "
        + "signature only", () -> SshSignature.parse(armored + "and more\n"));
  }

  @Test
  void tooLargeArmorIsRefusedWithoutReadingIt() {
    String huge = SshArmor.BEGIN + "\n" + "A".repeat(SshSignature.MAX_ARMORED_CHARS) + "\n"
        + SshArmor.END;
    assertRefused("the armored signature of 65594 characters is too large; expected at most "
        + "65536", () -> SshSignature.parse(huge));
  }

  private static VerifiedSignature verify(String armored) throws SshSignatureException {
    return SshSignature.parse(armored).verify(statement(), NAMESPACE);
  }

  private static void assertRefused(String expected, Check check) {
    SshSignatureException e = assertThrows(SshSignatureException.class, check::run);
    assertEquals(expected, e.reason());
  }

  @FunctionalInterface
  private interface Check {
    void run() throws Exception;
  }
}
