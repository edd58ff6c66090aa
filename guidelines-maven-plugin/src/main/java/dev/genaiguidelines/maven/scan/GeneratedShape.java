package dev.genaiguidelines.maven.scan;

import java.util.regex.Pattern;
import org.objectweb.asm.Opcodes;

/**
 * Recognises, from one class file, the two kinds of generated class whose GenAI-looking content
 * is no call: the catalog providers guidelines-processor generates (their string constants
 * repeat the declared purposes, which may name an endpoint host) and javac's enum switch maps
 * (their {@code values()} and {@code ordinal()} calls stand for the switch, whose own
 * {@code ordinal()} call is reported in the switching method).
 *
 * <p>Both are recognised by their exact generated form, never by a name, an interface or a flag
 * alone: a provider is named {@code GenAiUses_<8 hex digits>} (its nested parts
 * {@code $Part<n>}), extends {@code Object}, implements exactly {@code GenAiCatalog.Provider},
 * has no field but the static final {@code String ORIGINS} (the outer class only), no method
 * but its constructor, {@code uses()}, {@code uses<n>()}, the {@code use(...)} helper (the outer
 * class only) and javac's {@code access$<n>} accessors, and its code calls nothing but lists,
 * descriptors and its own methods. A switch map is a synthetic class whose fields are all
 * {@code int[] $SwitchMap$...}, whose only method is its static initializer, and whose code
 * calls nothing but an enum's {@code values()} and {@code ordinal()}. A class that deviates in
 * anything, a hand-written provider above all, is scanned like any other.
 */
final class GeneratedShape {

  private static final Pattern PROVIDER =
      Pattern.compile("(?:.*/)?GenAiUses_[0-9a-f]{8}(\\$Part[0-9]+)?");
  private static final String PROVIDER_INTERFACE =
      "dev/genaiguidelines/annotations/GenAiCatalog$Provider";
  private static final String USE_HELPER_DESCRIPTOR = "(Ljava/lang/String;Ljava/lang/String;"
      + "Ljava/lang/String;Ljava/lang/String;Ldev/genaiguidelines/annotations/Output;"
      + "[Ldev/genaiguidelines/annotations/DataInput;[Ldev/genaiguidelines/annotations/Creates;"
      + "Ldev/genaiguidelines/annotations/Context;ZLjava/lang/String;Ljava/lang/String;"
      + "Ljava/lang/String;Ljava/lang/String;)"
      + "Ldev/genaiguidelines/annotations/GenAiUseDescriptor;";
  private static final Pattern PROVIDER_METHOD =
      Pattern.compile("<init>\\(\\)V|uses[0-9]*\\(\\)Ljava/util/List;|access\\$[0-9]+\\(.*");

  private String name;
  private String outer;
  private boolean provider;
  private boolean switchMap;

  /** Starts a class: whether its header can be either generated form. */
  void visit(int access, String name, String superName, String[] interfaces) {
    this.name = name;
    int dollar = name.indexOf("$Part");
    outer = dollar < 0 ? name : name.substring(0, dollar);
    provider = interfaces != null && interfaces.length == 1
        && PROVIDER_INTERFACE.equals(interfaces[0]) && "java/lang/Object".equals(superName)
        && (access & ~(Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER)) == 0
        && PROVIDER.matcher(name).matches();
    switchMap = (access & Opcodes.ACC_SYNTHETIC) != 0 && "java/lang/Object".equals(superName)
        && (interfaces == null || interfaces.length == 0);
  }

  void field(int access, String fieldName, String descriptor) {
    // Every class of the module comes through here: once a form is ruled out, it stays out
    // without another comparison (the provider's name pattern above all).
    provider = provider && name.equals(outer) && fieldName.equals("ORIGINS")
        && descriptor.equals("Ljava/lang/String;")
        && (access & (Opcodes.ACC_STATIC | Opcodes.ACC_FINAL)) == (Opcodes.ACC_STATIC
            | Opcodes.ACC_FINAL);
    switchMap = switchMap && fieldName.startsWith("$SwitchMap$") && descriptor.equals("[I")
        && (access & Opcodes.ACC_STATIC) != 0;
  }

  void method(int access, String methodName, String descriptor) {
    if (provider) {
      boolean synthetic = (access & Opcodes.ACC_SYNTHETIC) != 0;
      // javac's accessors and, for a class file older than nestmates, a part's access
      // constructor.
      provider = PROVIDER_METHOD.matcher(methodName + descriptor).matches()
          && (!methodName.startsWith("access$") || synthetic)
          || (synthetic && methodName.equals("<init>"))
          || (name.equals(outer) && methodName.equals("use")
              && descriptor.equals(USE_HELPER_DESCRIPTOR) && (access & Opcodes.ACC_STATIC) != 0);
    }
    switchMap = switchMap && methodName.equals("<clinit>") && descriptor.equals("()V");
  }

  /** A call or method handle in the class's code. */
  void call(String owner, String methodName, String descriptor) {
    provider = provider && (owner.equals("java/util/List")
        || owner.equals("java/util/ArrayList") || owner.equals("java/lang/Object")
        || owner.equals(outer) || owner.startsWith(outer + "$Part")
        || owner.equals("dev/genaiguidelines/annotations/GenAiUseDescriptor"));
    switchMap = switchMap && (methodName.equals("values") && descriptor.startsWith("()[L")
        || methodName.equals("ordinal") && descriptor.equals("()I"));
  }

  /** A field access in the class's code. */
  void fieldAccess(int opcode, String owner) {
    provider = provider && opcode == Opcodes.GETSTATIC
        && owner.startsWith("dev/genaiguidelines/annotations/");
    switchMap = switchMap && (opcode == Opcodes.GETSTATIC || owner.equals(name));
  }

  /** Code neither form has: invokedynamic, a class literal, a constant dynamic. */
  void foreign() {
    provider = false;
    switchMap = false;
  }

  /** True when the class, read to its end, has exactly one of the generated forms. */
  boolean generated() {
    return provider || switchMap;
  }
}
