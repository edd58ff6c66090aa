package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.maven.scan.MarkerCatalog.Kind;
import dev.genaiguidelines.maven.scan.MarkerCatalog.Marker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the GenAI SDKs among a module's runtime dependencies by the names of the classes their
 * jars hold, matched against the marker packages of a {@link MarkerCatalog}.
 *
 * <p>Only entry names are read, never class bytes: a class path of hundreds of MB is scanned in
 * the time it takes to read the jars' central directories. A dependency that cannot be read is
 * a warning naming it, never a failure, since the module's own scan does not depend on it.
 */
public final class DependencyScanner {

  /** The service file guidelines-processor writes into every jar that declares a use. */
  public static final String CATALOG_SERVICE =
      "META-INF/services/dev.genaiguidelines.annotations.GenAiCatalog$Provider";

  /** Where a multi-release jar keeps the classes of one Java version. */
  private static final String VERSIONS = "META-INF/versions/";

  /** One resolved dependency: its coordinates and its file (a jar, or a module's classes). */
  public record Dependency(String groupId, String artifactId, String version, Path file) {

    /** {@code groupId:artifactId:version}, as warnings name it. */
    public String coordinates() {
      return groupId + ":" + artifactId + ":" + version;
    }
  }

  /**
   * What the dependencies hold.
   *
   * @param sdks the dependencies holding a class in a marker package, sorted by coordinates
   * @param warnings one line per dependency that could not be read, naming it and why
   * @param declaring the coordinates of every dependency that carries the processor's catalog
   *     (it declares uses), SDK or not, sorted
   */
  public record Result(List<GenAiDependency> sdks, List<String> warnings, List<String> declaring) {
    public Result {
      sdks = List.copyOf(sdks);
      warnings = List.copyOf(warnings);
      declaring = declaring.stream().sorted().toList();
    }
  }

  /** Marker packages as internal-name prefixes, longest first, with their markers. */
  private final List<Marker> packages;

  public DependencyScanner(MarkerCatalog catalog) {
    packages = catalog.markers().stream().filter(m -> m.kind() == Kind.PACKAGE)
        .sorted(Comparator.comparingInt((Marker m) -> m.value().length()).reversed())
        .toList();
  }

  /** Reads each dependency's entry names; never throws for a dependency it cannot read. */
  public Result scan(List<Dependency> dependencies) {
    List<GenAiDependency> sdks = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> declaring = new ArrayList<>();
    for (Dependency dependency : dependencies) {
      Path file = dependency.file();
      String name = file == null ? "no file" : String.valueOf(file.getFileName());
      Entries entries;
      try {
        if (file == null || !Files.exists(file)) {
          warnings.add("Cannot read dependency " + dependency.coordinates() + " (" + name
              + "): the file does not exist; its GenAI SDKs, if any, are not listed.");
          continue;
        }
        entries = Files.isDirectory(file) ? directoryEntries(file) : jarEntries(file);
      } catch (IOException | UncheckedIOException | SecurityException e) {
        String why = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
        warnings.add("Cannot read dependency " + dependency.coordinates() + " (" + name
            + "): not a readable jar or directory (" + why + "); its GenAI SDKs, if any, are"
            + " not listed.");
        continue;
      }
      if (entries.declaresUses) {
        declaring.add(dependency.coordinates());
      }
      if (!entries.vendors.isEmpty()) {
        sdks.add(new GenAiDependency(dependency.groupId(), dependency.artifactId(),
            dependency.version(), String.join(", ", entries.vendors), entries.declaresUses));
      }
    }
    sdks.sort(null);
    return new Result(sdks, warnings, declaring);
  }

  /** What one dependency's entry names say. */
  private final class Entries {
    final Set<String> vendors = new TreeSet<>();
    boolean declaresUses;

    void add(String entry) {
      if (entry.equals(CATALOG_SERVICE)) {
        declaresUses = true;
        return;
      }
      if (!entry.endsWith(".class")) {
        return;
      }
      String path = entry;
      if (path.startsWith(VERSIONS)) {
        // A multi-release jar's classes for one Java version: the same packages, one level down.
        int slash = path.indexOf('/', VERSIONS.length());
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

  private Entries jarEntries(Path jar) throws IOException {
    Entries entries = new Entries();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        entries.add(all.nextElement().getName());
      }
    } catch (IllegalArgumentException e) {
      // ZipFile throws this for an entry name that is not valid in the jar's charset.
      throw new IOException(e.getMessage(), e);
    }
    return entries;
  }

  /**
   * A reactor module's classes directory, as Maven resolves a sibling before it is packaged: its
   * files are its entries, so it is scanned like the jar it will become.
   */
  private Entries directoryEntries(Path directory) throws IOException {
    Entries entries = new Entries();
    try (Stream<Path> files = Files.walk(directory)) {
      files.filter(Files::isRegularFile).map(f -> directory.relativize(f).toString()
          .replace(f.getFileSystem().getSeparator(), "/")).sorted().forEach(entries::add);
    }
    return entries;
  }
}
