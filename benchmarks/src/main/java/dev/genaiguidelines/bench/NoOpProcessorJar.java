package dev.genaiguidelines.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Packages {@link FloorProcessors.NoOp} as a processor jar, registered for javac's service
 * lookup, and installs it with a pom into the benchmark's local repository, so figure 1's floor
 * build names it on {@code annotationProcessorPaths} exactly where the studio's build names
 * guidelines-processor.
 */
final class NoOpProcessorJar {

  static final String GROUP_ID = "dev.genaiguidelines.bench";
  static final String ARTIFACT_ID = "bench-no-op-processor";
  static final String VERSION = "1.0";

  /** The classes the processor needs at run time: itself, its base class and their host. */
  private static final List<Class<?>> CLASSES = List.of(FloorProcessors.class,
      FloorProcessors.NoOp.class, FloorProcessors.NoOp.class.getSuperclass());

  private NoOpProcessorJar() {}

  /** Writes the jar and its pom into {@code localRepository}; returns the jar. */
  static Path install(Path localRepository) throws IOException {
    Path dir = localRepository.resolve(GROUP_ID.replace('.', '/')).resolve(ARTIFACT_ID)
        .resolve(VERSION);
    Files.createDirectories(dir);
    String base = ARTIFACT_ID + "-" + VERSION;
    Files.writeString(dir.resolve(base + ".pom"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <!-- Written by the GenAI guidelines benchmarks: a processor that does nothing. -->
          <groupId>%s</groupId>
          <artifactId>%s</artifactId>
          <version>%s</version>
        </project>
        """.formatted(GROUP_ID, ARTIFACT_ID, VERSION), StandardCharsets.UTF_8);
    Path jar = dir.resolve(base + ".jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      for (Class<?> type : CLASSES) {
        String entry = type.getName().replace('.', '/') + ".class";
        out.putNextEntry(new JarEntry(entry));
        try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
          if (in == null) {
            throw new IllegalStateException("The harness's own class " + entry + " is missing"
                + " from its class path; rebuild the benchmarks (benchmarks/run.sh).");
          }
          in.transferTo(out);
        }
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/javax.annotation.processing.Processor"));
      out.write((FloorProcessors.NoOp.class.getName() + "\n")
          .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }
}
