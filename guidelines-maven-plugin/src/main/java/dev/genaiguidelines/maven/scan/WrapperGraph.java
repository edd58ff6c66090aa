package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.maven.scan.TypeSummary.MethodSummary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds, across every dependency on a class path, the methods that make a GenAI call no
 * {@code @GenAiUse} of theirs covers, directly or through further dependency methods, and the
 * calls that reach one ({@link WrapperCalls}).
 *
 * <p>A method is a wrapper when it is not covered and makes an uncovered GenAI call itself, or
 * calls a wrapper. A call reaches a wrapper when it names it, or a subtype that inherits it
 * (a static or special call resolves upwards only), or, for a call that dispatches on its
 * receiver, a supertype of a class that declares the wrapper as an override (class-hierarchy
 * analysis over the class path's own types; the JDK's are not followed). A covered method
 * stops the chain: its declaration answers for what it reaches. A class present in two
 * dependencies (or twice in a multi-release jar) counts with the union of what its copies
 * call, since either may be the one loaded. The search runs in sorted order, so the same
 * class path gives the same {@code via} for every wrapper: the first one found, breadth first,
 * from the methods that make the GenAI call themselves.
 */
final class WrapperGraph {

  /** The classes of one dependency and its coordinates, as {@code via} names them. */
  record Jar(String coordinates, List<TypeSummary> types) {}

  private static final class Node {
    final String name;
    final String coordinates;
    String superName;
    final Set<String> interfaces = new LinkedHashSet<>();
    final Map<String, MethodSummary> methods = new TreeMap<>();

    Node(String name, String coordinates, String superName) {
      this.name = name;
      this.coordinates = coordinates;
      this.superName = superName;
    }
  }

  /** A call edge seen from its callee: who calls, and how. */
  private record Caller(Node type, String method, char kind) {}

  private final Map<String, Node> types = new TreeMap<>();
  private final Map<String, List<String>> subtypes = new HashMap<>();
  private final Map<String, List<Caller>> callers = new HashMap<>();
  private final Map<String, WrapperCalls.Via> wrappers = new HashMap<>();
  private final Map<String, WrapperCalls.Via> exact = new HashMap<>();
  private final Map<String, WrapperCalls.Via> virtual = new HashMap<>();
  private final Deque<String[]> queue = new ArrayDeque<>();

  private WrapperGraph() {}

  /** The wrapper calls of {@code jars}, given in class-path order. */
  static WrapperCalls find(List<Jar> jars) {
    WrapperGraph graph = new WrapperGraph();
    for (Jar jar : jars) {
      for (TypeSummary type : jar.types()) {
        graph.add(jar.coordinates(), type);
      }
    }
    return graph.solve();
  }

  private void add(String coordinates, TypeSummary type) {
    Node node = types.computeIfAbsent(type.name(),
        name -> new Node(name, coordinates, type.superName()));
    node.interfaces.addAll(type.interfaces());
    for (MethodSummary method : type.methods()) {
      node.methods.merge(method.key(), method, WrapperGraph::union);
    }
  }

  /** Either copy of a class may be the one loaded: what both can do. */
  private static MethodSummary union(MethodSummary a, MethodSummary b) {
    Set<String> calls = new TreeSet<>(a.calls());
    calls.addAll(b.calls());
    MethodSummary direct = a.callsGenAi() ? a : b;
    return new MethodSummary(a.key(), a.overridable() || b.overridable(),
        a.covered() && b.covered(), direct.target(), direct.marker(), List.copyOf(calls));
  }

  private WrapperCalls solve() {
    for (Node node : types.values()) {
      if (!node.superName.isEmpty()) {
        subtypes.computeIfAbsent(node.superName, k -> new ArrayList<>()).add(node.name);
      }
      for (String implemented : node.interfaces) {
        subtypes.computeIfAbsent(implemented, k -> new ArrayList<>()).add(node.name);
      }
      for (MethodSummary method : node.methods.values()) {
        if (method.covered()) {
          continue;
        }
        for (String edge : method.calls()) {
          callers.computeIfAbsent(edge.substring(1), k -> new ArrayList<>())
              .add(new Caller(node, method.key(), edge.charAt(0)));
        }
      }
    }
    for (Node node : types.values()) {
      for (MethodSummary method : node.methods.values()) {
        if (!method.covered() && method.callsGenAi()) {
          String name = method.key().substring(0, method.key().indexOf('('));
          String descriptor = method.key().substring(name.length());
          wrapper(node, method.key(), new WrapperCalls.Via(node.coordinates + " "
              + ElementNames.method(node.name, name, descriptor, null), method.marker()));
        }
      }
    }
    while (!queue.isEmpty()) {
      String[] next = queue.poll();
      reached(types.get(next[0]), next[1], wrappers.get(next[0] + '.' + next[1]));
    }
    return new WrapperCalls(exact, virtual);
  }

  private void wrapper(Node type, String method, WrapperCalls.Via via) {
    if (wrappers.putIfAbsent(type.name + '.' + method, via) == null) {
      queue.add(new String[] {type.name, method});
    }
  }

  /** Records every call that reaches {@code method} of {@code type}; its callers are wrappers. */
  private void reached(Node type, String method, WrapperCalls.Via via) {
    // The class itself, and its subtypes that inherit the method rather than override it.
    Deque<String> down = new ArrayDeque<>(List.of(type.name));
    Set<String> seen = new HashSet<>();
    while (!down.isEmpty()) {
      String name = down.poll();
      Node node = types.get(name);
      if (!seen.add(name) || node == null
          || (node != type && node.methods.containsKey(method))) {
        continue;
      }
      if (exact.putIfAbsent(name + '.' + method, via) == null) {
        virtual.remove(name + '.' + method);
        callersOf(name + '.' + method, false, via);
      }
      down.addAll(subtypes.getOrDefault(name, List.of()));
    }
    MethodSummary summary = type.methods.get(method);
    if (summary == null || !summary.overridable()) {
      return;
    }
    // Its supertypes: a call on one dispatches to this override when the receiver is this type.
    Deque<String> up = new ArrayDeque<>(supertypes(type));
    while (!up.isEmpty()) {
      String name = up.poll();
      Node node = types.get(name);
      if (!seen.add(name) || node == null) {
        continue;
      }
      String key = name + '.' + method;
      if (!exact.containsKey(key) && virtual.putIfAbsent(key, via) == null) {
        callersOf(key, true, via);
      }
      up.addAll(supertypes(node));
    }
  }

  private static List<String> supertypes(Node node) {
    List<String> all = new ArrayList<>(node.interfaces);
    if (!node.superName.isEmpty()) {
      all.add(0, node.superName);
    }
    return all;
  }

  private void callersOf(String callee, boolean virtualOnly, WrapperCalls.Via via) {
    for (Caller caller : callers.getOrDefault(callee, List.of())) {
      if (!virtualOnly || caller.kind() == TypeSummary.VIRTUAL) {
        wrapper(caller.type(), caller.method(), via);
      }
    }
  }
}
