package dev.genaiguidelines.maven.report;

import java.util.Comparator;
import java.util.Objects;

/**
 * A class file the scan could not read, as every report lists it, so that a report missing
 * what that file declares or calls says it may be incomplete.
 *
 * @param file the file relative to the report's root, with {@code /} separators
 * @param reason why it could not be read, on one line
 */
public record UnreadableFile(String file, String reason) implements Comparable<UnreadableFile> {

  private static final Comparator<UnreadableFile> ORDER =
      Comparator.comparing(UnreadableFile::file).thenComparing(UnreadableFile::reason);

  /** Checks that both are given. */
  public UnreadableFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }

  /** By file, then reason, as the reports list them. */
  @Override
  public int compareTo(UnreadableFile other) {
    return ORDER.compare(this, other);
  }
}
