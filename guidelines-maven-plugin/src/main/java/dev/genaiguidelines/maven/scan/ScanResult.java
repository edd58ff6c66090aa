package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import java.util.List;
import java.util.Objects;

/**
 * What one scan of a classes directory or jar found: the declared uses, the GenAI calls no use
 * covers, the files that could not be read, and what was read.
 *
 * @param uses every {@code @GenAiUse}, in class-file path order, then declaration order
 * @param undeclaredCalls every uncovered call, one per element, target and via, in path order
 * @param unreadable files (or annotations in them) the scanner could not understand
 * @param classCount how many {@code .class} files were read, readable or not
 * @param resourceCount how many text resources were read for hosts, readable or not
 * @param sha256 hex SHA-256 of the jar, or of a directory's files (see {@link ClassScanner}); ""
 *     when nothing was there to scan
 */
public record ScanResult(
    List<UseDeclaration> uses,
    List<UndeclaredCall> undeclaredCalls,
    List<UnreadableClass> unreadable,
    int classCount,
    int resourceCount,
    String sha256) {

  public ScanResult {
    uses = List.copyOf(uses);
    undeclaredCalls = List.copyOf(undeclaredCalls);
    unreadable = List.copyOf(unreadable);
    sha256 = Objects.requireNonNullElse(sha256, "");
  }
}
