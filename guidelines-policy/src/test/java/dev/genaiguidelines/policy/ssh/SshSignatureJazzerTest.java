package dev.genaiguidelines.policy.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Coverage-guided fuzzing of the SSHSIG reader and verifier with Jazzer: whatever the input, it
 * verifies, or it is refused with an {@link SshSignatureException} whose reason is one short,
 * non-blank line; nothing else escapes and nothing hangs.
 *
 * <p>{@code anyArmor} feeds the armored text, as a policy file would hold it; {@code anyBlob}
 * feeds the binary blob inside, where mutations reach the wire format and the crypto sooner.
 * Without {@code JAZZER_FUZZ} both replay their seed corpus in
 * {@code src/test/resources/dev/genaiguidelines/policy/ssh/SshSignatureJazzerTestInputs/}: the
 * signatures ssh-keygen made, hostile armor, and every input a fuzzing run found
 * ({@code found-*}). FUZZING.md has the commands.
 */
class SshSignatureJazzerTest {
  /** A reason names a field, a number or two and a short quote; never the input. */
  static final int MAX_REASON_LENGTH = 400;

  private static final byte[] MESSAGE = SshTestData.statement();
  private static final List<SshPublicKey> TRUSTED = trusted();

  @FuzzTest(maxDuration = "5m")
  // No "\r\n" entry: Jazzer writes entries into libFuzzer's dictionary file unescaped, and a
  // line break there fails the run ("ParseDictionaryFile: error in line 3"). Seeds have CRLF.
  @DictionaryEntries({"-----BEGIN SSH SIGNATURE-----", "-----END SSH SIGNATURE-----", "    ",
      "U1NIU0lH", "AAAA", "=="})
  void anyArmor(byte[] input) {
    String armored = new String(input, StandardCharsets.UTF_8);
    try {
      check(SshSignature.parse(armored));
    } catch (SshSignatureException e) {
      assertOneLine(e);
    }
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryEntries({"SSHSIG", "ssh-ed25519", "ecdsa-sha2-nistp256", "nistp256", "ssh-rsa",
      "rsa-sha2-512", "rsa-sha2-256", "sha512", "sha256", "genai-approval",
      "\u0000\u0000\u0000\u0001", "\u0000\u0000\u0000\u0000", "\u00ff\u00ff\u00ff\u00ff"})
  void anyBlob(byte[] input) {
    try {
      check(SshSignature.fromBlob(input));
    } catch (SshSignatureException e) {
      assertOneLine(e);
    }
  }

  /** A signature that reads is verified all the way, against the trusted keys too. */
  private static void check(SshSignature signature) throws SshSignatureException {
    assertNotNull(signature.publicKey().fingerprint());
    VerifiedSignature verified = signature.verify(MESSAGE, SshTestData.NAMESPACE, TRUSTED);
    // Only the keys ssh-keygen signed with can verify this message: anything else is a forgery.
    assertTrue(TRUSTED.contains(verified.signer()), verified::toString);
    assertEquals(SshTestData.NAMESPACE, verified.namespace());
  }

  static void assertOneLine(SshSignatureException e) {
    String reason = e.reason();
    assertNotNull(reason, "null reason");
    assertFalse(reason.isBlank(), "blank reason");
    assertTrue(reason.length() <= MAX_REASON_LENGTH,
        () -> "a reason of " + reason.length() + " characters: " + reason.substring(0, 200));
    for (int i = 0; i < reason.length(); i++) {
      char c = reason.charAt(i);
      int type = Character.getType(c);
      int at = i;
      // A raw line break or bidi control would let a crafted signature forge a build-log line.
      assertFalse(type == Character.CONTROL || type == Character.FORMAT
              || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR,
          () -> String.format("U+%04X at %d in: %s", (int) c, at, reason));
    }
  }

  private static List<SshPublicKey> trusted() {
    try {
      return List.of(SshTestData.key("ed25519"), SshTestData.key("ecdsa"),
          SshTestData.key("rsa"));
    } catch (SshKeyException e) {
      throw new IllegalStateException(e.reason(), e);
    }
  }
}
