package dev.genaiguidelines.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.PackageTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.genaiguidelines.policy.Rule;
import java.util.List;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Prints diagnostics on the exact annotation value they are about, so javac and the IDE point at
 * the line of the attribute at fault.
 *
 * <p>{@link Messager} locates annotations and values itself, except for an annotation written
 * several times: javac wraps those in a container it made up and cannot find their source. For
 * those, the value's tree is found through the {@link Trees} API when the compiler offers it
 * (javac does; wrapped environments such as Gradle's may not), else the element is the anchor.
 *
 * <p>Every message is printed on one line ({@link Rule#visible}): it may quote a declared id, a
 * path or an exception's message, and a line break there must not start a forged log line.
 */
final class Diagnostics {

  private final Messager messager;
  private final Trees trees;

  Diagnostics(ProcessingEnvironment env) {
    this.messager = env.getMessager();
    this.trees = treesOf(env);
  }

  private static Trees treesOf(ProcessingEnvironment env) {
    try {
      return Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return null;
    }
  }

  /** A diagnostic about the compilation as a whole: no source position. */
  void print(Diagnostic.Kind kind, String message) {
    messager.printMessage(kind, Rule.visible(message));
  }

  /**
   * A diagnostic of several lines, each quoted on its own, so the line breaks are ours alone.
   */
  void printLines(Diagnostic.Kind kind, List<String> lines) {
    messager.printMessage(kind, lines.stream().map(Rule::visible)
        .collect(Collectors.joining("\n")));
  }

  /** A diagnostic anchored on an element. */
  void print(Diagnostic.Kind kind, String message, Element element) {
    messager.printMessage(kind, Rule.visible(message), element);
  }

  /**
   * A diagnostic about one attribute of a use: on its value when written, on the annotation when
   * the attribute has its default or {@code attribute} is "".
   */
  void print(Diagnostic.Kind kind, String message, SourceUse use, String attribute) {
    print(kind, message, use, attribute, use.value(attribute));
  }

  /** As {@link #print(Diagnostic.Kind, String, SourceUse, String)}, on a value inside it. */
  void print(Diagnostic.Kind kind, String message, SourceUse use, String attribute,
      AnnotationValue value) {
    if (use.implicitlyRepeated() && printOnTree(kind, message, use, attribute)) {
      return;
    }
    messager.printMessage(kind, Rule.visible(message), use.element(), use.mirror(), value);
  }

  private boolean printOnTree(
      Diagnostic.Kind kind, String message, SourceUse use, String attribute) {
    if (trees == null) {
      return false;
    }
    TreePath path = trees.getPath(use.element());
    if (path == null) {
      return false;
    }
    int position = 0;
    for (AnnotationTree annotation : annotationsOf(path)) {
      if (!isUseAnnotation(path, annotation)) {
        continue;
      }
      if (position++ == use.position()) {
        Tree target = attribute.isEmpty() ? annotation : argument(annotation, attribute);
        trees.printMessage(kind, Rule.visible(message), target, path.getCompilationUnit());
        return true;
      }
    }
    return false;
  }

  private static List<? extends AnnotationTree> annotationsOf(TreePath path) {
    Tree leaf = path.getLeaf();
    if (leaf instanceof ClassTree type) {
      return type.getModifiers().getAnnotations();
    } else if (leaf instanceof MethodTree method) {
      return method.getModifiers().getAnnotations();
    } else if (leaf instanceof VariableTree field) {
      return field.getModifiers().getAnnotations();
    } else if (leaf instanceof PackageTree pkg) {
      return pkg.getAnnotations();
    } else if (leaf instanceof CompilationUnitTree unit && unit.getPackage() != null) {
      return unit.getPackage().getAnnotations();
    }
    return List.of();
  }

  private boolean isUseAnnotation(TreePath path, AnnotationTree annotation) {
    Element type = trees.getElement(new TreePath(path, annotation.getAnnotationType()));
    if (type instanceof TypeElement typeElement) {
      return typeElement.getQualifiedName().contentEquals(DeclarationReader.USE_TYPE);
    }
    String written = annotation.getAnnotationType().toString();
    return written.equals("GenAiUse") || written.endsWith(".GenAiUse");
  }

  /** The written value of {@code attribute}, or the annotation when it is not written. */
  private static Tree argument(AnnotationTree annotation, String attribute) {
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment
          && assignment.getVariable() instanceof IdentifierTree name
          && name.getName().contentEquals(attribute)) {
        return assignment.getExpression();
      }
    }
    return annotation;
  }
}
