package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.genaiguidelines.annotations.GenAiUse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the processor promises the compiler and build tools: it never claims the annotations,
 * and it declares the Gradle incremental kind that matches what it generates.
 */
class ProcessorContractTest {

  private static final String USE = GenAiUse.class.getCanonicalName();

  @TempDir Path dir;

  private Compilation compile(Processor... processors) {
    return Compiler.javac()
        .withProcessors(processors)
        .withOptions("-Agenai.policy=" + Policies.write(dir, Policies.STUDIO),
            "-Agenai.asOf=" + Policies.AS_OF)
        .compile(Sources.use("storyboards").onClass("com.studio.A"),
            Sources.use("matte-paint").onClass("com.studio.B"));
  }

  /** Supports {@code @GenAiUse} and records whether javac still offered it. */
  private static class Observer extends AbstractProcessor {
    final List<String> offered = new ArrayList<>();
    private final boolean claim;

    Observer(boolean claim) {
      this.claim = claim;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(USE);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      annotations.forEach(type -> offered.add(type.getQualifiedName().toString()));
      return claim;
    }
  }

  @Test
  void processReturnsFalseInEveryRound() {
    SpyingProcessor spy = new SpyingProcessor(new GenAiUseProcessor());

    assertThat(compile(spy)).succeeded();

    // The round with the uses, the round that compiles the generated providers, the last one.
    assertThat(spy.returned.size()).isAtLeast(2);
    assertThat(spy.returned).containsNoneOf(true, null);
  }

  @Test
  void processReturnsFalseAfterACrashToo() {
    SpyingProcessor spy = new SpyingProcessor(new GenAiUseProcessor(use -> {
      throw new IllegalStateException("boom");
    }));

    assertThat(compile(spy)).hadErrorContaining("java.lang.IllegalStateException: boom");

    assertThat(spy.returned).isNotEmpty();
    assertThat(spy.returned).containsNoneOf(true, null);
  }

  @Test
  void aProcessorAfterItIsStillOfferedGenAiUse() {
    Observer after = new Observer(false);

    assertThat(compile(new GenAiUseProcessor(), after)).succeeded();

    assertThat(after.offered).contains(USE);
  }

  @Test
  void twinAProcessorThatClaimsGenAiUseHidesItFromTheNext() {
    // Shows the observer can tell: had GenAiUseProcessor returned true, this is what it would do.
    Observer after = new Observer(false);

    compile(new Observer(true), after);

    assertThat(after.offered).doesNotContain(USE);
  }

  /** A resource of the processor's own jar (or class directory), not of another on the path. */
  private static String ownResource(String name) throws IOException, URISyntaxException {
    Path location = Path.of(
        GenAiUseProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return Files.readString(location.resolve(name), UTF_8);
    }
    try (JarFile jar = new JarFile(location.toFile())) {
      ZipEntry entry = jar.getEntry(name);
      try (InputStream in = jar.getInputStream(entry)) {
        return new String(in.readAllBytes(), UTF_8);
      }
    }
  }

  @Test
  void gradleIsToldTheProcessorIsAggregating() throws Exception {
    assertThat(ownResource("META-INF/gradle/incremental.annotation.processors"))
        .isEqualTo(GenAiUseProcessor.class.getName() + ",aggregating\n");
    // The same name javac finds, so Gradle's declaration is about the processor that runs.
    assertThat(ServicesFile.parse(ownResource("META-INF/services/" + Processor.class.getName())))
        .containsExactly(GenAiUseProcessor.class.getName());
  }

  @Test
  void theServicesFileIsOneFileMadeFromEveryAnnotatedTypeWhichIsWhatAggregatingMeans() {
    // Gradle's isolating kind wants each generated file made from one originating element; a
    // provider lists the uses of every type of its package, and the services file the providers
    // of every package of the module, so only aggregating fits.
    SpyingProcessor spy = new SpyingProcessor(new GenAiUseProcessor());

    Compilation compilation = compile(spy);

    assertThat(spy.created).containsExactly(
        new SpyingProcessor.FilerCall("SOURCE", "com.studio.GenAiUses_4c5d759f",
            List.of("com.studio.A", "com.studio.B")),
        new SpyingProcessor.FilerCall("RESOURCE", ServicesFile.PATH, List.of())).inOrder();
    assertThat(CatalogSourcesTest.servicesFile(compilation))
        .isEqualTo("com.studio.GenAiUses_4c5d759f\n");
  }
}
