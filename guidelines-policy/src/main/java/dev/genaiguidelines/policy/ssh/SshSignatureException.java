package dev.genaiguidelines.policy.ssh;

/**
 * An armored SSH signature that cannot be read, or that does not verify for the message, the
 * namespace or the keys it was checked against; the message is one line that says what is
 * wrong and what was expected.
 */
public final class SshSignatureException extends Exception {
  private static final long serialVersionUID = 1L;

  public SshSignatureException(String reason) {
    super(reason);
  }

  /** What is wrong, on one line. */
  public String reason() {
    return getMessage();
  }
}
