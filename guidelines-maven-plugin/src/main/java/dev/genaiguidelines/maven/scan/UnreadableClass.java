package dev.genaiguidelines.maven.scan;

import java.util.Objects;

/**
 * A class file the scanner could not read, or a {@code @GenAiUse} in it that it could not
 * understand.
 *
 * @param path the file relative to the classes directory, with {@code /} separators
 * @param reason what is wrong, in words a user can act on
 */
public record UnreadableClass(String path, String reason) {

  public UnreadableClass {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }
}
