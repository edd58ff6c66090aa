package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.maven.scan.MarkerCatalog.Kind;
import dev.genaiguidelines.maven.scan.MarkerCatalog.Marker;
import dev.genaiguidelines.policy.DetectionMarkers;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a module's runtime dependencies: the GenAI SDKs among them, found by the names of the
 * classes their jars hold (matched against the marker packages of a {@link MarkerCatalog}),
 * which of them carry the processor's catalog, and the wrapper calls they make possible: the
 * dependency methods that make a GenAI call no {@code @GenAiUse} of theirs covers, directly or
 * through further dependency methods ({@link WrapperGraph}).
 *
 * <p>Every class file outside the marker packages is read with its code once per jar content,
 * then kept in a {@link DependencyCache} under the build directory, keyed by the jar's SHA-256;
 * an unchanged class path is answered from one cached result without opening a jar. A
 * dependency that cannot be read, or a class in it, is a warning naming it, never a failure,
 * since the module's own scan does not depend on it.
 */
public final class DependencyScanner {

  /** The service file guidelines-processor writes into every jar that declares a use. */
  public static final String CATALOG_SERVICE =
      "META-INF/services/dev.genaiguidelines.annotations.GenAiCatalog$Provider";

  /** Where a multi-release jar keeps the classes of one Java version. */
  static final String VERSIONS = "META-INF/versions/";

  /** Bumped whenever what an analysis holds, or how it is written, changes. */
  private static final String FORMAT = "genai-guidelines dependency analysis 1";

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
   * @param warnings one line per dependency (or class in one) that could not be read, naming it
   *     and why
   * @param declaring the coordinates of every dependency that carries the processor's catalog
   *     (it declares uses), SDK or not, sorted
   * @param wrappers the calls into dependency methods that lead to an undeclared GenAI call
   * @param analysed how many dependencies were analysed (read now, or taken from the cache)
   * @param fromCache how many of those analyses came from the cache rather than the jar
   */
  public record Result(List<GenAiDependency> sdks, List<String> warnings, List<String> declaring,
      WrapperCalls wrappers, int analysed, int fromCache) {
    public Result {
      sdks = List.copyOf(sdks);
      warnings = List.copyOf(warnings);
      declaring = declaring.stream().sorted().toList();
      Objects.requireNonNull(wrappers, "wrappers");
    }

    /** The same result, every analysis counted as taken from the cache. */
    Result cached() {
      return new Result(sdks, warnings, declaring, wrappers, analysed, analysed);
    }

    void write(DataOutputStream out) throws IOException {
      out.writeInt(sdks.size());
      for (GenAiDependency sdk : sdks) {
        JarAnalysis.writeStrings(out, List.of(sdk.groupId(), sdk.artifactId(), sdk.version(),
            sdk.vendor()));
        out.writeBoolean(sdk.declaresUses());
      }
      JarAnalysis.writeStrings(out, warnings);
      JarAnalysis.writeStrings(out, declaring);
      for (Map<String, WrapperCalls.Via> calls : List.of(wrappers.exact(), wrappers.virtual())) {
        out.writeInt(calls.size());
        for (Map.Entry<String, WrapperCalls.Via> call : new TreeMap<>(calls).entrySet()) {
          JarAnalysis.writeStrings(out, List.of(call.getKey(), call.getValue().element(),
              call.getValue().marker()));
        }
      }
      out.writeInt(analysed);
    }

    static Result read(DataInputStream in) throws IOException {
      List<GenAiDependency> sdks = new ArrayList<>();
      for (int i = DependencyCache.count(in); i > 0; i--) {
        List<String> parts = JarAnalysis.readStrings(in);
        sdks.add(new GenAiDependency(parts.get(0), parts.get(1), parts.get(2), parts.get(3),
            in.readBoolean()));
      }
      List<String> warnings = JarAnalysis.readStrings(in);
      List<String> declaring = JarAnalysis.readStrings(in);
      List<Map<String, WrapperCalls.Via>> maps = new ArrayList<>();
      for (int m = 0; m < 2; m++) {
        Map<String, WrapperCalls.Via> calls = new HashMap<>();
        for (int i = DependencyCache.count(in); i > 0; i--) {
          List<String> parts = JarAnalysis.readStrings(in);
          calls.put(parts.get(0), new WrapperCalls.Via(parts.get(1), parts.get(2)));
        }
        maps.add(calls);
      }
      int analysed = in.readInt();
      return new Result(sdks, warnings, declaring, new WrapperCalls(maps.get(0), maps.get(1)),
          analysed, 0);
    }
  }

