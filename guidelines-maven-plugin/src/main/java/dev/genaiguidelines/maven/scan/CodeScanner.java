package dev.genaiguidelines.maven.scan;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads one method of a {@link ClassPass}: its {@code @GenAiUse}, its line table, and the
 * instructions that reach a GenAI SDK or endpoint. One instance serves every method of a class,
 * since ASM visits methods one after another.
 */
final class CodeScanner extends MethodVisitor {

  private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";
  /** A guard against hand-made constant-dynamic chains, which javac never nests this deep. */
  private static final int MAX_CONSTANT_DEPTH = 8;

  private final ClassPass pass;
  private final MarkerMatcher matcher;
  /**
   * Calls, lambdas and nested classes seen since an initializer last stored a field of this
   * class: the next such store names the field whose initializer holds them.
   */
  private final List<Object> sinceLastStore = new ArrayList<>();

  private MethodFacts method;
  /** The last string constant the method loaded: the name a reflective lookup may be given. */
  private String lastString;
  private boolean initializer;
  private boolean constructorChained;
  private int line;
  /** The first line since the last field store: javac's line for a field's initializer. */
  private int segmentLine;

  CodeScanner(ClassPass pass, MarkerMatcher matcher) {
    super(ClassScanner.ASM_API);
    this.pass = pass;
    this.matcher = matcher;
  }

  void start(MethodFacts facts) {
    method = facts;
    initializer = "<init>".equals(facts.name) || "<clinit>".equals(facts.name);
    constructorChained = false;
    lastString = null;
    line = 0;
    segmentLine = 0;
    sinceLastStore.clear();
  }

  @Override
  public void visitParameter(String name, int access) {
    method.addParameter(access);
  }

