package dev.genaiguidelines.policy;

/**
 * A text that is not an approval statement as {@link ApprovalStatement#text()} writes it,
 * located at the line at fault; {@link #getMessage()} reads
 * {@code approval statement line 5: <problem>}.
 */
public final class ApprovalStatementException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final String problem;

  /**
   * @param line 1-based, or 0 when the problem concerns the whole text
   */
  public ApprovalStatementException(int line, String problem) {
    super(line > 0 ? "approval statement line " + line + ": " + problem
        : "approval statement: " + problem);
    this.line = line;
    this.problem = problem;
  }

  public int line() {
    return line;
  }

  /** The problem without the location, one line. */
  public String problem() {
    return problem;
  }
}
