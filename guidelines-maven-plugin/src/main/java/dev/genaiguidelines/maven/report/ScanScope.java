package dev.genaiguidelines.maven.report;

import java.util.Objects;

/**
 * What a report's scan read ({@code scope} in the JSON report): the artifact, its digest and how
 * many of its files were read, so a report says which bytes it vouches for.
 *
 * @param source the packaged artifact's file name ({@code studio-tools-1.0.jar}), or the classes
 *     directory relative to the project ({@code target/classes}) when the build made no jar
 * @param sha256 hex SHA-256 of the jar file; for a directory, of the lines {@code <sha256 of the
 *     file>  <relative path>} of its regular files in path order, as {@code sha256sum} prints
 *     them; "" when there was nothing to scan
 * @param classes the class files read
 * @param resources the text resources read for hosts
 */
public record ScanScope(String source, String sha256, int classes, int resources) {

  public ScanScope {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** One line for the human-readable reports. */
  public String describe() {
    return source + " (" + classes + (classes == 1 ? " class file, " : " class files, ")
        + resources + (resources == 1 ? " text resource" : " text resources")
        + (sha256.isEmpty() ? "" : ", SHA-256 " + sha256) + ")";
  }
}
