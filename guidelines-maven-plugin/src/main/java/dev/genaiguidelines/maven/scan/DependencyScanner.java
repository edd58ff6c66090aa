package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.maven.scan.MarkerCatalog.Kind;
import dev.genaiguidelines.maven.scan.MarkerCatalog.Marker;
import dev.genaiguidelines.policy.DetectionMarkers;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a module's runtime dependencies: the GenAI SDKs among them, found by the names of the
 * classes their jars hold (matched against the marker packages of a {@link MarkerCatalog}),
 * which of them carry the processor's catalog, and the wrapper calls they make possible: the
 * dependency methods that make a GenAI call no {@code @GenAiUse} of theirs covers, directly or
 * through further dependency methods ({@link WrapperGraph}).
 *
 * <p>The analysis is lazy: every class file outside the marker packages is read once for its
 * header and constant pool ({@link ClassHeaders}), and only the classes that can reach a GenAI
 * call have their code read ({@link WrapperRelevance}), which gives the same wrappers as reading
 * every class. Both are kept in a {@link DependencyCache} under the build directory, keyed by
 * the jar's SHA-256; an unchanged class path is answered from one cached result without opening
 * a jar. A dependency that cannot be read, or a class in it, is a warning naming it, never a
 * failure, since the module's own scan does not depend on it.
 *
 * <p>Design notes, measured on the {@code real-sdk-vendors} IT's class path (232 jars, 264 MB;
 * CPU time of the scanning thread, one run each on a loaded 2-core machine): reading every
 * class with its code took 9.8 s uncached; the lazy analysis took 5.2 and 6.4 s (two runs):
 * under 1 s for the code of the 23 classes it reads (5 rounds), the rest inflating the jars for
 * the header pass. A cached scan takes under 10 ms either way. Reading the relevant classes by
 * the types their pool names rather than the methods made 32,000 of 48,000 classes relevant
 * (a wrapper's supertypes are named everywhere), hence the method level.
 *
 * <p>That cached scan in a fresh JVM, as a build's first goal pays it (benchmark figure 7), took
 * 115 ms: mostly one-time JVM set-up it did not need, the JCA providers behind the class path
 * key's SHA-256 and the invokedynamic bootstraps of its first record hashCode ({@code Dependency}
 * as a map key), lambda, stream and {@code +}. The hit path now makes none of them (see
 * {@link DependencyCache}).
 */
public final class DependencyScanner {

  /** The service file guidelines-processor writes into every jar that declares a use. */
  public static final String CATALOG_SERVICE =
      "META-INF/services/dev.genaiguidelines.annotations.GenAiCatalog$Provider";

  /** Where a multi-release jar keeps the classes of one Java version. */
  static final String VERSIONS = "META-INF/versions/";

  /** One resolved dependency: its coordinates and its file (a jar, or a module's classes). */
  public record Dependency(String groupId, String artifactId, String version, Path file) {

    /** {@code groupId:artifactId:version}, as warnings name it. */
    public String coordinates() {
      return groupId + ":" + artifactId + ":" + version;
    }

    // Written out rather than left to the record, whose own equals and hashCode bootstrap
    // method handles on their first call: several milliseconds each in a cold JVM.
    @Override
    public boolean equals(Object other) {
      return other instanceof Dependency that
          && Objects.equals(groupId, that.groupId) && Objects.equals(artifactId, that.artifactId)
          && Objects.equals(version, that.version) && Objects.equals(file, that.file);
    }

    @Override
    public int hashCode() {
      return Objects.hash(groupId, artifactId, version, file);
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
      List<String> sorted = new ArrayList<>(declaring);
      sorted.sort(null);
      declaring = List.copyOf(sorted);
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

  private static final Comparator<Marker> LONGEST_FIRST = new Comparator<>() {
    @Override
    public int compare(Marker one, Marker other) {
      return Integer.compare(other.value().length(), one.value().length());
    }
  };

  /** Marker packages as internal-name prefixes, longest first, with their markers. */
  private final List<Marker> packages;
  private final DetectionMarkers callMarkers;
  private final Path cacheDirectory;
  private ClassScanner calls;

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
    // Loops, no stream or lambda: this runs on the cache hit (see DependencyCache).
    List<Marker> markers = new ArrayList<>();
    for (Marker marker : catalog.markers()) {
      if (marker.kind() == Kind.PACKAGE) {
        markers.add(marker);
      }
    }
    markers.sort(LONGEST_FIRST);
    packages = List.copyOf(markers);
    this.callMarkers = Objects.requireNonNull(callMarkers, "callMarkers");
    this.cacheDirectory = cacheDirectory;
  }

