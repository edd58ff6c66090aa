package dev.genaiguidelines.policy.ssh;

/**
 * A signature that verified: the key that made it, which the caller checks against the keys it
 * trusts unless {@link SshSignature#verify(byte[], String, java.util.Collection)} already did.
 *
 * @param signer the key the signature verified with
 * @param namespace the namespace it was made for
 * @param hashAlgorithm {@code sha512} or {@code sha256}
 * @param signatureAlgorithm {@code ssh-ed25519}, {@code ecdsa-sha2-nistp256},
 *     {@code rsa-sha2-512} or {@code rsa-sha2-256}
 */
public record VerifiedSignature(
    SshPublicKey signer, String namespace, String hashAlgorithm, String signatureAlgorithm) {

  /** The signer's {@code SHA256:} fingerprint, as {@code ssh-keygen -lf} prints it. */
  public String fingerprint() {
    return signer.fingerprint();
  }
}
