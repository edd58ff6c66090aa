package dev.genaiguidelines.maven.scan;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A GenAI SDK found on a module's runtime class path: a dependency holding a class in a marker
 * package of the built-in catalog.
 *
 * @param vendor the vendors of the marker packages its classes are in, sorted, joined by ", "
 * @param declaresUses true when the jar carries a catalog of {@code @GenAiUse} declarations
 *     (it was built with guidelines-processor)
 * @param modules in an aggregate report, the artifactIds of the modules that ship it, sorted;
 *     empty in a module's own report
 */
public record GenAiDependency(
    String groupId, String artifactId, String version, String vendor, boolean declaresUses,
    List<String> modules)
    implements Comparable<GenAiDependency> {

  public GenAiDependency {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(artifactId, "artifactId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(vendor, "vendor");
    // A sorted set, not a stream: a cached dependency scan makes these in a fresh JVM, where
    // the first stream or lambda costs tens of milliseconds (see DependencyCache).
    modules = modules == null || modules.isEmpty() ? List.of()
        : List.copyOf(new TreeSet<>(modules));
  }

  /** An SDK on one module's class path, as the module's own report lists it. */
  public GenAiDependency(
      String groupId, String artifactId, String version, String vendor, boolean declaresUses) {
    this(groupId, artifactId, version, vendor, declaresUses, List.of());
  }

  /** The same SDK, shipped by {@code shippedBy} too: how an aggregate lists it once. */
  public GenAiDependency shippedBy(List<String> shippedBy) {
    List<String> all = new java.util.ArrayList<>(modules);
    all.addAll(shippedBy);
    return new GenAiDependency(groupId, artifactId, version, vendor, declaresUses, all);
  }

  /** {@code groupId:artifactId:version}, as logs and messages name it. */
  public String coordinates() {
    return groupId + ":" + artifactId + ":" + version;
  }

  @Override
  public int compareTo(GenAiDependency other) {
    int order = groupId.compareTo(other.groupId);
    if (order == 0) {
      order = artifactId.compareTo(other.artifactId);
    }
    return order != 0 ? order : version.compareTo(other.version);
  }
}
