package dev.genaiguidelines.policy;

import java.util.List;
import java.util.TreeSet;

/**
 * What marks a GenAI call in compiled code: SDK packages and endpoint hosts (GAI301). The
 * plugin ships the built-in ones as a data file; a policy's {@code detect:} section adds these.
 *
 * @param packages package prefixes; a type is in one when its name equals it or starts with it
 *     followed by a dot
 * @param hosts substrings of string constants that name a GenAI endpoint
 */
public record DetectionMarkers(List<String> packages, List<String> hosts) {

  // equals, hashCode and toString are written out rather than left to the record: the
  // record's own bootstrap method handles on their first call, several milliseconds each in a
  // cold JVM.
  @Override
  public boolean equals(Object other) {
    return other instanceof DetectionMarkers that
        && packages.equals(that.packages) && hosts.equals(that.hosts);
  }

  @Override
  public int hashCode() {
    return 31 * packages.hashCode() + hosts.hashCode();
  }

  @Override
  public String toString() {
    return "DetectionMarkers[packages=" + packages + ", hosts=" + hosts + "]";
  }

  /** No markers: a policy without a {@code detect:} section. */
  public static final DetectionMarkers NONE = new DetectionMarkers(List.of(), List.of());

  public DetectionMarkers {
    packages = List.copyOf(new TreeSet<>(packages));
    hosts = List.copyOf(new TreeSet<>(hosts));
  }

  /** These markers plus {@code extra}, sorted and without repeats. */
  public DetectionMarkers plus(DetectionMarkers extra) {
    TreeSet<String> allPackages = new TreeSet<>(packages);
    allPackages.addAll(extra.packages);
    TreeSet<String> allHosts = new TreeSet<>(hosts);
    allHosts.addAll(extra.hosts);
    return new DetectionMarkers(List.copyOf(allPackages), List.copyOf(allHosts));
  }
}
