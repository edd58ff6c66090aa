package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.policy.DetectionMarkers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in markers of GenAI calls, each with its vendor and modality, read from the data
 * file {@code genai-markers.tsv} beside this class: adding a vendor is adding a line there.
 *
 * @param markers in file order
 */
public record MarkerCatalog(List<Marker> markers) {

  /** The data file, a resource beside this class. */
  static final String FILE = "genai-markers.tsv";

  private static final Set<String> MODALITIES =
      Set.of("text", "image", "video", "audio", "voice", "multimodal");

  private static final MarkerCatalog BUILT_IN = load();

  /** Whether a marker names a Java package (or type) or an API host. */
  public enum Kind { PACKAGE, HOST }

  /** One marker: what it matches, whose it is, and what it generates. */
  public record Marker(Kind kind, String value, String vendor, String modality) {}

  public MarkerCatalog {
    markers = List.copyOf(markers);
  }

  /** The catalog the plugin ships. */
  public static MarkerCatalog builtIn() {
    return BUILT_IN;
  }

  /** The built-in markers plus a policy's {@code detect:} section. */
  public static DetectionMarkers effective(DetectionMarkers detect) {
    return BUILT_IN.detection().plus(detect);
  }

  /**
   * This catalog plus the packages of a policy's {@code detect:} section, each as a marker whose
   * vendor is {@code detect: <package>} (the policy names no vendor), so the dependency scan
   * finds a studio's own GenAI library as it finds a vendor's SDK. Hosts are left out: a jar's
   * entry names hold no host. A package already in the catalog keeps its vendor.
   */
  public MarkerCatalog withPackages(DetectionMarkers detect) {
    List<Marker> all = new ArrayList<>(markers);
    for (String value : detect.packages()) {
      boolean known = markers.stream()
          .anyMatch(m -> m.kind() == Kind.PACKAGE && m.value().equals(value));
      if (!known) {
        all.add(new Marker(Kind.PACKAGE, value, "detect: " + value, "multimodal"));
      }
    }
    return new MarkerCatalog(all);
  }

  /** The markers as the scanner takes them. */
  public DetectionMarkers detection() {
    List<String> packages = new ArrayList<>();
    List<String> hosts = new ArrayList<>();
    for (Marker marker : markers) {
      (marker.kind() == Kind.PACKAGE ? packages : hosts).add(marker.value());
    }
    return new DetectionMarkers(packages, hosts);
  }

  /** The marker named {@code value} (as reports show it), if it is a built-in one. */
  public Optional<Marker> find(String value) {
    return markers.stream().filter(m -> m.value().equalsIgnoreCase(value)).findFirst();
  }

  private static MarkerCatalog load() {
    try (InputStream in = MarkerCatalog.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the plugin jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  /** Reads the data file's format; a malformed line is a bug in the plugin, named here. */
  static MarkerCatalog parse(BufferedReader reader) throws IOException {
    List<Marker> markers = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 4 || fields[1].isBlank() || fields[2].isBlank()
          || !MODALITIES.contains(fields[3])
          || !(fields[0].equals("package") || fields[0].equals("host"))) {
        throw new IllegalStateException(FILE + " line " + number + ": expected"
            + " kind<TAB>marker<TAB>vendor<TAB>modality, with kind package or host and modality"
            + " one of " + MODALITIES.stream().sorted().toList() + ", got '" + line + "'");
      }
      markers.add(new Marker(fields[0].equals("package") ? Kind.PACKAGE : Kind.HOST, fields[1],
          fields[2], fields[3]));
    }
    return new MarkerCatalog(markers);
  }
}
