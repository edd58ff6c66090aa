package dev.genaiguidelines.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/** Policy files and compilations for processor tests. */
final class Policies {

  /** Judged as of this day unless a test says otherwise. */
  static final String AS_OF = "2026-01-01";

  /**
   * A studio policy: one safe tool, one not enterprise-secured, one that trains on inputs; an
   * approval for 'hero-creature', one for 'de-aging-pass', one expired; a consent for
   * 'de-aging-pass'.
   */
  static final String STUDIO = """
      policy: netflix-2025
      tools:
        - id: runway-gen4
          vendor: Runway
          enterpriseSecured: true
          trainsOnInputs: false
          retainsInputs: false
          agreement: ENT-2025-014
        - id: open-sketch
          vendor: Open Sketch
          enterpriseSecured: false
          trainsOnInputs: false
          retainsInputs: false
        - id: data-keeper
          vendor: Keeper
          enterpriseSecured: true
          trainsOnInputs: true
          retainsInputs: false
      approvals:
        - id: APR-2025-0042
          uses: [hero-creature]
          approvedBy: Studio Legal
          date: 2025-09-01
          expires: 2099-09-01
        - id: APR-2025-0077
          uses: [de-aging-pass]
          approvedBy: Studio Legal
          date: 2025-09-01
        - id: APR-2024-0001
          uses: [old-pass]
          approvedBy: Studio Legal
          date: 2024-01-01
          expires: 2025-06-30
      consents:
        - id: CON-2025-007
          uses: [de-aging-pass]
          performer: A. Performer
          expires: 2027-01-01
      """;

  /** The same registry with no ledger at all, so references cannot be verified. */
  static final String REGISTRY_ONLY = """
      policy: netflix-2025
      tools:
        - id: runway-gen4
          vendor: Runway
          enterpriseSecured: true
          trainsOnInputs: false
          retainsInputs: false
      """;

  private Policies() {}

  /** Writes {@code yaml} as {@code dir/genai-policy.yaml}. */
  static Path write(Path dir, String yaml) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve("genai-policy.yaml");
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles with the processor, {@code policy} and {@link #AS_OF}. */
  static Compilation compile(Path policy, JavaFileObject... sources) {
    return compile(policy, AS_OF, sources);
  }

  /**
   * Asserts that {@code compilation} failed with exactly one error, anchored in {@code source} on
   * the line containing {@code line}, whose message contains each of {@code message}'s parts.
   */
  static void assertOnlyError(Compilation compilation, JavaFileObject source, String line,
      String... message) {
    for (String part : message) {
      assertThat(compilation).hadErrorContaining(part).inFile(source).onLineContaining(line);
    }
    assertThat(compilation).hadErrorCount(1);
  }

  static Compilation compile(Path policy, String asOf, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new GenAiUseProcessor())
        .withOptions("-Agenai.policy=" + policy, "-Agenai.asOf=" + asOf)
        .compile(sources);
  }
}
