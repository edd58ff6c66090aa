package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The single pass over one class file: collects its {@code @GenAiUse} declarations and its
 * GenAI calls, settles what the class's own declarations cover, and hands the rest to
 * {@link ScanState} as {@link ClassFacts} when the class has been read to its end.
 */
final class ClassPass extends ClassVisitor {

  private static final Comparator<UndeclaredCall> CANDIDATE_ORDER =
      Comparator.comparing(UndeclaredCall::element)
          .thenComparingInt(UndeclaredCall::line)
          .thenComparing(UndeclaredCall::target)
          .thenComparing(UndeclaredCall::marker);

  private final MarkerMatcher matcher;
  private final String path;
  private final ScanState state;
  private final CodeScanner code;
  private final FieldAnnotations fieldAnnotations = new FieldAnnotations();

  String name;
  String superName;
  private String[] interfaces;
  private int access;
  private boolean packageInfo;
  /** Whether the class is a generated catalog provider or switch map, whose calls are none. */
  final GeneratedShape shape = new GeneratedShape();
  /** The marker package of an annotation on the class or its methods, or null. */
  private String annotationMarker;
  private String sourceFile = "";
  private String nestHost;
  private String memberOuter;
  private int innerAccess;
  private String enclosingOwner;
  private String enclosingMethod;
  private boolean enclosedInCode;

  private List<UseValues> typeUses;
  private final List<FieldFacts> declaredFields = new ArrayList<>(0);
  private final List<MethodFacts> methods = new ArrayList<>();
  final List<CallSite> calls = new ArrayList<>(0);
  final List<LambdaLink> lambdaLinks = new ArrayList<>(0);
  final List<NestedCreation> nestedCreations = new ArrayList<>(0);

  ClassPass(MarkerMatcher matcher, String path, ScanState state) {
    super(ClassScanner.ASM_API);
    this.matcher = matcher;
    this.path = path;
    this.state = state;
    this.code = new CodeScanner(this, matcher);
  }

  @Override
  public void visit(int version, int access, String name, String signature, String superName,
      String[] interfaces) {
    this.access = access;
    this.name = name;
    this.superName = superName;
    this.interfaces = interfaces;
    packageInfo = name.equals("package-info") || name.endsWith("/package-info");
    shape.visit(access, name, superName, interfaces);
  }

  /**
   * Notes an annotation of the class, a method or a parameter: one from a marker package makes
   * an interface an AI service ({@code @SystemMessage} on a LangChain4j service's method).
   */
  void annotated(String descriptor) {
    if (annotationMarker == null && descriptor.length() > 2 && descriptor.charAt(0) == 'L') {
      annotationMarker =
          matcher.packageMarkerOf(descriptor.substring(1, descriptor.length() - 1));
    }
  }

  @Override
  public void visitSource(String source, String debug) {
    sourceFile = ElementNames.sourcePath(name, source);
  }

  @Override
  public void visitNestHost(String host) {
    nestHost = host;
  }

  @Override
  public void visitOuterClass(String owner, String method, String descriptor) {
    enclosedInCode = true;
    enclosingOwner = owner;
    enclosingMethod = method == null ? null : method + descriptor;
  }

