package dev.genaiguidelines.maven.scan;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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

  private static final Comparator<GenAiDependency> ORDER =
      Comparator.comparing(GenAiDependency::groupId)
          .thenComparing(GenAiDependency::artifactId)
          .thenComparing(GenAiDependency::version);

  public GenAiDependency {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(artifactId, "artifactId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(vendor, "vendor");
    modules = Objects.requireNonNullElse(modules, List.<String>of()).stream().distinct().sorted()
        .toList();
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
    return ORDER.compare(this, other);
  }
}
