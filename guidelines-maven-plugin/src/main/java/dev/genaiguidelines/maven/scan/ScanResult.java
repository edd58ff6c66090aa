package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import java.util.List;

/**
 * What one scan of a classes directory found: the declared uses, the GenAI calls no use covers,
 * and the class files that could not be read.
 *
 * @param uses every {@code @GenAiUse}, in class-file path order, then declaration order
 * @param undeclaredCalls every uncovered call, in class-file path order, without repeats
 * @param unreadable class files (or annotations in them) the scanner could not understand
 * @param classCount how many {@code .class} files were read, readable or not
 */
public record ScanResult(
    List<UseDeclaration> uses,
    List<UndeclaredCall> undeclaredCalls,
    List<UnreadableClass> unreadable,
    int classCount) {

  public ScanResult {
    uses = List.copyOf(uses);
    undeclaredCalls = List.copyOf(undeclaredCalls);
    unreadable = List.copyOf(unreadable);
  }
}
