package dev.genaiguidelines.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.genaiguidelines.annotations.GenAiCatalog;
import dev.genaiguidelines.annotations.GenAiUseDescriptor;
import dev.genaiguidelines.policy.UnsafeChars;
import dev.genaiguidelines.policy.UseDescriptors;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;

/**
 * Writes the source of a module's catalog provider with JavaPoet: a public final class whose
 * {@code uses()} returns the uses of the module's sources (in every package) as constants, sorted
 * by id, then element. It sits in the first of their packages by name.
 *
 * <p>A class file limits each method's code to 64 KiB and each class's constant pool to 65,535
 * entries; one use costs about 60 bytes of code and, when all its strings are its own, 14 to 16
 * constants. So more than {@link Split#usesPerMethod} uses are built in helper methods, and more
 * than {@link Split#usesPerClass} in nested classes, each with a constant pool of its own. The
 * nested classes implement {@code GenAiCatalog.Provider} too, which tells the plugin's class
 * scanner that their strings are descriptions, not calls; only the outer class is registered
 * for {@code ServiceLoader}.
 *
 * <p>Each use is one call of a private {@code use(...)} helper that takes the inputs and what it
 * creates as arrays, not {@code new GenAiUseDescriptor(..., List.of(...), List.of(...), ...)}:
 * with generic calls nested in the arguments of another, compiling the provider of 1,000 uses
 * took javac about three times as long as compiling the 100 classes that declare them, and with
 * arrays about 0.6 times as long (benchmarks/README.md, "What was optimized").
 *
 * <p>The source depends on nothing but its arguments: no date, no path, no map order, so the
 * same declarations give the same bytes. Strings are written in printable ASCII, any other
 * character as a Unicode escape, so the file reads the same whatever {@code -encoding} the
 * compilation uses.
 */
final class ProviderSource {

  /** How many uses one method, and one class, may build. */
  record Split(int usesPerMethod, int usesPerClass) {
    Split {
      if (usesPerMethod < 1 || usesPerClass < usesPerMethod) {
        throw new IllegalArgumentException("cannot split " + usesPerMethod + " uses a method, "
            + usesPerClass + " a class");
      }
    }
  }

  /** 100 uses a method (about 6 KiB of code), 1,000 a class (at most 16,000 constants). */
  static final Split SPLIT = new Split(100, 1_000);

  /**
   * The provider's constant that names, by qualified name and comma-separated, the top-level
   * types and package-infos ({@code <package>.}{@value #PACKAGE_INFO}) whose declarations it
   * lists: the next incremental compilation reads those it does not compile from their class
   * files (see {@link UncompiledUses}).
   */
  static final String ORIGINS = "ORIGINS";

  /** Stands for a package's own declarations in {@link #ORIGINS}, after its name. */
  static final String PACKAGE_INFO = "package-info";

  /** The processor, as {@code @Generated} names it. */
  static final String GENERATOR = GenAiUseProcessor.class.getName();

  static final String GENERATED_ANNOTATION = "javax.annotation.processing.Generated";

  private static final ClassName GENERATED = ClassName.bestGuess(GENERATED_ANNOTATION);
  private static final ClassName DESCRIPTOR = ClassName.get(GenAiUseDescriptor.class);
  private static final ClassName PROVIDER = ClassName.get(GenAiCatalog.Provider.class);
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
  private static final ParameterizedTypeName LIST_OF_USES =
      ParameterizedTypeName.get(LIST, DESCRIPTOR);
  /** The provider's helper that builds one use; see the class comment for why. */
  private static final String USE_HELPER = "use";

  private static final Comparator<GenAiUseDescriptor> ORDER =
      Comparator.comparing(GenAiUseDescriptor::id).thenComparing(GenAiUseDescriptor::element);

  private ProviderSource() {}

  /**
   * The provider of these uses in {@code packageName}, named {@link ProviderName#simpleName} of
   * their ids.
   *
   * @param uses at least one; sorted here, ties kept in the order given (source order)
   * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} can be used
   *     where the provider is compiled
   * @param origins the elements whose declarations it lists, for incremental builds
   */
  static JavaFile of(String packageName, List<GenAiUseDescriptor> uses,
      boolean generatedAnnotation, List<? extends Element> origins) {
    return of(packageName, uses, generatedAnnotation, origins, SPLIT);
  }

