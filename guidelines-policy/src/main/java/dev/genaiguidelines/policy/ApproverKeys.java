package dev.genaiguidelines.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/** Reads an approver's OpenSSH public key line far enough to name the key by its fingerprint. */
final class ApproverKeys {

  static final List<String> KEY_TYPES =
      List.of("ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa");

  private ApproverKeys() {}

  /**
   * The key's {@code SHA256:} fingerprint, as {@code ssh-keygen -l} prints it.
   *
   * @throws IllegalArgumentException saying what is wrong with the line
   */
  static String fingerprint(String line) {
    String[] parts = line.strip().split("\\s+");
    if (parts.length < 2) {
      throw new IllegalArgumentException("expected an OpenSSH public key line, 'TYPE BASE64"
          + " [COMMENT]', as in a .pub file");
    }
    if (!KEY_TYPES.contains(parts[0])) {
      throw new IllegalArgumentException("key type '" + YamlNodeReader.shorten(parts[0])
          + "' is not supported; expected one of " + String.join(", ", KEY_TYPES));
    }
    byte[] blob;
    try {
      blob = Base64.getDecoder().decode(parts[1]);
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException("the key is not base64: " + notBase64.getMessage());
    }
    String declared = blobType(blob);
    if (!parts[0].equals(declared)) {
      throw new IllegalArgumentException("the line says " + parts[0] + " but the key inside is "
          + YamlNodeReader.shorten(declared));
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
      return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String blobType(byte[] blob) {
    if (blob.length < 4) {
      return "";
    }
    long length = ((blob[0] & 0xFFL) << 24) | ((blob[1] & 0xFF) << 16) | ((blob[2] & 0xFF) << 8)
        | (blob[3] & 0xFF);
    if (length > blob.length - 4) {
      return "";
    }
    return new String(blob, 4, (int) length, StandardCharsets.US_ASCII);
  }
}
