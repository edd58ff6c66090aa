package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.maven.scan.MarkerCatalog.Marker;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What one dependency's file names say: its classes' SDK vendors, whether it declares uses. */
final class DependencyEntries {
  private final List<Marker> packages;
  private final Set<String> vendors = new TreeSet<>();
  private boolean declaresUses;

  /** @param packages the catalog's marker packages, longest first */
  DependencyEntries(List<Marker> packages) {
    this.packages = packages;
  }

  /** The vendors of the marker packages its classes lie in, sorted. */
  List<String> vendors() {
    return List.copyOf(vendors);
  }

  /** Whether it carries the catalog service file of guidelines-processor. */
  boolean declaresUses() {
    return declaresUses;
  }

  /** Takes one file name of the dependency. */
  void add(String entry) {
    if (entry.equals(DependencyScanner.CATALOG_SERVICE)) {
      declaresUses = true;
      return;
    }
    if (!entry.endsWith(".class")) {
      return;
    }
    String path = entry;
    if (path.startsWith(DependencyScanner.VERSIONS)) {
      // A multi-release jar's classes for one Java version: the same packages, one level down.
      int slash = path.indexOf('/', DependencyScanner.VERSIONS.length());
      if (slash < 0) {
        return;
      }
      path = path.substring(slash + 1);
    }
    String type = path.substring(0, path.length() - ".class".length()).replace('/', '.');
    for (Marker marker : packages) {
      String value = marker.value();
      if (type.startsWith(value) && (type.length() == value.length()
          || type.charAt(value.length()) == '.' || type.charAt(value.length()) == '$')) {
        vendors.add(marker.vendor());
        return;
      }
    }
  }
}