  /** Marker packages as internal-name prefixes, longest first, with their markers. */
  private final List<Marker> packages;
  private final DetectionMarkers callMarkers;
  private final Path cacheDirectory;

  /** A scanner without a cache whose GenAI calls are the catalog's own markers. */
  public DependencyScanner(MarkerCatalog catalog) {
    this(catalog, catalog.detection(), null);
  }

  /**
   * @param catalog the SDKs to list: their marker packages and vendors
   * @param callMarkers what a GenAI call is, for wrapper calls: the catalog and the policy's
   *     {@code detect:} markers ({@link MarkerCatalog#effective})
   * @param cacheDirectory where analyses are kept between builds (see {@link DependencyCache}),
   *     or null to read every dependency
   */
  public DependencyScanner(MarkerCatalog catalog, DetectionMarkers callMarkers,
      Path cacheDirectory) {
    packages = catalog.markers().stream().filter(m -> m.kind() == Kind.PACKAGE)
        .sorted(Comparator.comparingInt((Marker m) -> m.value().length()).reversed())
        .toList();
    this.callMarkers = Objects.requireNonNull(callMarkers, "callMarkers");
    this.cacheDirectory = cacheDirectory;
  }

  /**
   * Lists the SDKs among {@code dependencies}, given in class-path order, and finds their
   * wrapper calls; never throws for a dependency it cannot read.
   */
  public Result scan(List<Dependency> dependencies) {
    String analysisKey = analysisKey();
    DependencyCache cache = new DependencyCache(cacheDirectory, analysisKey);
    // The whole class path's result, when every dependency is a jar the index knows.
    MessageDigest classPath = ArtifactFiles.sha256();
    classPath.update(analysisKey.getBytes(StandardCharsets.UTF_8));
    Map<Dependency, String> digests = new HashMap<>();
    boolean wholeKnown = cache.enabled();
    for (Dependency dependency : dependencies) {
      Path file = dependency.file();
      String digest = null;
      if (cache.enabled() && file != null && Files.isRegularFile(file)) {
        try {
          digest = cache.digest(file);
        } catch (IOException | RuntimeException e) {
          // Named below, when the jar is read.
        }
      }
      if (digest == null) {
        wholeKnown = false;
      } else {
        digests.put(dependency, digest);
      }
      classPath.update((dependency.coordinates() + '\t' + digest + '\n')
          .getBytes(StandardCharsets.UTF_8));
    }
    String resultKey = HexFormat.of().formatHex(classPath.digest());
    Result cached = wholeKnown ? cache.result(resultKey) : null;
    if (cached != null) {
      cache.saveIndex();
      return cached.cached();
    }
    Result result = analyse(dependencies, digests, cache);
    if (wholeKnown) {
      cache.storeResult(resultKey, result);
    }
    cache.saveIndex();
    return result;
  }

