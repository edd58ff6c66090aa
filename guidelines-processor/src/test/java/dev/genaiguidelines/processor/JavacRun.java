package dev.genaiguidelines.processor;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.genaiguidelines.annotations.GenAiCatalog;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles real files with the system compiler and the processor, as a build tool does: into a
 * class output directory that later compilations reuse.
 */
final class JavacRun {

  /** The diagnostics of one compilation, as {@code KIND: message}, and whether it passed. */
  record Result(boolean succeeded, List<String> diagnostics) {}

  private JavacRun() {}

  /** Writes {@code content} to {@code root/relativePath}, creating directories. */
  static Path write(Path root, String relativePath, String content) {
    try {
      Path file = root.resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles {@code sources} with {@code options} and the processor. */
  static Result compile(List<String> options, List<Path> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      List<String> all = new ArrayList<>(List.of("-encoding", "UTF-8", "-Xlint:-options"));
      all.addAll(options);
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, all, null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new GenAiUseProcessor()));
      boolean succeeded = task.call();
      return new Result(succeeded, diagnostics.getDiagnostics().stream()
          .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
          .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the annotations jar's classes are: a jar, or a directory in a reactor build. */
  static Path annotationsLocation() {
    try {
      return Path.of(
          GenAiCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The annotations as a jar in {@code dir}, with its automatic module name. */
  static Path annotationsJar(Path dir) {
    Path location = annotationsLocation();
    Path jar = dir.resolve("guidelines-annotations.jar");
    try {
      Files.createDirectories(dir);
      if (Files.isRegularFile(location)) {
        return Files.copy(location, jar);
      }
      Manifest manifest = new Manifest();
      manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      manifest.getMainAttributes().putValue("Automatic-Module-Name",
          "dev.genaiguidelines.annotations");
      try (OutputStream out = Files.newOutputStream(jar);
          JarOutputStream zip = new JarOutputStream(out, manifest);
          Stream<Path> classes = Files.walk(location)) {
        for (Path file : classes.filter(Files::isRegularFile).sorted().toList()) {
          String name = location.relativize(file).toString().replace(File.separatorChar, '/');
          if (name.startsWith("META-INF/")) {
            continue;
          }
          zip.putNextEntry(new JarEntry(name));
          zip.write(Files.readAllBytes(file));
          zip.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
