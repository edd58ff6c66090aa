package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.policy.UndeclaredCall;
import java.util.List;
import java.util.Set;

/**
 * What one class contributes to deciding coverage once every class file has been read: kept
 * small, because a scan holds one per nested or declaring class of the whole module.
 *
 * @param name internal name
 * @param outer the internal name of the enclosing type, or null for a top-level type
 * @param enclosedInCode true for a local or anonymous class (it has an EnclosingMethod
 *     attribute)
 * @param enclosingMethod name and descriptor of the method a local or anonymous class sits in,
 *     or null when it sits in an initializer
 * @param typeDeclared the type itself carries a {@code @GenAiUse}
 * @param coveredMethods name+descriptor of the methods (lambda bodies included) a declaration of
 *     this class covers
 * @param coveredNested local and anonymous classes created in the initializer of a declared field
 * @param candidates calls in this class that nothing inside the class covers
 */
record ClassFacts(
    String name,
    String outer,
    boolean enclosedInCode,
    String enclosingMethod,
    boolean typeDeclared,
    Set<String> coveredMethods,
    Set<String> coveredNested,
    List<UndeclaredCall> candidates) {

  /** True when another class's coverage may depend on this one, or it has calls to judge. */
  boolean worthKeeping() {
    return typeDeclared || outer != null || !coveredMethods.isEmpty() || !candidates.isEmpty();
  }
}
