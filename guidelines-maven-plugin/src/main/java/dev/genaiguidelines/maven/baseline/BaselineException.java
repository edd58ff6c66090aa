package dev.genaiguidelines.maven.baseline;

/** A baseline report that cannot be read or is not a GenAI compliance report; says which file. */
public final class BaselineException extends Exception {
  private static final long serialVersionUID = 1L;

  BaselineException(String message) {
    super(message);
  }

  BaselineException(String message, Throwable cause) {
    super(message, cause);
  }
}
