package dev.genaiguidelines.policy;

import java.util.Objects;

/**
 * A GenAI call found in compiled code that no {@code @GenAiUse} covers (GAI301).
 *
 * @param element the method holding the call, named as for uses (a lambda is reported as the
 *     method that creates it)
 * @param target what was called: {@code owner.Type#member} for an SDK call, or the host for a
 *     string constant
 * @param marker the package or host marker it matched
 * @param sourceFile source file relative to its source root, or ""
 * @param line 1-based line of the call, or 0 when the class has no line table
 */
public record UndeclaredCall(
    String element, String target, String marker, String sourceFile, int line) {

  public UndeclaredCall {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(target, "target");
    marker = Objects.requireNonNullElse(marker, "");
    sourceFile = Objects.requireNonNullElse(sourceFile, "");
  }
}
