package dev.genaiguidelines.maven.scan;

import java.util.Comparator;
import java.util.Objects;

/**
 * A GenAI SDK found on a module's runtime class path: a dependency holding a class in a marker
 * package of the built-in catalog.
 *
 * @param vendor the vendors of the marker packages its classes are in, sorted, joined by ", "
 * @param declaresUses true when the jar carries a catalog of {@code @GenAiUse} declarations
 *     (it was built with guidelines-processor)
 */
public record GenAiDependency(
    String groupId, String artifactId, String version, String vendor, boolean declaresUses)
    implements Comparable<GenAiDependency> {

  private static final Comparator<GenAiDependency> ORDER =
      Comparator.comparing(GenAiDependency::groupId)
          .thenComparing(GenAiDependency::artifactId)
          .thenComparing(GenAiDependency::version);

  public GenAiDependency {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(artifactId, "artifactId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(vendor, "vendor");
  }

  /** {@code groupId:artifactId:version}, as logs and messages name it. */
  public String coordinates() {
    return groupId + ":" + artifactId + ":" + version;
  }

  @Override
  public int compareTo(GenAiDependency other) {
    return ORDER.compare(this, other);
  }
}