  /** As {@link #of(String, List, boolean, List)}; tests split at fewer uses. */
  static JavaFile of(String packageName, List<GenAiUseDescriptor> uses,
      boolean generatedAnnotation, List<? extends Element> origins, Split split) {
    String where = where(packageName, origins);
    if (uses.isEmpty()) {
      throw new IllegalArgumentException("no uses for " + where);
    }
    List<GenAiUseDescriptor> sorted = new ArrayList<>(uses);
    sorted.sort(ORDER);
    String name = ProviderName.simpleName(sorted.stream().map(GenAiUseDescriptor::id).toList());

    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addJavadoc("The {@code @GenAiUse} declarations in $L,\nwith the verdicts the"
            + " policy gave them when they were compiled, for {@link $T}.\n\n<p>Generated by"
            + " guidelines-processor; do not edit.\n", where, GenAiCatalog.class)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(PROVIDER);
    if (generatedAnnotation) {
      type.addAnnotation(AnnotationSpec.builder(GENERATED)
          .addMember("value", "$S", GENERATOR)
          .build());
    }
    origins.forEach(type::addOriginatingElement);
    // Not private: a linter would call an unused private field a mistake.
    type.addField(FieldSpec.builder(String.class, ORIGINS, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The top-level types and package-info whose uses are listed here, for the next"
            + "\nincremental compilation.\n")
        .initializer("$L", literal(originNames(origins)))
        .build());
    type.addMethod(MethodSpec.constructorBuilder()
        .addJavadoc("Called by {@link java.util.ServiceLoader}.\n")
        .addModifiers(Modifier.PUBLIC)
        .build());

    if (sorted.size() <= split.usesPerClass()) {
      addUses(type, sorted, split.usesPerMethod());
    } else {
      MethodSpec.Builder usesMethod = usesMethod()
          .addStatement("$T<$T> uses = new $T<>($L)", LIST, DESCRIPTOR, ARRAY_LIST,
              sorted.size());
      for (int from = 0; from < sorted.size(); from += split.usesPerClass()) {
        int to = Math.min(sorted.size(), from + split.usesPerClass());
        ClassName part = ClassName.get(packageName, name,
            "Part" + from / split.usesPerClass());
        usesMethod.addStatement("uses.addAll(new $T().uses())", part);
        TypeSpec.Builder partType = TypeSpec.classBuilder(part)
            .addJavadoc("Uses $L to $L of $L, in a class of their own: a class file holds at"
                + " most 65,535 constants.\n", from + 1, to, sorted.size())
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(PROVIDER);
        addUses(partType, sorted.subList(from, to), split.usesPerMethod());
        type.addType(partType.build());
      }
      type.addMethod(usesMethod.addStatement("return $T.copyOf(uses)", LIST).build());
    }

    type.addMethod(useHelper());
    return JavaFile.builder(packageName, type.build())
        .skipJavaLangImports(true)
        .build();
  }

  /** The value of {@link #ORIGINS}: the qualified names, sorted, without repeats. */
  static String originNames(List<? extends Element> origins) {
    return origins.stream()
        .map(ProviderSource::originName)
        .sorted()
        .distinct()
        .collect(Collectors.joining(","));
  }

  /** A top-level type's qualified name, or {@code <package>.package-info} for a package. */
  static String originName(Element origin) {
    if (origin instanceof PackageElement pkg) {
      return pkg.isUnnamed() ? PACKAGE_INFO : pkg.getQualifiedName() + "." + PACKAGE_INFO;
    }
    return ((QualifiedNameable) origin).getQualifiedName().toString();
  }

  /** What the javadoc calls the packages the origins are in: the provider's, without origins. */
  static String where(String packageName, List<? extends Element> origins) {
    TreeSet<String> packages = origins.stream()
        .map(origin -> UncompiledUses.packageOf(originName(origin)))
        .collect(Collectors.toCollection(TreeSet::new));
    if (packages.size() <= 1) {
      return ProviderName.describe(packages.isEmpty() ? packageName : packages.first());
    }
    return packages.size() + " packages, " + ProviderName.describe(packages.first()) + " to "
        + ProviderName.describe(packages.last());
  }

  private static MethodSpec.Builder usesMethod() {
    return MethodSpec.methodBuilder("uses")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(LIST_OF_USES);
  }

