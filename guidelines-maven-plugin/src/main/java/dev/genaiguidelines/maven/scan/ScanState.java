package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a scan has gathered so far, class file by class file, in path order. */
final class ScanState {

  private final List<UseDeclaration> uses = new ArrayList<>();
  private final List<UnreadableClass> unreadable = new ArrayList<>();
  private final Map<String, ClassFacts> classes = new HashMap<>();
  private final List<ClassFacts> withCandidates = new ArrayList<>();
  private final Set<String> declaredPackages = new HashSet<>();

  /** Adds what one fully read class contributes. */
  void add(ClassFacts facts, List<UseDeclaration> classUses, List<UnreadableClass> problems,
      boolean declaresPackage) {
    uses.addAll(classUses);
    unreadable.addAll(problems);
    if (declaresPackage) {
      declaredPackages.add(ElementNames.packageOf(facts.name()));
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

  /** Settles coverage across classes and returns the result. */
  ScanResult finish(int classCount) {
    Coverage coverage = new Coverage(classes, declaredPackages);
    Set<UndeclaredCall> undeclared = new LinkedHashSet<>();
    for (ClassFacts facts : withCandidates) {
      if (!coverage.coversFromOutside(facts)) {
        undeclared.addAll(facts.candidates());
      }
    }
    return new ScanResult(uses, List.copyOf(undeclared), unreadable, classCount);
  }
}