  /**
   * Lists the SDKs among {@code dependencies}, given in class-path order, and finds their
   * wrapper calls; never throws for a dependency it cannot read.
   */
  public Result scan(List<Dependency> dependencies) {
    DependencyCache cache = new DependencyCache(cacheDirectory,
        AnalysisKey.of(packages, callMarkers));
    // The whole class path's result, when every dependency is a jar the index knows, kept under
    // every dependency's coordinates and digest. No Dependency is hashed here: a record's
    // hashCode bootstraps invokedynamic, which a cache hit in a fresh JVM must not pay.
    StringBuilder classPath = new StringBuilder();
    String[] digests = new String[dependencies.size()];
    boolean wholeKnown = cache.enabled();
    for (int i = 0; i < digests.length; i++) {
      Dependency dependency = dependencies.get(i);
      if (cache.enabled() && dependency.file() != null) {
        try {
          digests[i] = cache.digest(dependency.file());
        } catch (IOException | RuntimeException e) {
          // Named below, when the jar is read.
        }
      }
      wholeKnown &= digests[i] != null;
      classPath.append(dependency.groupId()).append(':').append(dependency.artifactId())
          .append(':').append(dependency.version()).append('\t').append(digests[i]).append('\n');
    }
    String resultKey = classPath.toString();
    Result cached = wholeKnown ? cache.result(resultKey) : null;
    if (cached != null) {
      cache.saveIndex();
      return cached.cached();
    }
    Map<Dependency, String> known = new HashMap<>();
    for (int i = 0; i < digests.length; i++) {
      if (digests[i] != null) {
        known.put(dependencies.get(i), digests[i]);
      }
    }
    Result result = analyse(dependencies, known, cache);
    if (wholeKnown) {
      cache.storeResult(resultKey, result);
    }
    cache.saveIndex();
    return result;
  }

  private Result analyse(List<Dependency> dependencies, Map<Dependency, String> digests,
      DependencyCache cache) {
    List<String> warnings = new ArrayList<>();
    // First pass: every dependency's class headers, from the cache or the jar.
    Map<Dependency, ClassHeaders> headers = new LinkedHashMap<>();
    Set<Dependency> headersCached = new HashSet<>();
    for (Dependency dependency : dependencies) {
      Path file = dependency.file();
      if (file == null || !Files.exists(file)) {
        warnings.add("Cannot read dependency " + dependency.coordinates() + " (" + name(file)
            + "): the file does not exist; its GenAI SDKs and wrapper calls, if any, are not"
            + " listed.");
        continue;
      }
      String digest = digests.get(dependency);
      ClassHeaders read = digest == null ? null : cache.headers(digest);
      if (read != null) {
        headersCached.add(dependency);
      } else {
        try {
          read = readHeaders(file);
        } catch (IOException | RuntimeException e) {
          warnings.add(unreadableJar(dependency, e));
          continue;
        }
        if (digest != null) {
          cache.storeHeaders(digest, read);
        }
      }
      headers.put(dependency, read);
    }
    // Then the code of the classes that can reach a GenAI call, found backwards from the
    // GenAI calls one round of wrappers at a time, with the types around them.
    WrapperRelevance relevance = new WrapperRelevance(headers.values());
    Set<String> code = new HashSet<>(relevance.seeds());
    Map<Dependency, Analysed> analyses = new LinkedHashMap<>();
    WrapperCalls wrappers;
    while (true) {
      Set<String> hierarchy = relevance.hierarchyOf(code);
      List<WrapperGraph.Jar> jars = new ArrayList<>();
      for (Map.Entry<Dependency, ClassHeaders> entry : headers.entrySet()) {
        Dependency dependency = entry.getKey();
        Analysed analysis;
        try {
          analysis = analysis(dependency, entry.getValue(), code, hierarchy,
              digests.get(dependency), cache, analyses.get(dependency));
        } catch (IOException | RuntimeException e) {
          analysis = new Analysed(null, false, false, List.of());
          warnings.add(unreadableJar(dependency, e));
        }
        analyses.put(dependency, analysis);
        if (analysis.analysis() != null) {
          jars.add(new WrapperGraph.Jar(dependency.coordinates(), analysis.analysis().types()));
        }
      }
      wrappers = WrapperGraph.find(jars);
      Set<String> callers = relevance.callersOf(wrappers.exact().keySet());
      callers.addAll(relevance.callersOf(wrappers.virtual().keySet()));
      if (!code.addAll(callers)) {
        break;
      }
    }
    List<GenAiDependency> sdks = new ArrayList<>();
    List<String> declaring = new ArrayList<>();
    int fromCache = 0;
    int analysed = 0;
    for (Map.Entry<Dependency, Analysed> entry : analyses.entrySet()) {
      Dependency dependency = entry.getKey();
      Analysed analysis = entry.getValue();
      if (analysis.analysis() == null) {
        continue;
      }
      analysed++;
      if (analysis.fromCache() && headersCached.contains(dependency)) {
        fromCache++;
      }
      warnings.addAll(unreadableClasses(dependency, analysis.analysis()));
      ClassHeaders jar = headers.get(dependency);
      if (jar.declaresUses()) {
        declaring.add(dependency.coordinates());
      }
      if (!jar.vendors().isEmpty()) {
        sdks.add(new GenAiDependency(dependency.groupId(), dependency.artifactId(),
            dependency.version(), String.join(", ", jar.vendors()), jar.declaresUses()));
      }
    }
    sdks.sort(null);
    return new Result(sdks, warnings, declaring, wrappers, analysed, fromCache);
  }