  @Override
  public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
    annotated(descriptor);
    return UseAnnotationReader.forAnnotation(descriptor, use -> {
      if (typeUses == null) {
        typeUses = new ArrayList<>(1);
      }
      typeUses.add(use);
    });
  }

  @Override
  public void visitInnerClass(String inner, String outer, String innerName, int innerAccess) {
    if (inner.equals(name)) {
      memberOuter = outer;
      this.innerAccess = innerAccess;
    }
  }

  @Override
  public FieldVisitor visitField(int fieldAccess, String fieldName, String descriptor,
      String signature, Object value) {
    shape.field(fieldAccess, fieldName, descriptor);
    fieldAnnotations.current(fieldName, descriptor);
    return fieldAnnotations;
  }

  @Override
  public MethodVisitor visitMethod(int methodAccess, String methodName, String descriptor,
      String signature, String[] exceptions) {
    shape.method(methodAccess, methodName, descriptor);
    MethodFacts method = new MethodFacts(methodName, descriptor, methodAccess);
    if (state.collectsCallGraph()) {
      method.calls = new HashSet<>(4);
    }
    methods.add(method);
    code.start(method);
    return code;
  }

  /** Records where an initializer first stores a declared field, the field's best line. */
  void fieldStored(String fieldName, int line) {
    if (line <= 0) {
      return;
    }
    for (FieldFacts field : declaredFields) {
      if (field.name.equals(fieldName) && field.firstStoreLine == 0) {
        field.firstStoreLine = line;
      }
    }
  }

  @Override
  public void visitEnd() {
    List<UseDeclaration> uses = new ArrayList<>(0);
    List<UnreadableClass> problems = new ArrayList<>(0);
    collectUses(uses, problems);

    boolean typeDeclared = typeUses != null && !packageInfo;
    Set<String> fieldsDeclared = declaredFields.isEmpty() ? Set.of() : new HashSet<>();
    for (FieldFacts field : declaredFields) {
      fieldsDeclared.add(field.name);
    }
    linkLambdas();
    LocalCoverage local = new LocalCoverage(methods, fieldsDeclared);

    List<UndeclaredCall> candidates = new ArrayList<>(0);
    if ((access & Opcodes.ACC_INTERFACE) != 0 && annotationMarker != null) {
      state.service(name, annotationMarker);
    }
    if (!typeDeclared && !shape.generated()) {
      for (CallSite call : calls) {
        if (!local.covers(call.method, call.coverField)) {
          candidates.add(new UndeclaredCall(element(call, local), call.target, call.marker,
              sourceFile, call.line, call.via, 1));
        }
      }
    }
    // javac's method order differs between releases; the report should not.
    candidates.sort(CANDIDATE_ORDER);
    Set<String> coveredMethods = Set.of();
    Set<String> coveredNested = Set.of();
    if (local.anyMemberDeclared()) {
      coveredMethods = new HashSet<>();
      for (MethodFacts method : methods) {
        if (local.covers(method, null)) {
          coveredMethods.add(method.name + method.descriptor);
        }
      }
      coveredNested = new HashSet<>();
      for (NestedCreation creation : nestedCreations) {
        if (creation.coverField != null && fieldsDeclared.contains(creation.coverField)) {
          coveredNested.add(creation.nested);
        }
      }
    }
    String outer = enclosedInCode ? enclosingOwner
        : memberOuter != null ? memberOuter
        : nestHost != null && !nestHost.equals(name) ? nestHost
        : null;
    ClassFacts facts = new ClassFacts(name, outer, enclosedInCode, enclosingMethod, typeDeclared,
        coveredMethods, coveredNested, candidates);
    state.add(facts, uses, problems, packageInfo && typeUses != null);
    if (state.collectsCallGraph()) {
      state.type(facts, TypeSummary.of(name, superName, interfaces,
          typeDeclared || shape.generated(), methods, calls, local));
    }
  }

  private void collectUses(List<UseDeclaration> uses, List<UnreadableClass> problems) {
    if (typeUses != null) {
      String element = packageInfo ? ElementNames.packageOf(name) : ElementNames.binaryName(name);
      int line = packageInfo ? 1 : typeLine();
      for (UseValues use : typeUses) {
        emit(use, element, line, uses, problems);
      }
    }
    for (FieldFacts field : declaredFields) {
      String element = ElementNames.field(name, field.name);
      for (UseValues use : field.uses) {
        emit(use, element, field.firstStoreLine, uses, problems);
      }
    }
    for (MethodFacts method : methods) {
      if (method.declares() && !isRecordAccessorCopy(method)) {
        String element = methodElement(method);
        for (UseValues use : method.uses) {
          emit(use, element, method.firstLine, uses, problems);
        }
      }
    }
  }

  private void emit(UseValues use, String element, int line, List<UseDeclaration> uses,
      List<UnreadableClass> problems) {
    List<String> issues = new ArrayList<>(use.problems);
    List<String> missing = use.missingRequired();
    if (!missing.isEmpty()) {
      issues.add("required attribute" + (missing.size() > 1 ? "s " : " ")
          + String.join(", ", missing) + (missing.size() > 1 ? " are" : " is") + " missing");
    }
    if (issues.isEmpty()) {
      uses.add(use.toDeclaration(element, sourceFile, line));
    } else {
      // Names and values come from the class file: quoted on one line, however crafted.
      problems.add(new UnreadableClass(path, "@GenAiUse on "
          + ClassFileCheck.printable(element, ClassFileCheck.MAX_QUOTED) + ": "
          + ClassFileCheck.printable(String.join("; ", issues), 5 * ClassFileCheck.MAX_QUOTED)
          + "; recompile the class against the guidelines-annotations this plugin uses"));
    }
  }

  /**
   * The smallest line in any method's line table: the class declaration itself when javac wrote
   * a default constructor, else the first initialized field or the first member.
   */
  private int typeLine() {
    int line = 0;
    for (MethodFacts method : methods) {
      if (method.smallestLine > 0 && (line == 0 || method.smallestLine < line)) {
        line = method.smallestLine;
      }
    }
    return line;
  }

  /**
   * javac copies an annotation on a record component to both the field and the accessor; the
   * field alone stands for the declaration, so the same use is not listed twice.
   */
  private boolean isRecordAccessorCopy(MethodFacts method) {
    if (!"java/lang/Record".equals(superName) || !method.descriptor.startsWith("()")) {
      return false;
    }
    for (FieldFacts field : declaredFields) {
      if (field.name.equals(method.name)
          && method.descriptor.equals("()" + field.descriptor)
          && sameUses(field.uses, method.uses)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameUses(List<UseValues> left, List<UseValues> right) {
    if (left.size() != right.size()) {
      return false;
    }
    for (int i = 0; i < left.size(); i++) {
      if (!left.get(i).toDeclaration("", "", 0).equals(right.get(i).toDeclaration("", "", 0))) {
        return false;
      }
    }
    return true;
  }

  /** Attaches each synthetic lambda body to the method whose invokedynamic creates it. */
  private void linkLambdas() {
    if (lambdaLinks.isEmpty()) {
      return;
    }
    Map<String, MethodFacts> byKey = new HashMap<>(methods.size() * 2);
    for (MethodFacts method : methods) {
      byKey.putIfAbsent(method.name + method.descriptor, method);
    }
    for (LambdaLink link : lambdaLinks) {
      MethodFacts body = byKey.get(link.bodyName + link.bodyDescriptor);
      // Only synthetic bodies: a method reference to a real method of this class does not put
      // that method inside the referring one.
      if (body != null && body != link.creator && body.link == null
          && (body.access & Opcodes.ACC_SYNTHETIC) != 0) {
        body.link = link;
      }
    }
  }

  /** The call's method (a lambda's creator); in a static initializer its field, else the type. */
  private String element(CallSite call, LocalCoverage local) {
    MethodFacts holder = local.reportedAs(call.method);
    String field = local.initializedField(call.method, call.coverField);
    return !"<clinit>".equals(holder.name) ? methodElement(holder)
        : field == null ? ElementNames.binaryName(name) : ElementNames.field(name, field);
  }

  /** The report name of {@code method}, without the parameters javac adds to constructors. */
  String methodElement(MethodFacts method) {
    return ElementNames.method(name, method.name, method.descriptor, addedParameters(method));
  }

  private boolean[] addedParameters(MethodFacts method) {
    if (!"<init>".equals(method.name)) {
      return null;
    }
    Type[] parameters = Type.getArgumentTypes(method.descriptor);
    boolean[] added = new boolean[parameters.length];
    int[] flags = method.parameterAccess != null
        && method.parameterCount == parameters.length ? method.parameterAccess : null;
    if (flags != null) {
      for (int i = 0; i < parameters.length; i++) {
        added[i] = (flags[i] & Opcodes.ACC_SYNTHETIC) != 0;
      }
    }
    String outerInstance = outerInstanceType();
    if (outerInstance != null && parameters.length > 0
        && parameters[0].getSort() == Type.OBJECT
        && parameters[0].getInternalName().equals(outerInstance)
        && (flags == null || (flags[0] & (Opcodes.ACC_MANDATED | Opcodes.ACC_SYNTHETIC)) != 0)) {
      added[0] = true;
    }
    if (flags == null && (access & Opcodes.ACC_ENUM) != 0 && parameters.length >= 2
        && parameters[0].getDescriptor().equals("Ljava/lang/String;")
        && parameters[1] == Type.INT_TYPE) {
      added[0] = true;
      added[1] = true;
    }
    return added;
  }

  /** The type of the enclosing instance javac passes to this class's constructors, if any. */
  private String outerInstanceType() {
    if (enclosedInCode) {
      return enclosingOwner;
    }
    if (memberOuter != null && (innerAccess & Opcodes.ACC_STATIC) == 0) {
      return memberOuter;
    }
    return null;
  }

  /** Reads the annotations of the field being visited; one instance serves every field. */
  private final class FieldAnnotations extends FieldVisitor {
    private String fieldName;
    private String fieldDescriptor;
    private FieldFacts facts;

    FieldAnnotations() {
      super(ClassScanner.ASM_API);
    }

    void current(String fieldName, String fieldDescriptor) {
      this.fieldName = fieldName;
      this.fieldDescriptor = fieldDescriptor;
      this.facts = null;
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      return UseAnnotationReader.forAnnotation(descriptor, use -> {
        if (facts == null) {
          facts = new FieldFacts(fieldName, fieldDescriptor);
          declaredFields.add(facts);
        }
        facts.uses.add(use);
      });
    }
  }
}
