package dev.genaiguidelines.maven;

import dev.genaiguidelines.annotations.GenAiUse;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Writes Java sources into a project's {@code src/main/java} and compiles them into
 * {@code target/classes} with javac, without the annotation processor, so the mojos judge real
 * class files.
 */
final class FixtureCompiler {

  private FixtureCompiler() {}

  /** @param sources source-root-relative path ({@code com/x/Foo.java}) to its text */
  static void compile(Path project, Map<String, String> sources) throws IOException {
    Path sourceRoot = project.resolve("src/main/java");
    Path classes = project.resolve("target/classes");
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("-proc:none", "-g", "--release", "17",
        "-cp", annotationsJar(), "-d", classes.toString()));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = sourceRoot.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, errors, errors, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("fixture did not compile: "
          + errors.toString(StandardCharsets.UTF_8));
    }
  }

  private static String annotationsJar() {
    try {
      return Path.of(GenAiUse.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
