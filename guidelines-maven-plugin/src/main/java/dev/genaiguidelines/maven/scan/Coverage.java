package dev.genaiguidelines.maven.scan;

import java.util.Map;
import java.util.Set;

/**
 * Decides, after every class file has been read, whether a declaration outside a class covers
 * it: its package, an enclosing type, or the method a local or anonymous class sits in.
 */
final class Coverage {

  /** Deeper nesting than this only happens in hand-made class files with cyclic outer links. */
  private static final int MAX_DEPTH = 256;

  private final Map<String, ClassFacts> classes;
  private final Set<String> declaredPackages;

  Coverage(Map<String, ClassFacts> classes, Set<String> declaredPackages) {
    this.classes = classes;
    this.declaredPackages = declaredPackages;
  }

  /** True when a declaration outside the class's own members covers all of {@code facts}. */
  boolean coversFromOutside(ClassFacts facts) {
    if (declaredPackages.contains(ElementNames.packageOf(facts.name()))) {
      return true;
    }
    ClassFacts current = facts;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      if (current.typeDeclared()) {
        return true;
      }
      if (current.outer() == null) {
        return false;
      }
      ClassFacts outer = classes.get(current.outer());
      if (outer == null) {
        // The enclosing class was not among the scanned files; nothing more can cover it.
        return false;
      }
      if (current.enclosedInCode()
          && (current.enclosingMethod() != null
              ? outer.coveredMethods().contains(current.enclosingMethod())
              : outer.coveredNested().contains(current.name()))) {
        return true;
      }
      current = outer;
    }
    return false;
  }
}
