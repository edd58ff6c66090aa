package dev.genaiguidelines.maven.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;

/** What the pass learns about one method. */
final class MethodFacts {
  final String name;
  final String descriptor;
  final int access;
  /** The first entry of the line table, in code order: the declaration of a constructor. */
  int firstLine;
  int smallestLine;
  List<UseValues> uses;
  int[] parameterAccess;
  int parameterCount;
  /** For a synthetic lambda body: where it is created. */
  LambdaLink link;
  /**
   * When a dependency is analysed for wrapper calls: the methods this one calls or takes a handle
   * of, as {@link TypeSummary} encodes them; null otherwise.
   */
  Set<String> calls;

  MethodFacts(String name, String descriptor, int access) {
    this.name = name;
    this.descriptor = descriptor;
    this.access = access;
  }

  /**
   * True when it carries a declaration of its own. javac copies annotations onto bridge
   * methods; those copies are not declarations.
   */
  boolean declares() {
    return uses != null && (access & (Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC)) == 0;
  }

  void addUse(UseValues use) {
    if (uses == null) {
      uses = new ArrayList<>(1);
    }
    uses.add(use);
  }

  void addParameter(int flags) {
    if (parameterAccess == null) {
      parameterAccess = new int[4];
    } else if (parameterCount == parameterAccess.length) {
      parameterAccess = Arrays.copyOf(parameterAccess, parameterCount * 2);
    }
    parameterAccess[parameterCount++] = flags;
  }
}
