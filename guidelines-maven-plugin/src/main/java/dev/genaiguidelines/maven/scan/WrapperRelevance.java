package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.maven.scan.ClassHeaders.Header;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An index of the class path's {@link ClassHeaders} that tells the wrapper-call analysis which
 * dependency classes it must read with their code, working backwards from the GenAI calls
 * rather than reading every class: first the seeds (whose pool may hold a GenAI call or a
 * {@code @GenAiUse}); then, for the wrapper calls found so far, the classes whose pool names one
 * of their methods, since every call instruction and method handle names its method as a
 * {@code Methodref}; until no new class is named. A class that names no wrapper method cannot
 * call one, so the wrappers found equal those of reading every class. The types above and below
 * the classes read (the {@linkplain #hierarchyOf hierarchy}) are read without code, for the
 * methods they declare or inherit.
 */
final class WrapperRelevance {

  private final Map<String, List<Header>> byName = new HashMap<>();
  private final Map<String, List<String>> subtypes = new HashMap<>();
  private final Map<String, List<String>> callers = new HashMap<>();
  private final Set<String> seeds = new HashSet<>();

  WrapperRelevance(Collection<ClassHeaders> jars) {
    for (ClassHeaders jar : jars) {
      for (Header header : jar.classes()) {
        byName.computeIfAbsent(header.name(), k -> new ArrayList<>(1)).add(header);
        for (String supertype : header.supertypes()) {
          subtypes.computeIfAbsent(supertype, k -> new ArrayList<>()).add(header.name());
        }
        for (String reference : header.references()) {
          callers.computeIfAbsent(reference, k -> new ArrayList<>(2)).add(header.name());
        }
        if (header.seed()) {
          seeds.add(header.name());
        }
      }
    }
  }

  /** The classes whose code may make a GenAI call or declare a use. */
  Set<String> seeds() {
    return Set.copyOf(seeds);
  }

  /** The classes whose pool names one of {@code methods} ({@code owner.nameDescriptor}). */
  Set<String> callersOf(Collection<String> methods) {
    Set<String> found = new HashSet<>();
    for (String method : methods) {
      found.addAll(callers.getOrDefault(method, List.of()));
    }
    return found;
  }

  /**
   * {@code types} with every supertype and subtype on the class path: where a wrapper of one
   * of them can be called (an inherited method, a call dispatching to an override).
   */
  Set<String> hierarchyOf(Set<String> types) {
    Set<String> hierarchy = new HashSet<>(types);
    Set<String> up = new HashSet<>();
    Deque<String> walk = new ArrayDeque<>(types);
    while (!walk.isEmpty()) {
      String type = walk.poll();
      if (up.add(type)) {
        for (Header header : byName.getOrDefault(type, List.of())) {
          hierarchy.addAll(header.supertypes());
          walk.addAll(header.supertypes());
        }
      }
    }
    Set<String> down = new HashSet<>();
    walk.addAll(types);
    while (!walk.isEmpty()) {
      String type = walk.poll();
      if (down.add(type)) {
        List<String> below = subtypes.getOrDefault(type, List.of());
        hierarchy.addAll(below);
        walk.addAll(below);
      }
    }
    return hierarchy;
  }
}
