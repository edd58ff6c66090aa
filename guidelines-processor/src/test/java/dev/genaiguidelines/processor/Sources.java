package dev.genaiguidelines.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Builds {@code @GenAiUse} declarations for tests, one attribute per line, so a test can assert
 * the exact line a diagnostic points at ({@code onLineContaining("output = ...")}).
 */
final class Sources {

  private final Map<String, String> attributes = new LinkedHashMap<>();

  private Sources(String id) {
    attributes.put("id", quote(id));
    attributes.put("tool", quote("runway-gen4"));
    attributes.put("purpose", quote("Turns beat-sheet lines into rough storyboard frames."));
    attributes.put("output", "Output.TEMPORARY");
    attributes.put("inputs", "DataInput.NONE");
    attributes.put("creates", "Creates.PREVIS");
  }

  /** A use that is only to be socialized under {@link Policies#STUDIO}. */
  static Sources use(String id) {
    return new Sources(id);
  }

  /** Sets an attribute to a Java expression, e.g. {@code set("output", "Output.FINAL_DELIVERABLE")}. */
  Sources set(String attribute, String expression) {
    attributes.put(attribute, expression);
    return this;
  }

  /** Sets a String attribute. */
  Sources string(String attribute, String value) {
    return set(attribute, quote(value));
  }

  Sources remove(String attribute) {
    attributes.remove(attribute);
    return this;
  }

  /** The annotation, one attribute per line. */
  List<String> annotationLines() {
    List<String> lines = new ArrayList<>();
    lines.add("@GenAiUse(");
    List<String> entries = new ArrayList<>();
    attributes.forEach((name, value) -> entries.add("    " + name + " = " + value));
    for (int i = 0; i < entries.size(); i++) {
      lines.add(entries.get(i) + (i < entries.size() - 1 ? "," : ")"));
    }
    return lines;
  }

  /** A class {@code qualifiedName} carrying this use. */
  JavaFileObject onClass(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    List<String> lines = new ArrayList<>(header(qualifiedName.substring(0, dot)));
    lines.addAll(annotationLines());
    lines.add("public class " + qualifiedName.substring(dot + 1) + " {}");
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** The package and imports every test source starts with. */
  static List<String> header(String packageName) {
    return List.of(
        "package " + packageName + ";",
        "",
        "import dev.genaiguidelines.annotations.*;",
        "");
  }

  /** A source from lines, after {@link #header}. */
  static JavaFileObject source(String qualifiedName, List<String> body) {
    List<String> lines = new ArrayList<>(
        header(qualifiedName.substring(0, qualifiedName.lastIndexOf('.'))));
    lines.addAll(body);
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** Flattens lines and lists of lines into one list, for building sources. */
  static List<String> lines(Object... parts) {
    List<String> lines = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof List<?> list) {
        list.forEach(line -> lines.add((String) line));
      } else {
        lines.add((String) part);
      }
    }
    return lines;
  }

  /** The lines, indented by two spaces: a member's annotation. */
  static List<String> indent(List<String> lines) {
    return lines.stream().map(line -> "  " + line).toList();
  }

  static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
