package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.policy.DetectionMarkers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches internal type names and string constants against the detection markers, without
 * allocating on the (overwhelmingly common) no-match path.
 */
final class MarkerMatcher {

  /** Marker packages in internal form ({@code com/openai}), longest first. */
  private final String[] internalPackages;
  /** The same packages in dotted form, index for index. */
  private final String[] dottedPackages;
  private final String[] hosts;
  private final int shortestHost;

  MarkerMatcher(DetectionMarkers markers) {
    List<String> packages = new ArrayList<>();
    for (String marker : markers.packages()) {
      String trimmed = marker.strip();
      if (!trimmed.isEmpty()) {
        packages.add(trimmed);
      }
    }
    // Longest first, so a type matching both com.openai and com.openai.client reports the
    // more specific marker.
    packages.sort(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    dottedPackages = packages.toArray(String[]::new);
    internalPackages = new String[dottedPackages.length];
    for (int i = 0; i < dottedPackages.length; i++) {
      internalPackages[i] = dottedPackages[i].replace('.', '/');
    }
    List<String> hostList = new ArrayList<>();
    int shortest = Integer.MAX_VALUE;
    for (String host : markers.hosts()) {
      String trimmed = host.strip();
      if (!trimmed.isEmpty()) {
        hostList.add(trimmed);
        shortest = Math.min(shortest, trimmed.length());
      }
    }
    hosts = hostList.toArray(String[]::new);
    shortestHost = shortest;
  }

  /** A prefilter for these markers: which class files need their code read. */
  ConstantPoolPrefilter prefilter() {
    return new ConstantPoolPrefilter(internalPackages, hosts);
  }

  /**
   * The dotted marker package {@code internalName} lies in, or null. A type is in a marker when
   * its name equals the marker or starts with the marker followed by a separator.
   */
  String packageMarkerOf(String internalName) {
    for (int i = 0; i < internalPackages.length; i++) {
      String prefix = internalPackages[i];
      if (internalName.startsWith(prefix)
          && (internalName.length() == prefix.length()
              || internalName.charAt(prefix.length()) == '/')) {
        return dottedPackages[i];
      }
    }
    return null;
  }

  /**
   * The marker hosts {@code constant} contains, in marker order; a host that only matched as part
   * of a longer matched host is left out, so overlapping markers report one call. Empty (and
   * shared) when none match.
   */
  List<String> hostsIn(String constant) {
    if (constant.length() < shortestHost) {
      return List.of();
    }
    List<String> found = null;
    for (String host : hosts) {
      if (constant.contains(host)) {
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(host);
      }
    }
    if (found == null) {
      return List.of();
    }
    if (found.size() > 1) {
      List<String> all = List.copyOf(found);
      found.removeIf(host -> all.stream().anyMatch(other -> other.length() > host.length()
          && other.contains(host)));
    }
    return found;
  }
}
