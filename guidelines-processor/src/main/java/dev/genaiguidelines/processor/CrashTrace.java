package dev.genaiguidelines.processor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The stack trace of a crash as the lines of the note that follows its error: what a bug report
 * needs, bounded, and built line by line so that an exception message with line breaks cannot
 * forge a build-log line (each line is quoted like every other diagnostic).
 */
final class CrashTrace {
  /** Frames shown per exception; the processor's own frames are near the top. */
  static final int MAX_FRAMES = 40;
  /** Causes shown; a longer chain is cut, a cyclic one ends where it repeats. */
  static final int MAX_CAUSES = 8;

  private CrashTrace() {}

  /** {@code java.lang.IllegalStateException: boom}, {@code at ...}, {@code Caused by: ...}. */
  static List<String> lines(Throwable crash) {
    List<String> lines = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Throwable current = crash;
    for (int depth = 0; current != null && seen.add(current) && depth <= MAX_CAUSES; depth++) {
      lines.add((depth == 0 ? "" : "Caused by: ") + current);
      StackTraceElement[] frames = current.getStackTrace();
      for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
        lines.add("    at " + frames[i]); // spaces: a tab is quoted like any control
      }
      if (frames.length > MAX_FRAMES) {
        lines.add("    ... " + (frames.length - MAX_FRAMES) + " more");
      }
      current = current.getCause();
    }
    return lines;
  }
}
