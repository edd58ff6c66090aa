package dev.genaiguidelines.maven.scan;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dependency methods a module's call reaches a GenAI call through (wrapper calls, GAI301 with
 * {@code via}), found by {@link DependencyScanner}, looked up by the module's scan per call.
 *
 * <p>A call on {@code owner.method} is a wrapper call when {@code exact} names it (the wrapper
 * itself, or a subtype that inherits it), or, for a call that dispatches on its receiver
 * (invokevirtual, invokeinterface), when {@code virtual} does (a supertype of a class whose
 * override is a wrapper: class-hierarchy analysis).
 *
 * @param exact {@code owner.nameDescriptor} (internal owner name) to the call it leads to
 * @param virtual the same, for calls that dispatch on the receiver only
 */
public record WrapperCalls(Map<String, Via> exact, Map<String, Via> virtual) {

  // equals and hashCode are written out rather than left to the record: the record's own
  // bootstrap method handles on their first call, several milliseconds each in a cold JVM.
  @Override
  public boolean equals(Object other) {
    return other instanceof WrapperCalls that
        && exact.equals(that.exact) && virtual.equals(that.virtual);
  }

  @Override
  public int hashCode() {
    return 31 * exact.hashCode() + virtual.hashCode();
  }

  /** No wrapper calls: the module's scan is what it was before dependencies were analysed. */
  public static final WrapperCalls NONE = new WrapperCalls(Map.of(), Map.of());

  /**
   * The GenAI call a wrapper leads to.
   *
   * @param element the dependency element that makes the GenAI call, as {@code via} reads:
   *     {@code groupId:artifactId:version binary.Type#method(param.Types)}
   * @param marker the marker that GenAI call matched
   */
  public record Via(String element, String marker) {}

  public WrapperCalls {
    exact = Map.copyOf(new TreeMap<>(exact));
    virtual = Map.copyOf(new TreeMap<>(virtual));
  }

  public boolean isEmpty() {
    return exact.isEmpty() && virtual.isEmpty();
  }

  /** Where a call of {@code kind} ({@link TypeSummary#VIRTUAL} or EXACT) leads, or null. */
  Via of(char kind, String ownerAndMethod) {
    Via via = exact.get(ownerAndMethod);
    return via != null || kind != TypeSummary.VIRTUAL ? via : virtual.get(ownerAndMethod);
  }

  /** The internal names of the types a wrapper call is made on: what the prefilter looks for. */
  Set<String> owners() {
    Set<String> owners = new TreeSet<>();
    for (String key : exact.keySet()) {
      owners.add(key.substring(0, key.indexOf('.')));
    }
    for (String key : virtual.keySet()) {
      owners.add(key.substring(0, key.indexOf('.')));
    }
    return owners;
  }
}
