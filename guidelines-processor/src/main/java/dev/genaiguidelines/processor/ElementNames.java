package dev.genaiguidelines.processor;

import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Names elements as the report contract does, so the processor, the class-file scanner and the
 * reports agree: {@code com.x.Outer$Inner}, {@code com.x.Foo#field},
 * {@code com.x.Foo#run(java.lang.String[],int)}, {@code com.x.Foo#<init>()}, {@code com.x}.
 *
 * <p>Types, including parameter types, are written with their binary names, because that is what
 * class files (and so the plugin) see.
 */
final class ElementNames {

  private final Elements elements;
  private final Types types;

  ElementNames(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The contract name of {@code element}. */
  String of(Element element) {
    switch (element.getKind()) {
      case PACKAGE:
        return ((PackageElement) element).getQualifiedName().toString();
      case FIELD:
      case ENUM_CONSTANT:
        return typeName(element.getEnclosingElement()) + '#' + element.getSimpleName();
      case METHOD:
      case CONSTRUCTOR:
        ExecutableElement executable = (ExecutableElement) element;
        return typeName(element.getEnclosingElement()) + '#' + executable.getSimpleName() + '('
            + executable.getParameters().stream()
                .map(parameter -> typeName(parameter.asType()))
                .collect(Collectors.joining(","))
            + ')';
      default:
        if (element instanceof TypeElement) {
          return typeName(element);
        }
        // Not a target of @GenAiUse; name it as well as we can rather than fail.
        return element.getSimpleName().toString();
    }
  }

  private String typeName(Element type) {
    return type instanceof TypeElement
        ? elements.getBinaryName((TypeElement) type).toString()
        : type.toString();
  }

  /** The erased binary name of a parameter type; arrays as {@code java.lang.String[]}. */
  String typeName(TypeMirror type) {
    TypeMirror erased = type.getKind() == TypeKind.ERROR ? type : types.erasure(type);
    if (erased.getKind() == TypeKind.ARRAY) {
      return typeName(((ArrayType) erased).getComponentType()) + "[]";
    }
    if (erased.getKind() == TypeKind.DECLARED) {
      return typeName(((DeclaredType) erased).asElement());
    }
    if (erased.getKind().isPrimitive()) {
      // The kind, not toString(), which would include type annotations such as "@A int".
      return erased.getKind().name().toLowerCase(Locale.ROOT);
    }
    return erased.toString();
  }
}