  /**
   * A dependency's analysis, whether the cache gave it, whether its classes were read at all,
   * and the paths of those read with code; the analysis is null when the jar is unreadable.
   */
  private record Analysed(JarAnalysis analysis, boolean fromCache, boolean read,
      List<String> codeRead) {}

  /**
   * The classes of a dependency read with the code of those in {@code code}, when it holds a
   * type of {@code hierarchy} (or a file the header pass could not read, which the full pass
   * then names); otherwise none of its classes matters to wrapper calls.
   */
  private Analysed analysis(Dependency dependency, ClassHeaders jar, Set<String> code,
      Set<String> hierarchy, String digest, DependencyCache cache, Analysed previous)
      throws IOException {
    List<String> paths = new ArrayList<>();
    boolean needed = jar.unreadable();
    for (ClassHeaders.Header header : jar.classes()) {
      if (code.contains(header.name())) {
        paths.add(header.path());
      }
      needed |= hierarchy.contains(header.name());
    }
    paths.sort(null);
    if (previous != null && (previous.analysis() == null
        || (previous.codeRead().equals(paths) && previous.read() == needed))) {
      return previous;
    }
    if (!needed) {
      return new Analysed(new JarAnalysis(jar.vendors(), jar.declaresUses(), List.of(),
          List.of(), List.of()), true, false, paths);
    }
    JarAnalysis cached = digest == null ? null : cache.jar(digest);
    if (cached != null && cached.codeRead().equals(paths)) {
      return new Analysed(cached, true, true, paths);
    }
    JarAnalysis analysis = read(dependency.file(), jar, Set.copyOf(paths));
    if (digest != null) {
      cache.storeJar(digest, analysis);
    }
    return new Analysed(analysis, false, true, paths);
  }

  private static String name(Path file) {
    return file == null ? "no file" : String.valueOf(file.getFileName());
  }

  private static String unreadableJar(Dependency dependency, Exception e) {
    String why = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
    return "Cannot read dependency " + dependency.coordinates() + " (" + name(dependency.file())
        + "): not a readable jar or directory (" + why + "); its GenAI SDKs and wrapper"
        + " calls, if any, are not listed.";
  }

  private static List<String> unreadableClasses(Dependency dependency, JarAnalysis analysis) {
    List<UnreadableClass> files = analysis.unreadable();
    if (files.isEmpty()) {
      return List.of();
    }
    UnreadableClass first = files.get(0);
    return List.of("Cannot read " + files.size() + " file" + (files.size() == 1 ? "" : "s")
        + " of dependency " + dependency.coordinates() + " (" + name(dependency.file())
        + "), so wrapper calls through " + (files.size() == 1 ? "it are" : "them are")
        + " not found: " + ClassFileCheck.printable(first.path(), ClassFileCheck.MAX_QUOTED)
        + ": " + first.reason() + (files.size() == 1 ? "" : "; and others") + ".");
  }

  /**
   * The scanner of the dependencies' classes, one for every jar (its markers' tables are made
   * once); made only when the cache does not answer, whose path must make no lambda.
   */
  private ClassScanner calls() {
    if (calls == null) {
      calls = new ClassScanner(callMarkers);
    }
    return calls;
  }

  /** Reads one dependency's entry names and class headers. */
  private ClassHeaders readHeaders(Path file) throws IOException {
    try {
      return ClassHeaders.read(file, calls().matcher(), new DependencyEntries(packages));
    } catch (IllegalArgumentException e) {
      // ZipFile throws this for an entry name that is not valid in the jar's charset.
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Reads one dependency's classes, with the code of those at {@code code}. */
  private JarAnalysis read(Path file, ClassHeaders jar, Set<String> code) throws IOException {
    ClassScanner.CallGraph graph;
    try {
      graph = calls().callGraph(file, name -> { }, code::contains);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
    return new JarAnalysis(jar.vendors(), jar.declaresUses(), graph.types(), graph.unreadable(),
        List.copyOf(code));
  }
}
