package dev.genaiguidelines.annotations;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A provenance sidecar that is not a well-formed sidecar of a supported version; the message
 * reads {@code file:line:column: problem}, and says what was expected.
 */
public final class MalformedProvenanceException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String problem;

  MalformedProvenanceException(Path file, int line, int column, String problem) {
    super(format(String.valueOf(file), line, column, problem));
    this.file = String.valueOf(file);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  private static String format(String file, int line, int column, String problem) {
    return line > 0 ? file + ":" + line + ":" + column + ": " + problem : file + ": " + problem;
  }

  /** The sidecar's path, as it was given to the reader. */
  public String file() {
    return file;
  }

  /** The 1-based line of the problem, or 0 when it concerns the whole file (its size). */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, or 0 when it concerns the whole file. */
  public int column() {
    return column;
  }

  /** What is wrong and what was expected, without the file name and position. */
  public String problem() {
    return problem;
  }

  /** The position and problem without the file name, for messages that name the file already. */
  public String positionAndProblem() {
    return line > 0 ? line + ":" + column + ": " + problem : problem;
  }
}
