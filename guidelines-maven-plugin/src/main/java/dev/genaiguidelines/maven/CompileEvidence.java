package dev.genaiguidelines.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the compile left behind, read before {@code check} trusts the classes: whether every
 * source the compiler was given has its class (a compile that failed under
 * {@code maven.compiler.failOnError=false} leaves none, or only some), and whether classes that
 * declare uses hold the catalog the processor generates (it did not run).
 */
final class CompileEvidence {

  /** The service file every catalog provider the processor generates is registered in. */
  static final String CATALOG_SERVICE =
      "META-INF/services/dev.genaiguidelines.annotations.GenAiCatalog$Provider";

  /** How many missing classes a message names before it only counts the rest. */
  private static final int SHOWN = 5;

  private CompileEvidence() {}

  /**
   * Why the classes cannot be trusted to be the sources' compile, or empty when they can.
   *
   * @param classCount the class files the scan read
   * @param buildDirectory {@code project.build.directory}, where maven-compiler-plugin records
   *     in {@code maven-status/} which sources it compiled
   * @param compilerOutput {@code project.build.outputDirectory}: classes read from anywhere else
   *     ({@code guidelines.classesDirectory}) are not this compile's, and are not compared
   */
  static Optional<String> incompleteCompile(CompiledModule module, int classCount,
      Path buildDirectory, Path compilerOutput) {
    if (!module.classesDirectory().equals(
        module.basedir().resolve(compilerOutput).toAbsolutePath().normalize())
        || onlyTheJar(module)) {
      return Optional.empty();
    }
    Set<Path> sources = compiledSources(module, buildDirectory);
    if (classCount == 0) {
      // The compiler's record may list sources deleted since: only those still there count.
      sources.removeIf(source -> !Files.isRegularFile(source));
    }
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    String classes = module.display(module.classesDirectory());
    if (classCount == 0) {
      return Optional.of("No class in " + classes + " although the project has "
          + CheckOutcome.plural(sources.size(), "Java source") + ": the compile failed or did"
          + " not run (is maven.compiler.failOnError false?), so there is nothing the GenAI"
          + " guidelines could be checked on. Fix the compile errors, then run mvn verify.");
    }
    List<String> missing = new ArrayList<>();
    Map<String, Set<String>> listings = new HashMap<>();
    for (Path source : sources) {
      // A source is asked whether it still exists only when its class is missing, and classes
      // are looked up in their folder's listing, read once: a few dozen file system calls for
      // a module of thousands of classes instead of two per source.
      String expected = expectedClass(module, source);
      if (expected != null && !listed(module.classesDirectory(), expected, listings)
          && Files.isRegularFile(source) && declaresItsNamesake(source)) {
        missing.add(module.display(source) + " (no " + expected + ")");
      }
    }
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    String shown = missing.stream().limit(SHOWN).collect(Collectors.joining(", "))
        + (missing.size() > SHOWN ? " and " + (missing.size() - SHOWN) + " more" : "");
    return Optional.of(CheckOutcome.plural(missing.size(), "Java source") + " compiled into "
        + classes + " left no class: " + shown + ". The compile failed for "
        + (missing.size() == 1 ? "it" : "them") + " (is maven.compiler.failOnError false?), so"
        + " the GenAI guidelines would judge an incomplete module. Fix the compile errors, then"
        + " run mvn verify.");
  }

  /**
   * True when the jar that ships is scanned and no classes directory is beside it: a build cache
   * restored the module (the Apache Maven Build Cache Extension restores the jar, not
   * {@code target/classes}), or the jar was made elsewhere. No compile ran in this build, so
   * there is no compile of this build to compare the sources with.
   */
  static boolean onlyTheJar(CompiledModule module) {
    return module.jar() != null && !Files.isDirectory(module.classesDirectory());
  }