  private Result analyse(List<Dependency> dependencies, Map<Dependency, String> digests,
      DependencyCache cache) {
    List<GenAiDependency> sdks = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> declaring = new ArrayList<>();
    List<WrapperGraph.Jar> jars = new ArrayList<>();
    int fromCache = 0;
    for (Dependency dependency : dependencies) {
      Path file = dependency.file();
      String name = file == null ? "no file" : String.valueOf(file.getFileName());
      if (file == null || !Files.exists(file)) {
        warnings.add("Cannot read dependency " + dependency.coordinates() + " (" + name
            + "): the file does not exist; its GenAI SDKs and wrapper calls, if any, are not"
            + " listed.");
        continue;
      }
      String digest = digests.get(dependency);
      JarAnalysis analysis = digest == null ? null : cache.jar(digest);
      if (analysis != null) {
        fromCache++;
      } else {
        try {
          analysis = read(file);
        } catch (IOException | RuntimeException e) {
          String why = e instanceof UncheckedIOException u ? u.getCause().toString()
              : e.toString();
          warnings.add("Cannot read dependency " + dependency.coordinates() + " (" + name
              + "): not a readable jar or directory (" + why + "); its GenAI SDKs and wrapper"
              + " calls, if any, are not listed.");
          continue;
        }
        if (digest != null) {
          cache.storeJar(digest, analysis);
        }
      }
      if (!analysis.unreadable().isEmpty()) {
        UnreadableClass first = analysis.unreadable().get(0);
        warnings.add("Cannot read " + analysis.unreadable().size() + " file"
            + (analysis.unreadable().size() == 1 ? "" : "s") + " of dependency "
            + dependency.coordinates() + " (" + name + "), so wrapper calls through "
            + (analysis.unreadable().size() == 1 ? "it are" : "them are") + " not found: "
            + ClassFileCheck.printable(first.path(), ClassFileCheck.MAX_QUOTED) + ": "
            + first.reason() + (analysis.unreadable().size() == 1 ? "" : "; and others")
            + ".");
      }
      if (analysis.declaresUses()) {
        declaring.add(dependency.coordinates());
      }
      if (!analysis.vendors().isEmpty()) {
        sdks.add(new GenAiDependency(dependency.groupId(), dependency.artifactId(),
            dependency.version(), String.join(", ", analysis.vendors()),
            analysis.declaresUses()));
      }
      jars.add(new WrapperGraph.Jar(dependency.coordinates(), analysis.types()));
    }
    sdks.sort(null);
    return new Result(sdks, warnings, declaring, WrapperGraph.find(jars), jars.size(),
        fromCache);
  }

  /** Reads one dependency's entry names and the call graph of its classes. */
  private JarAnalysis read(Path file) throws IOException {
    Entries entries = new Entries();
    ClassScanner.CallGraph graph;
    try {
      graph = new ClassScanner(callMarkers).callGraph(file, entries::add);
    } catch (IllegalArgumentException e) {
      // ZipFile throws this for an entry name that is not valid in the jar's charset.
      throw new IOException(e.getMessage(), e);
    }
    return new JarAnalysis(List.copyOf(entries.vendors), entries.declaresUses, graph.types(),
        graph.unreadable());
  }

  /**
   * What produced an analysis, which a cached one must match: the format, this plugin (its
   * version and its jar's size and time, so a rebuilt snapshot is not trusted with another's
   * entries), the SDK catalog and the call markers.
   */
  private String analysisKey() {
    StringBuilder key = new StringBuilder(FORMAT).append('\n');
    Package own = DependencyScanner.class.getPackage();
    key.append(own == null ? "" : own.getImplementationVersion()).append('\n');
    try {
      Path location = Path.of(DependencyScanner.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      if (Files.isRegularFile(location)) {
        key.append(Files.size(location)).append(' ')
            .append(Files.getLastModifiedTime(location).toMillis());
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      key.append("unknown location");
    }
    key.append('\n');
    for (Marker marker : packages) {
      key.append(marker.value()).append('\t').append(marker.vendor()).append('\n');
    }
    key.append(callMarkers.packages()).append('\n').append(callMarkers.hosts());
    return HexFormat.of().formatHex(ArtifactFiles.sha256()
        .digest(key.toString().getBytes(StandardCharsets.UTF_8)));
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
}
