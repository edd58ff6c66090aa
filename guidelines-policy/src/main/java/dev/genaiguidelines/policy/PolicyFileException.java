package dev.genaiguidelines.policy;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A policy file that cannot be used, located at the file, line and column at fault.
 *
 * <p>{@link #getMessage()} is ready to print: {@code genai-policy.yaml:12:5: <problem>}.
 */
public final class PolicyFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * @param line 1-based, or 0 when the problem concerns the whole file
   * @param column 1-based, or 0 when unknown
   */
  public PolicyFileException(Path file, int line, int column, String problem) {
    super(format(file, line, column, problem));
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  private static String format(Path file, int line, int column, String problem) {
    StringBuilder where = new StringBuilder(String.valueOf(file));
    if (line > 0) {
      where.append(':').append(line);
      if (column > 0) {
        where.append(':').append(column);
      }
    }
    return where + ": " + problem;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The problem without the location. */
  public String problem() {
    return problem;
  }
}
