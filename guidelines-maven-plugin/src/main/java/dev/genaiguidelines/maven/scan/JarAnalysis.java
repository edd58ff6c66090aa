package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.maven.scan.TypeSummary.MethodSummary;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one dependency holds, as far as the dependency scan cares: the vendors of the marker
 * packages its classes are in, whether it carries the processor's catalog, and its classes'
 * call graph; what {@link DependencyCache} keeps per jar digest.
 *
 * @param vendors the vendors of the marker packages its classes lie in, sorted
 * @param declaresUses it carries the catalog service file of guidelines-processor
 * @param types its classes outside the marker packages, summarized
 * @param unreadable its class files that could not be read
 * @param codeRead the paths of the class files read with their code (the relevant ones, see
 *     {@link WrapperRelevance}), sorted; the others were read without
 */
record JarAnalysis(List<String> vendors, boolean declaresUses, List<TypeSummary> types,
    List<UnreadableClass> unreadable, List<String> codeRead) {

  JarAnalysis {
    codeRead = codeRead.stream().sorted().toList();
    vendors = List.copyOf(vendors);
    types = List.copyOf(types);
    unreadable = List.copyOf(unreadable);
  }

  /** Writes it with a table of its strings first, since class names repeat in every edge. */
  void write(DataOutputStream out) throws IOException {
    Map<String, Integer> table = new LinkedHashMap<>();
    for (TypeSummary type : types) {
      intern(table, type.name());
      intern(table, type.superName());
      type.interfaces().forEach(name -> intern(table, name));
      for (MethodSummary method : type.methods()) {
        intern(table, method.key());
        intern(table, method.target());
        intern(table, method.marker());
        method.calls().forEach(call -> intern(table, call));
      }
    }
    out.writeInt(table.size());
    for (String text : table.keySet()) {
      DependencyCache.writeString(out, text);
    }
    writeStrings(out, vendors);
    writeStrings(out, codeRead);
    out.writeBoolean(declaresUses);
    out.writeInt(unreadable.size());
    for (UnreadableClass file : unreadable) {
      DependencyCache.writeString(out, file.path());
      DependencyCache.writeString(out, file.reason());
    }
    out.writeInt(types.size());
    for (TypeSummary type : types) {
      out.writeInt(table.get(type.name()));
      out.writeInt(table.get(type.superName()));
      out.writeInt(type.interfaces().size());
      for (String name : type.interfaces()) {
        out.writeInt(table.get(name));
      }
      out.writeInt(type.methods().size());
      for (MethodSummary method : type.methods()) {
        out.writeInt(table.get(method.key()));
        out.writeByte((method.overridable() ? 1 : 0) | (method.covered() ? 2 : 0));
        out.writeInt(table.get(method.target()));
        out.writeInt(table.get(method.marker()));
        out.writeInt(method.calls().size());
        for (String call : method.calls()) {
          out.writeInt(table.get(call));
        }
      }
    }
  }

  /** Reads what {@link #write} wrote; a malformed input throws IOException or a runtime one. */
  static JarAnalysis read(DataInputStream in) throws IOException {
    String[] table = new String[DependencyCache.count(in)];
    for (int i = 0; i < table.length; i++) {
      table[i] = DependencyCache.readString(in);
    }
    List<String> vendors = readStrings(in);
    List<String> codeRead = readStrings(in);
    boolean declaresUses = in.readBoolean();
    List<UnreadableClass> unreadable = new ArrayList<>();
    for (int i = DependencyCache.count(in); i > 0; i--) {
      unreadable.add(new UnreadableClass(DependencyCache.readString(in),
          DependencyCache.readString(in)));
    }
    List<TypeSummary> types = new ArrayList<>();
    for (int i = DependencyCache.count(in); i > 0; i--) {
      String name = table[in.readInt()];
      String superName = table[in.readInt()];
      List<String> interfaces = new ArrayList<>();
      for (int j = DependencyCache.count(in); j > 0; j--) {
        interfaces.add(table[in.readInt()]);
      }
      List<MethodSummary> methods = new ArrayList<>();
      for (int j = DependencyCache.count(in); j > 0; j--) {
        String key = table[in.readInt()];
        int flags = in.readByte();
        String target = table[in.readInt()];
        String marker = table[in.readInt()];
        List<String> calls = new ArrayList<>();
        for (int k = DependencyCache.count(in); k > 0; k--) {
          calls.add(table[in.readInt()]);
        }
        methods.add(new MethodSummary(key, (flags & 1) != 0, (flags & 2) != 0, target, marker,
            calls));
      }
      types.add(new TypeSummary(name, superName, interfaces, methods));
    }
    return new JarAnalysis(vendors, declaresUses, types, unreadable, codeRead);
  }

  private static void intern(Map<String, Integer> table, String text) {
    table.putIfAbsent(text, table.size());
  }

  static void writeStrings(DataOutputStream out, List<String> texts) throws IOException {
    out.writeInt(texts.size());
    for (String text : texts) {
      DependencyCache.writeString(out, text);
    }
  }

  static List<String> readStrings(DataInputStream in) throws IOException {
    List<String> texts = new ArrayList<>();
    for (int i = DependencyCache.count(in); i > 0; i--) {
      texts.add(DependencyCache.readString(in));
    }
    return texts;
  }
}