  /**
   * The sources the compiler was given: those maven-compiler-plugin lists in its
   * {@code inputFiles.lst} (so its includes and excludes count; a source deleted since may be
   * among them), else every {@code .java} file of the source roots.
   */
  static Set<Path> compiledSources(CompiledModule module, Path buildDirectory) {
    Set<Path> listed = new LinkedHashSet<>();
    Path status = buildDirectory.resolve("maven-status/maven-compiler-plugin/compile");
    boolean recorded = false;
    if (Files.isDirectory(status)) {
      try (DirectoryStream<Path> executions = Files.newDirectoryStream(status)) {
        for (Path execution : executions) {
          Path inputs = execution.resolve("inputFiles.lst");
          if (!Files.isRegularFile(inputs)) {
            continue;
          }
          recorded = true;
          for (String line : Files.readAllLines(inputs, StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (name.endsWith(".java")) {
              listed.add(module.basedir().resolve(name).normalize());
            }
          }
        }
      } catch (IOException | RuntimeException unreadable) {
        // The record is the compiler plugin's; without it, fall back to the source roots.
        recorded = false;
        listed.clear();
      }
    }
    if (recorded) {
      return listed;
    }
    Set<Path> all = new LinkedHashSet<>();
    for (Path root : module.sourceRoots()) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted()
            .forEach(all::add);
      } catch (IOException | UncheckedIOException e) {
        // An unreadable source tree is the compiler's to report.
      }
    }
    return all;
  }

  /**
   * Whether {@code relative} ({@code com/x/Foo.class}) is in {@code classes}, from its folder's
   * listing in {@code listings} (read on first use; an unreadable folder lists nothing). Any
   * entry of that name counts: the engineer who could put a folder there could as well put an
   * empty file, and the scan reads what is really there.
   */
  private static boolean listed(Path classes, String relative,
      Map<String, Set<String>> listings) {
    int slash = relative.lastIndexOf('/');
    String folder = slash < 0 ? "" : relative.substring(0, slash);
    Set<String> files = listings.computeIfAbsent(folder, name -> {
      Set<String> names = new HashSet<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(classes.resolve(name))) {
        for (Path entry : entries) {
          names.add(entry.getFileName().toString());
        }
      } catch (IOException | RuntimeException unreadable) {
        // No folder, or none that can be read: none of its classes is there.
      }
      return names;
    });
    return files.contains(relative.substring(slash + 1));
  }

  /**
   * The class a source compiles to by javac's convention, {@code com/x/Foo.class} for
   * {@code <root>/com/x/Foo.java}; null for {@code package-info} and {@code module-info} (a
   * class only when annotated) or a source outside every source root.
   */
  private static String expectedClass(CompiledModule module, Path source) {
    String name = source.getFileName().toString();
    if (name.equals("package-info.java") || name.equals("module-info.java")) {
      return null;
    }
    for (Path root : module.sourceRoots()) {
      if (source.startsWith(root)) {
        String relative = CompiledModule.slashes(root.relativize(source));
        return relative.substring(0, relative.length() - ".java".length()) + ".class";
      }
    }
    return null;
  }

  /**
   * True when {@code source} declares a type named after its file, so that type's class is
   * expected. javac allows a file whose only type is named otherwise (a package-private
   * {@code class Helper} in {@code Util.java}); its missing namesake says nothing. An unreadable
   * file counts as declaring it: the compiler could not have compiled it either.
   */
  private static boolean declaresItsNamesake(Path source) {
    String file = source.getFileName().toString();
    String name = file.substring(0, file.length() - ".java".length());
    try {
      return Pattern.compile("\\b(?:class|interface|enum|record)\\s+" + Pattern.quote(name)
          + "\\b").matcher(Files.readString(source, StandardCharsets.UTF_8)).find();
    } catch (IOException | RuntimeException unreadable) {
      return true;
    }
  }

  /**
   * True when what the scan read (the jar that ships, else the classes directory) holds a
   * generated catalog: {@link #CATALOG_SERVICE} names at least one provider whose class file is
   * there. The jar is what {@code GenAiCatalog.load()} reads at run time, and a module restored
   * from a build cache has no classes directory.
   */
  static boolean hasCatalog(CompiledModule module) {
    return module.jar() != null ? jarHasCatalog(module.jar()) : hasCatalog(module.classesDirectory());
  }

  private static boolean hasCatalog(Path classesDirectory) {
    Path service = classesDirectory.resolve(CATALOG_SERVICE);
    if (!Files.isRegularFile(service)) {
      return false;
    }
    try {
      for (String provider : providers(Files.readString(service, StandardCharsets.UTF_8))) {
        if (Files.isRegularFile(classesDirectory.resolve(provider))) {
          return true;
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      return false;
    }
    return false;
  }

  private static boolean jarHasCatalog(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry service = zip.getEntry(CATALOG_SERVICE);
      if (service == null || service.isDirectory()) {
        return false;
      }
      String text;
      try (InputStream in = zip.getInputStream(service)) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      for (String provider : providers(text)) {
        ZipEntry entry = zip.getEntry(provider);
        if (entry != null && !entry.isDirectory()) {
          return true;
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // The scan names an unreadable jar itself; here it only holds no catalog we could see.
      return false;
    }
    return false;
  }

  /** The class files a service file's provider lines name, comments and blanks left out. */
  private static List<String> providers(String serviceFile) {
    List<String> classes = new ArrayList<>();
    for (String line : serviceFile.split("\\R")) {
      String provider = line.replaceFirst("#.*", "").strip();
      if (!provider.isEmpty()) {
        classes.add(provider.replace('.', '/') + ".class");
      }
    }
    return classes;
  }

  /**
   * What {@code check} says when classes declare {@code uses} but hold no catalog, with the XML
   * that puts the processor where the compiler runs it.
   */
  static List<String> missingCatalog(String classesShown, int uses, String processorVersion) {
    return List.of(
        "The classes in " + classesShown + " declare "
            + CheckOutcome.plural(uses, "@GenAiUse", "@GenAiUse declarations")
            + " but hold no GenAI catalog (no " + CATALOG_SERVICE + "): guidelines-processor did"
            + " not run when they were compiled, so nothing was checked at compile time and"
            + " GenAiCatalog.load() will find none of these uses at run time.",
        "Put it on maven-compiler-plugin's annotationProcessorPaths (a <dependency> is not"
            + " enough: javac 23 and later run no processor found on the class path), remove"
            + " <proc>none</proc> or -proc:none, and rebuild with mvn clean verify:",
        "<plugin>",
        "  <groupId>org.apache.maven.plugins</groupId>",
        "  <artifactId>maven-compiler-plugin</artifactId>",
        "  <configuration>",
        "    <annotationProcessorPaths>",
        "      <path>",
        "        <groupId>dev.genaiguidelines</groupId>",
        "        <artifactId>guidelines-processor</artifactId>",
        "        <version>" + processorVersion + "</version>",
        "      </path>",
        "    </annotationProcessorPaths>",
        "  </configuration>",
        "</plugin>",
        "Classes compiled without the processor on purpose: set guidelines.failOnMissingCatalog"
            + " to false.");
  }
}
