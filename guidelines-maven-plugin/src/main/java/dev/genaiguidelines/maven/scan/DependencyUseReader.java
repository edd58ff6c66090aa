package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.maven.scan.DependencyScanner.Dependency;
import dev.genaiguidelines.policy.Rule;
import dev.genaiguidelines.policy.UseDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the {@code @GenAiUse} declarations of the dependencies that carry the processor's
 * catalog ({@link DependencyScanner#CATALOG_SERVICE}) from their class files, with the scanner
 * that reads the module's own: no class of a dependency is loaded or run, so its catalog
 * provider's answers, and any verdict the library reached, count for nothing.
 *
 * <p>Each use comes back with the dependency's {@code groupId:artifactId:version} as its
 * {@code module} and its source file named inside the dependency
 * ({@code aikit-1.0.jar!/com/acme/aikit/Summarizer.java}), so every report and log line says
 * whose use it is. A dependency, or a class of it, that cannot be read is a warning naming it:
 * a use it declares would otherwise go unjudged without a word.
 */
public final class DependencyUseReader {

  /**
   * What the dependencies declare.
   *
   * @param uses every use read, dependency by dependency in the order given, each in class-file
   *     path order
   * @param warnings one line per dependency or class file that could not be read, naming it
   */
  public record Result(List<UseDeclaration> uses, List<String> warnings) {
    public Result {
      uses = List.copyOf(uses);
      warnings = List.copyOf(warnings);
    }
  }

  private final ClassScanner scanner = new ClassScanner(MarkerCatalog.builtIn().detection());

  /** Reads each dependency in {@code declaring}; never throws for one it cannot read. */
  public Result read(List<Dependency> declaring) {
    List<UseDeclaration> uses = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Dependency dependency : declaring) {
      Path file = Objects.requireNonNull(dependency.file(), "file");
      String name = Rule.visible(String.valueOf(file.getFileName()));
      String shown = dependency.coordinates() + " (" + name + ")";
      ScanResult result;
      try {
        result = scanner.scan(file);
      } catch (IOException | UncheckedIOException | SecurityException e) {
        String why = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
        warnings.add("Cannot read the GenAI uses dependency " + shown + " declares: "
            + Rule.visible(why) + "; they are not judged. Rebuild or replace the dependency.");
        continue;
      }
      for (UnreadableClass unreadable : result.unreadable()) {
        warnings.add("Cannot read " + Rule.visible(unreadable.path()) + " in dependency " + shown
            + ": " + unreadable.reason() + "; a GenAI use it declares is not judged. Report it"
            + " to the dependency's maintainers.");
      }
      if (result.uses().isEmpty() && result.unreadable().isEmpty()) {
        warnings.add("Dependency " + shown + " carries a GenAI catalog (" + DependencyScanner
            .CATALOG_SERVICE + ") but none of its " + result.classCount() + " class files"
            + " declares @GenAiUse: the uses its catalog lists cannot be judged. Ask its"
            + " maintainers to keep @GenAiUse (retention RUNTIME) in the classes they ship.");
      }
      String prefix = Files.isDirectory(file) ? name + "/" : name + "!/";
      for (UseDeclaration use : result.uses()) {
        uses.add(use.toBuilder().module(dependency.coordinates())
            .source(use.sourceFile().isEmpty() ? "" : prefix + use.sourceFile(), use.line())
            .build());
      }
    }
    return new Result(uses, warnings);
  }
}
