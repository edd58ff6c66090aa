package dev.genaiguidelines.maven.scan;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * One dependency's classes as the first, cheap pass of the wrapper-call analysis reads them:
 * from the class file header and constant pool only, never a method body. What
 * {@link WrapperRelevance} needs to decide which classes' code can matter, and what
 * {@link DependencyCache} keeps per jar digest.
 *
 * @param vendors the vendors of the marker packages its classes lie in, sorted
 * @param declaresUses it carries the catalog service file of guidelines-processor
 * @param classes its class files outside the marker packages, in walk order
 * @param unreadable whether a file of it could not be read (the full pass then names it)
 */
record ClassHeaders(List<String> vendors, boolean declaresUses, List<Header> classes,
    boolean unreadable) {

  private static final int CONSTANT_METHODREF = 10;
  private static final int CONSTANT_INTERFACE_METHODREF = 11;
  private static final int CONSTANT_UTF8 = 1;

  ClassHeaders {
    vendors = List.copyOf(vendors);
    classes = List.copyOf(classes);
  }

  /**
   * One class file.
   *
   * @param path its entry name
   * @param name its internal name
   * @param supertypes its superclass (if any) and interfaces
   * @param references the methods its constant pool names ({@code CONSTANT_Methodref} and
   *     {@code InterfaceMethodref}, as {@code owner.nameDescriptor}): every call and method
   *     handle in its code names one
   * @param seed its code may make a GenAI call or declare a use: a marker class, host, service
   *     interface or {@code @GenAiUse} appears in its pool (as {@link ConstantPoolPrefilter} and,
   *     for services, the interfaces of its own jar carrying a marker annotation, decide)
   */
  record Header(String path, String name, List<String> supertypes, List<String> references,
      boolean seed) {
    Header {
      supertypes = List.copyOf(supertypes);
      references = List.copyOf(references);
    }
  }

  /**
   * Reads the headers of {@code dependency}'s class files; {@code entries} takes every file
   * name and says what they tell. Classes in a marker package (the SDK) count by name only.
   */
  static ClassHeaders read(Path dependency, MarkerMatcher matcher, DependencyEntries entries)
      throws IOException {
    Consumer<String> names = entries::add;
    ConstantPoolPrefilter prefilter = matcher.prefilter();
    List<Header> classes = new ArrayList<>();
    Set<String> services = new HashSet<>();
    boolean[] unreadable = {false};
    ArtifactFiles.walkFiles(dependency, new ArtifactFiles.Visitor() {
      @Override
      public void file(String path, long size, ArtifactFiles.Content content) throws IOException {
        names.accept(path);
        if (!path.endsWith(".class") || ClassScanner.inMarkerPackage(matcher, path)) {
          return;
        }
        byte[] bytes;
        try {
          bytes = size > ClassScanner.MAX_CLASS_BYTES ? null
              : content.read(ClassScanner.MAX_CLASS_BYTES);
        } catch (IOException e) {
          bytes = null;
        }
        Header header = bytes == null ? null : header(path, bytes, matcher, prefilter, services);
        if (header == null) {
          unreadable[0] = true;
        } else {
          classes.add(header);
        }
      }

      @Override
      public void unreadable(String path, String reason) {
        names.accept(path);
        unreadable[0] = true;
      }
    });
    if (!services.isEmpty()) {
      // An AI-service interface counts as a GenAI call only within its own jar.
      List<Header> withServices = new ArrayList<>(classes.size());
      for (Header header : classes) {
        boolean calls = header.seed() || header.references().stream()
            .anyMatch(call -> services.contains(call.substring(0, call.indexOf('.'))));
        withServices.add(calls == header.seed() ? header : new Header(header.path(),
            header.name(), header.supertypes(), header.references(), true));
      }
      return new ClassHeaders(entries.vendors(), entries.declaresUses(), withServices,
          unreadable[0]);
    }
    return new ClassHeaders(entries.vendors(), entries.declaresUses(), classes, unreadable[0]);
  }

  /** The header of one class file, or null when the full pass would find it unreadable. */
  private static Header header(String path, byte[] bytes, MarkerMatcher matcher,
      ConstantPoolPrefilter prefilter, Set<String> services) {
    // Only the constant pool is read here, which ASM's constructor checks; the layout of the
    // rest is walked by the second pass, for the dependencies it reads.
    if (ClassFileCheck.headerProblem(bytes) != null) {
      return null;
    }
    try {
      ClassReader reader = new ClassReader(bytes);
      char[] buffer = new char[reader.getMaxStringLength()];
      Set<String> references = new TreeSet<>();
      boolean service = (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0;
      boolean marked = false;
      for (int index = 1; index < reader.getItemCount(); index++) {
        int offset = reader.getItem(index);
        if (offset <= 0) {
          continue;
        }
        if (bytes[offset - 1] == CONSTANT_METHODREF
            || bytes[offset - 1] == CONSTANT_INTERFACE_METHODREF) {
          String owner = reader.readClass(offset, buffer);
          int nameAndType = reader.getItem(reader.readUnsignedShort(offset + 2));
          if (!owner.startsWith("[")) {
            references.add(owner + '.' + reader.readUTF8(nameAndType, buffer)
                + reader.readUTF8(nameAndType + 2, buffer));
          }
        } else if (service && !marked && bytes[offset - 1] == CONSTANT_UTF8
            && bytes[offset + 2] == 'L') {
          // An annotation's descriptor: a marker annotation makes the interface a service.
          int length = reader.readUnsignedShort(offset);
          String text = new String(bytes, offset + 2, length, StandardCharsets.UTF_8);
          marked = text.endsWith(";")
              && matcher.packageMarkerOf(text.substring(1, text.length() - 1)) != null;
        }
      }
      String name = reader.getClassName();
      if (marked) {
        services.add(name);
      }
      List<String> supertypes = new ArrayList<>(List.of(reader.getInterfaces()));
      if (reader.getSuperName() != null) {
        supertypes.add(0, reader.getSuperName());
      }
      return new Header(path, name, supertypes, List.copyOf(references),
          prefilter.mayMatter(reader, bytes));
    } catch (RuntimeException e) {
      return null;
    }
  }

  void write(DataOutputStream out) throws IOException {
    Map<String, Integer> table = new LinkedHashMap<>();
    for (Header header : classes) {
      table.putIfAbsent(header.name(), table.size());
      header.supertypes().forEach(name -> table.putIfAbsent(name, table.size()));
      header.references().forEach(name -> table.putIfAbsent(name, table.size()));
    }
    JarAnalysis.writeStrings(out, List.copyOf(table.keySet()));
    JarAnalysis.writeStrings(out, vendors);
    out.writeBoolean(declaresUses);
    out.writeBoolean(unreadable);
    out.writeInt(classes.size());
    for (Header header : classes) {
      DependencyCache.writeString(out, header.path());
      out.writeInt(table.get(header.name()));
      out.writeBoolean(header.seed());
      for (List<String> names : List.of(header.supertypes(), header.references())) {
        out.writeInt(names.size());
        for (String name : names) {
          out.writeInt(table.get(name));
        }
      }
    }
  }

  static ClassHeaders read(DataInputStream in) throws IOException {
    List<String> table = JarAnalysis.readStrings(in);
    List<String> vendors = JarAnalysis.readStrings(in);
    boolean declaresUses = in.readBoolean();
    boolean unreadable = in.readBoolean();
    List<Header> classes = new ArrayList<>();
    for (int i = DependencyCache.count(in); i > 0; i--) {
      String path = DependencyCache.readString(in);
      String name = table.get(in.readInt());
      boolean seed = in.readBoolean();
      List<List<String>> lists = new ArrayList<>(2);
      for (int list = 0; list < 2; list++) {
        List<String> names = new ArrayList<>();
        for (int j = DependencyCache.count(in); j > 0; j--) {
          names.add(table.get(in.readInt()));
        }
        lists.add(names);
      }
      classes.add(new Header(path, name, lists.get(0), lists.get(1), seed));
    }
    return new ClassHeaders(vendors, declaresUses, classes, unreadable);
  }
}
