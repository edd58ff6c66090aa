package dev.genaiguidelines.maven.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;

/**
 * One class of a dependency as the wrapper-call analysis needs it: its place in the type
 * hierarchy and, per method, whether a {@code @GenAiUse} covers it, the GenAI call it makes
 * itself that nothing covers, and the dependency methods it calls.
 *
 * @param name internal name
 * @param superName internal name of the superclass, or "" for {@code java/lang/Object} itself
 * @param interfaces internal names of the interfaces it implements or extends
 * @param methods its methods, sorted by name and descriptor
 */
record TypeSummary(String name, String superName, List<String> interfaces,
    List<MethodSummary> methods) {

  /** Kind of an edge to a method that dispatches on the receiver's class (overrides count). */
  static final char VIRTUAL = 'V';
  /** Kind of an edge to exactly the named (or inherited) method: static, super, constructor. */
  static final char EXACT = 'S';

  TypeSummary {
    interfaces = List.copyOf(interfaces);
    methods = List.copyOf(methods);
  }

  /**
   * A method.
   *
   * @param key name and descriptor, {@code ask(Ljava/lang/String;)Ljava/lang/String;}
   * @param overridable an instance method other than a constructor or a private one, so a call
   *     on a supertype may dispatch to it
   * @param covered a {@code @GenAiUse} of the dependency covers it (its method, a lambda's
   *     creator, an enclosing type or the package)
   * @param target the GenAI call it makes that nothing covers (the first, by name), or ""
   * @param marker the marker {@code target} matched, or ""
   * @param calls the methods it calls or takes a handle of, each {@link #edge encoded}, sorted
   */
  record MethodSummary(String key, boolean overridable, boolean covered, String target,
      String marker, List<String> calls) {
    MethodSummary {
      calls = List.copyOf(calls);
    }

    boolean callsGenAi() {
      return !target.isEmpty();
    }
  }

  /**
   * The summary of one class a {@link ClassPass} has read whole.
   *
   * @param allCovered a declaration on the type covers every method (or the class is generated
   *     code whose content is no call)
   * @param calls the class's GenAI calls; a lambda body's count for the method creating it, as
   *     the module's scan reports them
   */
  static TypeSummary of(String name, String superName, String[] interfaces, boolean allCovered,
      List<MethodFacts> methods, List<CallSite> calls, LocalCoverage local) {
    Map<MethodFacts, CallSite> first = new HashMap<>();
    for (CallSite call : calls) {
      if (!allCovered && !local.covers(call.method, call.coverField)) {
        first.merge(local.reportedAs(call.method), call,
            (a, b) -> b.target.compareTo(a.target) < 0 ? b : a);
      }
    }
    List<MethodSummary> summaries = new ArrayList<>(methods.size());
    for (MethodFacts method : methods) {
      CallSite direct = first.get(method);
      boolean overridable = (method.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0
          && !method.name.startsWith("<");
      summaries.add(new MethodSummary(method.name + method.descriptor, overridable,
          allCovered || local.covers(method, null), direct == null ? "" : direct.target,
          direct == null ? "" : direct.marker,
          method.calls == null ? List.of() : new TreeSet<>(method.calls).stream().toList()));
    }
    summaries.sort(Comparator.comparing(MethodSummary::key));
    return new TypeSummary(name, superName == null ? "" : superName,
        interfaces == null ? List.of() : List.of(interfaces), summaries);
  }

  /**
   * Whether a call into {@code owner} can lead to a wrapper call worth following: the JDK and
   * arrays are left out, since the analysis sees only the class path's own types (a framework
   * calling back through a JDK interface is a documented limit).
   */
  static boolean followed(String owner) {
    return !(owner.startsWith("java/") || owner.startsWith("javax/") || owner.startsWith("jdk/")
        || owner.startsWith("sun/") || owner.startsWith("com/sun/") || owner.startsWith("["));
  }

  /** {@code kind owner '.' name descriptor}: one call edge. */
  static String edge(char kind, String owner, String name, String descriptor) {
    return kind + owner + '.' + name + descriptor;
  }

  /** The edge of a call instruction with {@code opcode}. */
  static String edge(int opcode, String owner, String name, String descriptor) {
    return edge(kindOf(opcode), owner, name, descriptor);
  }

  /** The edge of a method handle (a method reference, a lambda's body). */
  static String edge(Handle handle) {
    return edge(kindOf(handle), handle.getOwner(), handle.getName(), handle.getDesc());
  }

  /** {@link #VIRTUAL} for a call instruction dispatched on the receiver, else {@link #EXACT}. */
  static char kindOf(int opcode) {
    return opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKEINTERFACE
        ? VIRTUAL : EXACT;
  }

  /** {@link #VIRTUAL} for a method handle dispatched on the receiver, else {@link #EXACT}. */
  static char kindOf(Handle handle) {
    int tag = handle.getTag();
    return tag == Opcodes.H_INVOKEVIRTUAL || tag == Opcodes.H_INVOKEINTERFACE ? VIRTUAL : EXACT;
  }
}
