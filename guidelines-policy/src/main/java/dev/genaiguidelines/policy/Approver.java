package dev.genaiguidelines.policy;

import java.util.Objects;

/**
 * Someone the studio policy lets sign approvals and consents, with their OpenSSH public key.
 *
 * @param name who they are, e.g. {@code Studio Legal}
 * @param key the OpenSSH public key line, {@code ssh-ed25519 AAAA... legal@studio.example}
 * @param fingerprint the key's {@code SHA256:} fingerprint, as {@code ssh-keygen -l} prints it
 */
public record Approver(String name, String key, String fingerprint) {

  public Approver {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }
}
