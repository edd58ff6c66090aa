package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What a scan has gathered so far, file by file, in path order. */
final class ScanState {

  private final List<UseDeclaration> uses = new ArrayList<>();
  private final List<UnreadableClass> unreadable = new ArrayList<>();
  private final Map<String, ClassFacts> classes = new HashMap<>();
  private final List<ClassFacts> withCandidates = new ArrayList<>();
  private final Set<String> declaredPackages = new HashSet<>();
  /** The packages that hold a {@code @GenAiUse} anywhere: what covers a text resource. */
  private final Set<String> packagesWithUses = new HashSet<>();
  private final Map<String, String> services = new TreeMap<>();
  private final List<UndeclaredCall> resourceHosts = new ArrayList<>();
  int classCount;
  int resourceCount;
  /** Whether the classes' call graph is collected: a dependency read for wrapper calls. */
  private final boolean callGraph;
  private final List<TypeSummary> types = new ArrayList<>(0);
  private final List<ClassFacts> typeFacts = new ArrayList<>(0);

  ScanState() {
    this(false);
  }

  ScanState(boolean callGraph) {
    this.callGraph = callGraph;
  }

  boolean collectsCallGraph() {
    return callGraph;
  }

  /** A class of a dependency, summarized for the wrapper-call analysis. */
  void type(ClassFacts facts, TypeSummary summary) {
    typeFacts.add(facts);
    types.add(summary);
  }

  /**
   * The summaries of the classes read, in path order, with every method of a class that a
   * declaration outside it covers (its package, an enclosing type or method) marked covered.
   */
  List<TypeSummary> callGraph() {
    Coverage coverage = new Coverage(classes, declaredPackages);
    List<TypeSummary> settled = new ArrayList<>(types.size());
    for (int i = 0; i < types.size(); i++) {
      TypeSummary type = types.get(i);
      if (coverage.coversFromOutside(typeFacts.get(i))) {
        type = new TypeSummary(type.name(), type.superName(), type.interfaces(),
            type.methods().stream().map(m -> new TypeSummary.MethodSummary(m.key(),
                m.overridable(), true, "", "", m.calls())).toList());
      }
      settled.add(type);
    }
    return settled;
  }

  /**
   * One state of the runs of a walk, in order: what the runs read, as if one state had read
   * every file in turn (a class present twice keeps its first facts, an AI service its first
   * marker).
   */
  static ScanState joined(List<ScanState> runs) {
    ScanState joined = runs.get(0);
    for (ScanState later : runs.subList(1, runs.size())) {
      joined.uses.addAll(later.uses);
      joined.unreadable.addAll(later.unreadable);
      later.classes.forEach(joined.classes::putIfAbsent);
      joined.withCandidates.addAll(later.withCandidates);
      joined.declaredPackages.addAll(later.declaredPackages);
      joined.packagesWithUses.addAll(later.packagesWithUses);
      later.services.forEach(joined.services::putIfAbsent);
      joined.resourceHosts.addAll(later.resourceHosts);
      joined.types.addAll(later.types);
      joined.typeFacts.addAll(later.typeFacts);
      joined.classCount += later.classCount;
      joined.resourceCount += later.resourceCount;
    }
    return joined;
  }

  List<UnreadableClass> unreadable() {
    return unreadable;
  }

  /** Adds what one fully read class contributes. */
  void add(ClassFacts facts, List<UseDeclaration> classUses, List<UnreadableClass> problems,
      boolean declaresPackage) {
    uses.addAll(classUses);
    unreadable.addAll(problems);
    if (declaresPackage) {
      declaredPackages.add(ElementNames.packageOf(facts.name()));
    }
    if (!classUses.isEmpty()) {
      packagesWithUses.add(ElementNames.packageOf(facts.name()));
    }
    if (facts.worthKeeping()) {
      // A class present twice (say under META-INF/versions) keeps its first, path-order facts.
      classes.putIfAbsent(facts.name(), facts);
      if (!facts.candidates().isEmpty()) {
        withCandidates.add(facts);
      }
    }
  }

  void unreadable(String path, String reason) {
    unreadable.add(new UnreadableClass(path, reason));
  }

  /** An interface of the artifact whose methods carry annotations of {@code marker}. */
  void service(String internalName, String marker) {
    services.putIfAbsent(internalName, marker);
  }

  /** The AI-service interfaces found, by internal name, with their markers. */
  Map<String, String> services() {
    return services;
  }

  /** A marker host on a line of a text resource. */
  void resourceHost(String path, String host, int line) {
    resourceHosts.add(new UndeclaredCall(path, host, host, "", line));
  }

  /**
   * Settles coverage across classes and returns the result: one entry per element, target and
   * via, with its first line and how many calls were merged into it.
   */
  ScanResult finish(String sha256) {
    Coverage coverage = new Coverage(classes, declaredPackages);
    List<UndeclaredCall> found = new ArrayList<>();
    for (ClassFacts facts : withCandidates) {
      if (!coverage.coversFromOutside(facts)) {
        found.addAll(facts.candidates());
      }
    }
    for (UndeclaredCall host : resourceHosts) {
      if (!coversResource(host.element())) {
        found.add(host);
      }
    }
    Map<List<String>, UndeclaredCall> merged = new LinkedHashMap<>();
    for (UndeclaredCall call : found) {
      merged.merge(List.of(call.element(), call.target(), call.via()), call,
          (first, next) -> first.times(first.count() + next.count(), firstLine(first, next)));
    }
    return new ScanResult(uses, List.copyOf(merged.values()), unreadable, classCount,
        resourceCount, sha256);
  }

  private static int firstLine(UndeclaredCall first, UndeclaredCall next) {
    if (first.line() <= 0) {
      return next.line();
    }
    return next.line() > 0 ? Math.min(first.line(), next.line()) : first.line();
  }

  /**
   * A resource is configuration of the code in its directory's package and below: it is covered
   * when a {@code @GenAiUse} is declared in that package or one below it. A resource at the
   * artifact's root, which no package names, configures the whole module: only a package-level
   * declaration (package-info) covers it, not a use declared for one type or method.
   */
  private boolean coversResource(String path) {
    int slash = path.lastIndexOf('/');
    if (slash < 0) {
      return !declaredPackages.isEmpty();
    }
    String directory = path.substring(0, slash).replace('/', '.');
    for (String declared : packagesWithUses) {
      if (declared.equals(directory) || declared.startsWith(directory + '.')) {
        return true;
      }
    }
    return false;
  }
}