  @Override
  public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
    pass.annotated(descriptor);
    return UseAnnotationReader.forAnnotation(descriptor, method::addUse);
  }

  @Override
  public AnnotationVisitor visitParameterAnnotation(int parameter, String descriptor,
      boolean visible) {
    pass.annotated(descriptor);
    return null;
  }

  @Override
  public void visitLineNumber(int lineNumber, Label start) {
    line = lineNumber;
    if (segmentLine == 0) {
      segmentLine = lineNumber;
    }
    if (method.firstLine == 0) {
      method.firstLine = lineNumber;
    }
    if (lineNumber > 0 && (method.smallestLine == 0 || lineNumber < method.smallestLine)) {
      method.smallestLine = lineNumber;
    }
  }

  @Override
  public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
      boolean isInterface) {
    pass.shape.call(owner, name, descriptor);
    boolean ownNest = ownNest(owner);
    String marker = ownNest ? null : matcher.callMarkerOf(owner);
    if (marker != null) {
      record(ElementNames.method(owner, name, descriptor), marker);
    } else if (lastString != null && isReflectiveLookup(owner, name, descriptor)) {
      String named = matcher.classNameMarkerOf(lastString);
      if (named != null) {
        record(lastString, named);
      }
    } else if (!ownNest) {
      WrapperCalls.Via via = matcher.wrapperOf(opcode, owner, name, descriptor);
      if (via != null) {
        record(ElementNames.method(owner, name, descriptor), via.marker(), via.element());
      }
    }
    if (marker == null && method.calls != null && TypeSummary.followed(owner)) {
      method.calls.add(TypeSummary.edge(opcode, owner, name, descriptor));
    }
    // The name is the lookup's argument only if no other call took it first; what a lookup's
    // further arguments are made with (a class loader, the current thread) takes no name.
    if (!descriptor.endsWith(")Ljava/lang/ClassLoader;")
        && !descriptor.endsWith(")Ljava/lang/Thread;")
        && !descriptor.endsWith(")Ljava/lang/invoke/MethodHandles$Lookup;")) {
      lastString = null;
    }
    if (initializer && opcode == Opcodes.INVOKESPECIAL && "<init>".equals(name)) {
      if ("<init>".equals(method.name) && !constructorChained
          && (owner.equals(pass.name) || owner.equals(pass.superName))) {
        // Field initializers run after super(...); what came before were its arguments.
        constructorChained = true;
        sinceLastStore.clear();
        segmentLine = 0;
      } else if (isNestedInThisClass(owner)) {
        NestedCreation creation = new NestedCreation(owner);
        pass.nestedCreations.add(creation);
        sinceLastStore.add(creation);
      }
    }
  }

  @Override
  public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
    pass.shape.fieldAccess(opcode, owner);
    String marker = ownNest(owner) ? null : matcher.packageMarkerOf(owner);
    if (marker != null) {
      record(ElementNames.field(owner, name), marker);
    }
    if (initializer && (opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC)
        && owner.equals(pass.name)) {
      pass.fieldStored(name, segmentLine != 0 ? segmentLine : line);
      segmentLine = 0;
      for (Object pending : sinceLastStore) {
        if (pending instanceof CallSite call) {
          call.coverField = name;
        } else if (pending instanceof LambdaLink link) {
          link.coverField = name;
        } else if (pending instanceof NestedCreation creation) {
          creation.coverField = name;
        }
      }
      sinceLastStore.clear();
    }
  }

  @Override
  public void visitLdcInsn(Object value) {
    if (value instanceof String text) {
      lastString = text;
    } else if (value instanceof Type type) {
      // A class literal of an SDK type: ServiceLoader.load(X.class), a reflective call's start.
      pass.shape.foreign();
      Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
      if (element.getSort() == Type.OBJECT && !ownNest(element.getInternalName())) {
        String marker = matcher.packageMarkerOf(element.getInternalName());
        if (marker != null) {
          record(element.getClassName() + ".class", marker);
        }
      }
    } else if (value instanceof ConstantDynamic) {
      pass.shape.foreign();
    }
    constant(value, 0);
  }

  /**
   * {@code Class.forName}, any class loader's {@code loadClass} and
   * {@code MethodHandles.Lookup.findClass}: the calls that turn a class name into a class.
   */
  private static boolean isReflectiveLookup(String owner, String name, String descriptor) {
    return switch (name) {
      case "forName" -> owner.equals("java/lang/Class");
      case "loadClass" -> descriptor.startsWith("(Ljava/lang/String;");
      case "findClass" -> owner.equals("java/lang/invoke/MethodHandles$Lookup");
      default -> false;
    };
  }

  @Override
  public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
      Object... arguments) {
    pass.shape.foreign();
    if (LAMBDA_METAFACTORY.equals(bootstrap.getOwner()) && arguments.length >= 2
        && arguments[1] instanceof Handle body && body.getOwner().equals(pass.name)) {
      LambdaLink link = new LambdaLink(body.getName(), body.getDesc(), method);
      pass.lambdaLinks.add(link);
      if (initializer) {
        sinceLastStore.add(link);
      }
    }
    constant(bootstrap, 0);
    for (Object argument : arguments) {
      constant(argument, 0);
    }
  }

  /**
   * Strings that name a marker host (ldc, string-concatenation recipes) and method handles into
   * a marker package (method references such as {@code client::chat}).
   */
  private void constant(Object value, int depth) {
    if (value instanceof String text) {
      for (String host : matcher.hostsIn(text)) {
        record(host, host);
      }
    } else if (value instanceof Handle handle) {
      boolean ownNest = ownNest(handle.getOwner());
      String marker = ownNest ? null : matcher.callMarkerOf(handle.getOwner());
      if (marker != null) {
        record(ElementNames.handleTarget(handle), marker);
      } else if (!ownNest) {
        // A method reference to a wrapper (aikit::ask) reaches it like a call.
        WrapperCalls.Via via = matcher.wrapperOf(handle);
        if (via != null) {
          record(ElementNames.handleTarget(handle), via.marker(), via.element());
        }
      }
      if (marker == null && method.calls != null && TypeSummary.followed(handle.getOwner())) {
        method.calls.add(TypeSummary.edge(handle));
      }
    } else if (value instanceof ConstantDynamic dynamic && depth < MAX_CONSTANT_DEPTH) {
      constant(dynamic.getBootstrapMethod(), depth + 1);
      for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
        constant(dynamic.getBootstrapMethodArgument(i), depth + 1);
      }
    }
  }

  /**
   * True for a member of this class's own nest (the top-level class and its nested classes): a
   * class of a marker package that uses its own fields and methods (a studio's gateway client, a
   * record's accessors) makes no call into an SDK by that; each class of the nest is scanned
   * itself, so what it calls outside the nest is still found.
   */
  private boolean ownNest(String owner) {
    String self = pass.name;
    int dollar = self.indexOf('$');
    String top = dollar < 0 ? self : self.substring(0, dollar);
    return owner.startsWith(top) && (owner.length() == top.length()
        || owner.charAt(top.length()) == '$');
  }

  private boolean isNestedInThisClass(String owner) {
    String self = pass.name;
    return owner.length() > self.length() + 1 && owner.startsWith(self)
        && owner.charAt(self.length()) == '$';
  }

  private void record(String target, String marker) {
    record(target, marker, "");
  }

  private void record(String target, String marker, String via) {
    CallSite call = new CallSite(method, target, marker, line, via);
    pass.calls.add(call);
    if (initializer) {
      sinceLastStore.add(call);
    }
  }
}