  /** Adds {@code uses()} returning these uses, built in helper methods beyond the limit. */
  private static void addUses(TypeSpec.Builder type, List<GenAiUseDescriptor> uses,
      int usesPerMethod) {
    MethodSpec.Builder usesMethod = usesMethod();
    List<MethodSpec> parts = new ArrayList<>();
    if (uses.size() <= usesPerMethod) {
      usesMethod.addCode("return $L;\n", listOf(uses));
    } else {
      usesMethod.addStatement("$T<$T> uses = new $T<>($L)", LIST, DESCRIPTOR, ARRAY_LIST,
          uses.size());
      for (int from = 0; from < uses.size(); from += usesPerMethod) {
        String name = "uses" + parts.size();
        List<GenAiUseDescriptor> chunk =
            uses.subList(from, Math.min(uses.size(), from + usesPerMethod));
        usesMethod.addStatement("uses.addAll($L())", name);
        parts.add(MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(LIST_OF_USES)
            .addCode("return $L;\n", listOf(chunk))
            .build());
      }
      usesMethod.addStatement("return $T.copyOf(uses)", LIST);
    }
    type.addMethod(usesMethod.build()).addMethods(parts);
  }

  /**
   * {@code use(...)}: a descriptor of the inputs and what it creates given as arrays, which javac
   * attributes at a fraction of the cost of nested {@code List.of} calls.
   */
  private static MethodSpec useHelper() {
    MethodSpec.Builder helper = MethodSpec.methodBuilder(USE_HELPER)
        .addJavadoc("One use. Its lists come as arrays: nested {@code List.of} calls would cost"
            + " javac\nmore to compile than the sources that declare the uses.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(DESCRIPTOR);
    // One parameter per descriptor component, so a new @GenAiUse attribute needs no change here.
    List<CodeBlock> arguments = new ArrayList<>();
    for (RecordComponent component : UseDescriptors.components()) {
      String name = component.getName();
      Class<?> listed = listedType(component);
      if (listed == null) {
        helper.addParameter(TypeName.get(component.getType()), name);
        arguments.add(CodeBlock.of("$L", name));
      } else {
        helper.addParameter(ArrayTypeName.of(listed), name);
        arguments.add(CodeBlock.of("$T.of($L)", LIST, name));
      }
    }
    return helper.addStatement("return new $T($L)", DESCRIPTOR,
        CodeBlock.join(arguments, ",$W")).build();
  }

  /** The element type of a {@code List} component, or null for any other component. */
  private static Class<?> listedType(RecordComponent component) {
    if (component.getType() != List.class) {
      return null;
    }
    return (Class<?>) ((ParameterizedType) component.getGenericType())
        .getActualTypeArguments()[0];
  }

  /** {@code List.of(use(...), ...)}, one argument per line. */
  private static CodeBlock listOf(List<GenAiUseDescriptor> uses) {
    StringBuilder calls = new StringBuilder(uses.size() * 512);
    for (int i = 0; i < uses.size(); i++) {
      appendUseCall(calls, uses.get(i));
      calls.append(i < uses.size() - 1 ? ",\n" : ")");
    }
    return CodeBlock.builder().add("$T.of(\n", LIST).indent().indent()
        .add("$L", calls).unindent().unindent().build();
  }

  /**
   * One {@code use(...)} call as text, its arguments a line each and indented one step more.
   * The calls are most of a provider; written as code blocks, whose type names JavaPoet looks
   * up in its import pass and again when it emits, they took two thirds of the processor's
   * time, and as text JavaPoet only copies them. Their enum types are written by simple name,
   * which the {@code use} helper's parameters make JavaPoet import (and a single-type import
   * wins over a same-named type of the package).
   */
  private static void appendUseCall(StringBuilder out, GenAiUseDescriptor use) {
    out.append(USE_HELPER).append('(');
    String separator = "\n    ";
    for (RecordComponent component : UseDescriptors.components()) {
      out.append(separator);
      separator = ",\n    ";
      Object value = UseDescriptors.valueOf(component, use);
      Class<?> listed = listedType(component);
      if (listed != null) {
        appendArray(out, listed, (List<?>) value);
      } else if (value instanceof String text) {
        out.append(literal(text));
      } else if (value instanceof Enum<?> constant) {
        out.append(constant(constant));
      } else {
        out.append(value); // a boolean
      }
    }
    out.append(')');
  }

  /** {@code new Type[] {Type.A, Type.B}}. */
  private static void appendArray(StringBuilder out, Class<?> type, List<?> values) {
    out.append("new ").append(type.getSimpleName()).append("[] {");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(constant((Enum<?>) values.get(i)));
    }
    out.append('}');
  }

  private static String constant(Enum<?> value) {
    return value.getDeclaringClass().getSimpleName() + "." + value.name();
  }

  /** A Java string literal in printable ASCII. */
  static String literal(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          // Every unsafe character is escaped, and so is all other non-ASCII, so the source
          // reads the same whatever encoding javac is told.
          if (c > 0x7e || UnsafeChars.isUnsafe(value, i)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
