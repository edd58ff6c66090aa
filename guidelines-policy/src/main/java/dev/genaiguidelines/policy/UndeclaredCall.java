package dev.genaiguidelines.policy;

import java.util.Objects;

/**
 * GenAI calls found in compiled code (or a host in a shipped text resource) that no
 * {@code @GenAiUse} covers (GAI301): one per element, target and {@code via}, however many
 * times the element makes that call.
 *
 * @param element the method holding the call, named as for uses (a lambda is reported as the
 *     method that creates it), or the path of a text resource in the artifact
 * @param target what was called: {@code owner.Type#member} for an SDK call, the host for a
 *     string constant, {@code owner.Type.class} for a class literal, the class name given to a
 *     reflective lookup
 * @param marker the package or host marker it matched
 * @param sourceFile source file relative to its source root, or ""
 * @param line 1-based line of the first such call, or 0 when the class has no line table
 * @param via the dependency element that makes the call on the element's behalf, or "" when the
 *     element makes it itself
 * @param count how many calls (instructions, or resource lines) of the element reach the target
 */
public record UndeclaredCall(
    String element, String target, String marker, String sourceFile, int line, String via,
    int count) {

  public UndeclaredCall {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(target, "target");
    marker = Objects.requireNonNullElse(marker, "");
    sourceFile = Objects.requireNonNullElse(sourceFile, "");
    via = Objects.requireNonNullElse(via, "");
    if (count < 1) {
      throw new IllegalArgumentException("count " + count + " of " + element + " -> " + target
          + ": a listed call is made at least once");
    }
  }

  /** One call the element makes itself. */
  public UndeclaredCall(String element, String target, String marker, String sourceFile,
      int line) {
    this(element, target, marker, sourceFile, line, "", 1);
  }

  /** The same call, made {@code count} times, first at {@code line}. */
  public UndeclaredCall times(int count, int line) {
    return new UndeclaredCall(element, target, marker, sourceFile, line, via, count);
  }
}
