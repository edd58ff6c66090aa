package dev.genaiguidelines.maven.scan;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Names elements and call targets the way the report contract does: a package name, a binary
 * type name, {@code Type#field}, {@code Type#method(erased.Param,Types)}.
 */
final class ElementNames {

  private ElementNames() {}

  /** {@code com/x/Outer$Inner} becomes {@code com.x.Outer$Inner}. */
  static String binaryName(String internalName) {
    return internalName.replace('/', '.');
  }

  /** The dotted package of an internal name, "" for the unnamed package. */
  static String packageOf(String internalName) {
    int slash = internalName.lastIndexOf('/');
    return slash < 0 ? "" : binaryName(internalName.substring(0, slash));
  }

  /** {@code com/x/Foo} and {@code Foo.java} become {@code com/x/Foo.java}. */
  static String sourcePath(String internalName, String sourceFile) {
    if (sourceFile == null || sourceFile.isEmpty()) {
      return "";
    }
    int slash = internalName.lastIndexOf('/');
    return slash < 0 ? sourceFile : internalName.substring(0, slash + 1) + sourceFile;
  }

  static String field(String internalOwner, String name) {
    return binaryName(internalOwner) + '#' + name;
  }

  /**
   * {@code Type#name(p1,p2)} with the parameters of {@code descriptor}, leaving out those
   * {@code skipped} marks (parameters javac added that the source does not declare).
   */
  static String method(String internalOwner, String name, String descriptor, boolean[] skipped) {
    Type[] parameters = Type.getArgumentTypes(descriptor);
    StringBuilder text = new StringBuilder(64)
        .append(binaryName(internalOwner)).append('#').append(name).append('(');
    boolean first = true;
    for (int i = 0; i < parameters.length; i++) {
      if (skipped != null && i < skipped.length && skipped[i]) {
        continue;
      }
      if (!first) {
        text.append(',');
      }
      text.append(parameters[i].getClassName());
      first = false;
    }
    return text.append(')').toString();
  }

  static String method(String internalOwner, String name, String descriptor) {
    return method(internalOwner, name, descriptor, null);
  }

  /** The member a method handle points at, named as a call target. */
  static String handleTarget(Handle handle) {
    return switch (handle.getTag()) {
      case Opcodes.H_GETFIELD, Opcodes.H_GETSTATIC, Opcodes.H_PUTFIELD, Opcodes.H_PUTSTATIC ->
          field(handle.getOwner(), handle.getName());
      default -> method(handle.getOwner(), handle.getName(), handle.getDesc());
    };
  }
}
