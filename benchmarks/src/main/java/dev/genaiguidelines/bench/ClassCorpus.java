package dev.genaiguidelines.bench;

import dev.genaiguidelines.processor.GenAiUseProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * A directory of compiled pipeline classes for the scan benchmarks. javac compiles one template
 * module of at most {@value #TEMPLATE_CLASSES} classes (a use every {@value #EVERY}) with the
 * processor; larger corpora are whole copies of it, each renamed by ASM into its own package
 * tree, so 100,000 classes cost one javac run and some copying. Sizes that are not a multiple of
 * the template are rounded up to whole copies. Built once and kept under the data directory.
 */
public final class ClassCorpus {

  /** Classes javac compiles for the template; larger corpora are renamed copies of it. */
  public static final int TEMPLATE_CLASSES = 2_000;
  /** A use is declared on every EVERY-th class, as in the Maven build benchmark. */
  public static final int EVERY = 5;
  /** Bumped whenever the generator changes, so stale corpora are rebuilt. */
  private static final String FORMAT = "corpus-v2";
  private static final String COMPLETE = "corpus.complete";
  private static final String PIPELINE_PREFIX =
      PipelineSources.BASE_PACKAGE.replace('.', '/') + "/";

  private ClassCorpus() {}

  /**
   * The classes directory of a corpus of {@code classes} pipeline classes (plus the stub SDK's
   * few), under {@code dataDir}, built when missing.
   */
  public static Path ensure(Path dataDir, int classes) throws IOException {
    return ensure(dataDir, classes, TEMPLATE_CLASSES);
  }

  /** As {@link #ensure(Path, int)}, with copies of at most {@code templateClasses} classes. */
  static Path ensure(Path dataDir, int classes, int templateClasses) throws IOException {
    Path corpus = dataDir.resolve("corpus-" + classes);
    Path marker = dataDir.resolve("corpus-" + classes + "." + COMPLETE);
    int templateSize = Math.min(classes, templateClasses);
    String format = FORMAT + ", template of " + templateSize;
    if (Files.isRegularFile(marker) && Files.readString(marker).equals(format)) {
      return corpus;
    }
    Path template = template(dataDir, templateSize);
    deleteTree(corpus);
    List<Path> pipelineClasses = new ArrayList<>();
    try (Stream<Path> files = Files.walk(template)) {
      files.filter(f -> f.toString().endsWith(".class")).sorted().forEach(f -> {
        String relative = template.relativize(f).toString().replace('\\', '/');
        if (relative.startsWith(PIPELINE_PREFIX)) {
          pipelineClasses.add(f);
        } else {
          copy(f, corpus.resolve(relative));
        }
      });
    }
    // Each copy is the whole template: its classes and the catalog providers the processor
    // generated for them.
    int copies = (classes + templateSize - 1) / templateSize;
    for (int copy = 0; copy < copies; copy++) {
      for (Path file : pipelineClasses) {
        writeCopy(Files.readAllBytes(file), copy, corpus);
      }
    }
    Files.writeString(marker, format, StandardCharsets.UTF_8);
    return corpus;
  }

  /** javac's output for a template of {@code classes} classes, compiled once. */
  private static Path template(Path dataDir, int classes) throws IOException {
    Path root = dataDir.resolve("template-" + classes);
    Path classesDir = root.resolve("classes");
    Path marker = dataDir.resolve("template-" + classes + "." + COMPLETE);
    if (Files.isRegularFile(marker) && Files.readString(marker).equals(FORMAT)) {
      return classesDir;
    }
    deleteTree(root);
    List<Path> sources = new PipelineSources(classes, EVERY).write(root.resolve("src"));
    Path policy = Files.writeString(root.resolve("genai-policy.yaml"), PipelineSources.policyYaml());
    Path generated = Files.createDirectories(root.resolve("generated"));
    // With the processor, as a studio's build compiles: its catalog providers are classes too.
    InProcessJavac.compile(sources, classesDir, List.of(new GenAiUseProcessor()),
        List.of("-s", generated.toString(), "-Agenai.policy=" + policy,
            "-Agenai.asOf=2026-01-01"));
    Files.writeString(marker, FORMAT, StandardCharsets.UTF_8);
    return classesDir;
  }

  /** Copy 0 keeps the template's names; copy c moves every pipeline type under {@code c<c>/}. */
  private static void writeCopy(byte[] bytes, int copy, Path corpus) throws IOException {
    ClassReader reader = new ClassReader(bytes);
    String name = reader.getClassName();
    byte[] out = bytes;
    if (copy > 0) {
      String prefix = PIPELINE_PREFIX + "c" + copy + "/";
      Remapper remapper = new Remapper() {
        @Override
        public String map(String internalName) {
          return internalName.startsWith(PIPELINE_PREFIX)
              ? prefix + internalName.substring(PIPELINE_PREFIX.length())
              : internalName;
        }
      };
      ClassWriter writer = new ClassWriter(0);
      reader.accept(new ClassRemapper(writer, remapper), 0);
      out = writer.toByteArray();
      name = remapper.map(name);
    }
    Path target = corpus.resolve(name + ".class");
    Files.createDirectories(target.getParent());
    Files.write(target, out);
  }

  private static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, to);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
