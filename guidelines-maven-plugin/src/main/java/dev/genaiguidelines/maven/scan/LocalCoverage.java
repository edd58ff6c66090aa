package dev.genaiguidelines.maven.scan;

import java.util.List;
import java.util.Set;

/**
 * What one class's own declarations cover: its declared methods, the lambda bodies they create
 * (through nested lambdas), and the initializers of its declared fields.
 */
final class LocalCoverage {
  private final List<MethodFacts> methods;
  private final Set<String> fieldsDeclared;
  private final boolean anyMethodDeclared;

  LocalCoverage(List<MethodFacts> methods, Set<String> fieldsDeclared) {
    this.methods = methods;
    this.fieldsDeclared = fieldsDeclared;
    boolean any = false;
    for (MethodFacts method : methods) {
      any |= method.declares();
    }
    this.anyMethodDeclared = any;
  }

  boolean anyMemberDeclared() {
    return anyMethodDeclared || !fieldsDeclared.isEmpty();
  }

  /**
   * True when the method (or, through lambda links, a method creating it) or the field whose
   * initializer holds the code carries a declaration.
   */
  boolean covers(MethodFacts method, String field) {
    MethodFacts current = method;
    String currentField = field;
    for (int hops = 0; hops <= methods.size(); hops++) {
      if (currentField != null && fieldsDeclared.contains(currentField)) {
        return true;
      }
      if (current == null) {
        return false;
      }
      if (current.declares()) {
        return true;
      }
      if (current.link == null) {
        return false;
      }
      currentField = current.link.coverField;
      current = current.link.creator;
    }
    return false;
  }

  /**
   * The field an initializer sets with a call in {@code method}: {@code field} (where the call's
   * result is stored, or null) for a call in the initializer itself; for a lambda body, the field
   * its creator stores the lambda in, through nested lambdas; null when it sets none.
   */
  String initializedField(MethodFacts method, String field) {
    MethodFacts current = method;
    String currentField = field;
    for (int hops = 0; hops < methods.size() && current.link != null; hops++) {
      currentField = current.link.coverField;
      current = current.link.creator;
    }
    return currentField;
  }

  /** The method a lambda body is reported as: the one creating it, through nested lambdas. */
  MethodFacts reportedAs(MethodFacts method) {
    MethodFacts current = method;
    for (int hops = 0; hops < methods.size() && current.link != null; hops++) {
      current = current.link.creator;
    }
    return current;
  }
}
