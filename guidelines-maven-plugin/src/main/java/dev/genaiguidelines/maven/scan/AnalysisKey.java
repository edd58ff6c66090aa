package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.maven.scan.MarkerCatalog.Marker;
import dev.genaiguidelines.policy.DetectionMarkers;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * What produced a dependency analysis, which a cached one must match ({@link DependencyCache}):
 * the format, this plugin (its version and its jar's size and time, so a rebuilt snapshot is not
 * trusted with another's entries), the SDK catalog's marker packages and the call markers. Kept
 * as text and compared whole; built without streams, lambdas or {@code +} since a cache hit in a
 * fresh JVM builds it (see {@link DependencyCache}).
 */
final class AnalysisKey {

  /** Bumped whenever what an analysis holds, or how it is written, changes. */
  static final String FORMAT = "genai-guidelines dependency analysis 3";

  private AnalysisKey() {}

  /**
   * @param packages the catalog's marker packages, as the scanner orders them
   * @param callMarkers what a GenAI call is, for wrapper calls
   */
  static String of(List<Marker> packages, DetectionMarkers callMarkers) {
    StringBuilder key = new StringBuilder(FORMAT).append('\n');
    Package own = AnalysisKey.class.getPackage();
    key.append(own == null ? "" : own.getImplementationVersion()).append('\n');
    try {
      Path location = Path.of(AnalysisKey.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      BasicFileAttributes jar = Files.readAttributes(location, BasicFileAttributes.class);
      if (jar.isRegularFile()) {
        key.append(jar.size()).append(' ').append(jar.lastModifiedTime().toMillis());
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      key.append("unknown location");
    }
    key.append('\n');
    for (Marker marker : packages) {
      key.append(marker.value()).append('\t').append(marker.vendor()).append('\n');
    }
    key.append(callMarkers.packages()).append('\n').append(callMarkers.hosts());
    return key.toString();
  }
}
