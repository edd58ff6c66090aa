package dev.genaiguidelines.bench;

import dev.genaiguidelines.annotations.GenAiUse;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources with the JDK's javac in this JVM, as Maven's compiler plugin does. */
final class InProcessJavac {

  private InProcessJavac() {}

  /** What one compilation said. */
  record Outcome(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

    /** The messages of one kind, in the order javac printed them. */
    List<String> messages(Diagnostic.Kind kind) {
      List<String> messages = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
        if (diagnostic.getKind() == kind) {
          messages.add(diagnostic.getMessage(Locale.ROOT));
        }
      }
      return messages;
    }
  }

  /**
   * Compiles {@code sources} into {@code classesDir} against the annotations jar. With no
   * processors, annotation processing is off ({@code -proc:none}), as in the benchmark's baseline.
   *
   * @throws IllegalStateException when javac reports errors, with the first few of them
   */
  static Outcome compile(List<Path> sources, Path classesDir, List<Processor> processors,
      List<String> extraOptions) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("No system Java compiler: run the benchmarks on a JDK, "
          + "not a JRE (java.home=" + System.getProperty("java.home") + ").");
    }
    Files.createDirectories(classesDir);
    List<String> options = new ArrayList<>(List.of(
        "--release", "17",
        "-encoding", "UTF-8",
        "-d", classesDir.toString(),
        "-classpath", annotationsJar().toString(),
        "-implicit:none"));
    if (processors.isEmpty()) {
      options.add("-proc:none");
    }
    options.addAll(extraOptions);
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, collector, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      if (!processors.isEmpty()) {
        task.setProcessors(processors);
      }
      boolean success = task.call();
      Outcome outcome = new Outcome(success, collector.getDiagnostics());
      if (!success) {
        List<String> errors = outcome.messages(Diagnostic.Kind.ERROR);
        throw new IllegalStateException("javac failed on the generated sources with "
            + errors.size() + " error(s); first: " + errors.subList(0, Math.min(3, errors.size())));
      }
      return outcome;
    }
  }

  /** The guidelines-annotations jar (or classes directory) this JVM loaded GenAiUse from. */
  static Path annotationsJar() {
    try {
      return Path.of(GenAiUse.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate guidelines-annotations: " + e.getMessage(), e);
    }
  }
}
