package dev.genaiguidelines.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Where the benchmark works: the repository root (for the Maven wrapper), the data directory
 * for generated projects and corpora, and the benchmark's own local Maven repository and
 * settings, into which run.sh installed the jars under test.
 *
 * @param root the repository root, holding {@code mvnw}
 * @param dataDir generated projects, corpora and logs (benchmarks/target/bench-data)
 * @param localRepository the benchmark's local repository (benchmarks/target/repo)
 * @param settings benchmarks/settings.xml
 */
record BenchSetup(Path root, Path dataDir, Path localRepository, Path settings) {

  BenchSetup {
    root = root.toAbsolutePath().normalize();
    dataDir = dataDir.toAbsolutePath().normalize();
    localRepository = localRepository.toAbsolutePath().normalize();
    settings = settings.toAbsolutePath().normalize();
  }

  /** The version of the annotations, processor and plugin under test. */
  String guidelinesVersion() {
    Properties properties = new Properties();
    try (InputStream in = BenchSetup.class.getResourceAsStream("bench.properties")) {
      if (in == null) {
        throw new IllegalStateException("bench.properties is missing: build the benchmarks "
            + "with Maven (benchmarks/run.sh), which fills in the version under test.");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read bench.properties: " + e.getMessage(), e);
    }
    return properties.getProperty("guidelines.version");
  }

  /** The wrapper with the benchmark's repository and settings, batch mode, offline if asked. */
  List<String> mavenCommand(boolean offline) {
    List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-B"));
    if (offline) {
      command.add("-o");
    }
    command.add("-s");
    command.add(settings.toString());
    command.add("-Dmaven.repo.local=" + localRepository);
    return command;
  }

  /** The java of this JVM, for child JVMs. */
  Path javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }
}
