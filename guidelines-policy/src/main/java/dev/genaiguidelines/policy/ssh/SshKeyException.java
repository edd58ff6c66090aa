package dev.genaiguidelines.policy.ssh;

/**
 * An OpenSSH public key line or key blob that cannot be used; the message is one line that says
 * what is wrong and what was expected.
 */
public final class SshKeyException extends Exception {
  private static final long serialVersionUID = 1L;

  public SshKeyException(String reason) {
    super(reason);
  }

  /** What is wrong, on one line. */
  public String reason() {
    return getMessage();
  }
}
