package dev.genaiguidelines.maven;

import dev.genaiguidelines.policy.Assessment;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Judges every {@code @GenAiUse} in the compiled classes against the policy, prints a summary and
 * every violation, and fails the build on an ERROR finding, an unapproved or prohibited use, an
 * undeclared GenAI call, or a class file it cannot read; each has its own switch.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends AbstractGuidelinesMojo {

  /**
   * The compiled classes to read uses and GenAI calls from when the build has packaged no jar
   * (before {@code package}); once it has, the jar that ships is read instead.
   */
  @Parameter(property = "guidelines.classesDirectory",
      defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  /**
   * Fails the build on an ERROR finding or a {@code NEEDS_APPROVAL} or {@code PROHIBITED} use.
   * When false they are logged as warnings.
   */
  @Parameter(property = "guidelines.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /**
   * Fails the build on a class file that cannot be read (truncated, not a class file, compiled
   * for a newer Java than this plugin reads, or holding a {@code @GenAiUse} it cannot
   * understand), since the uses and GenAI calls in it cannot be judged. When false each is
   * logged as a warning and the rest of the classes are still judged: for a class that cannot be
   * rebuilt, without turning off {@code failOnViolation}.
   */
  @Parameter(property = "guidelines.failOnUnreadable", defaultValue = "true")
  private boolean failOnUnreadable;

  /**
   * Fails the build on a GenAI call that no {@code @GenAiUse} covers (GAI301), and on a GenAI SDK
   * shipped on the runtime class path of a module that declares no use (GAI302): both are GenAI
   * the build reaches but nobody declared. When false they are logged as warnings.
   */
  @Parameter(property = "guidelines.failOnUndeclared", defaultValue = "true")
  private boolean failOnUndeclared;

  /**
   * Fails the build when the classes declare {@code @GenAiUse} but hold no catalog provider, the
   * sign that guidelines-processor did not run when they were compiled (not on
   * {@code annotationProcessorPaths}, or {@code -proc:none}). Set it to false for classes
   * compiled without the processor on purpose; nothing is logged then.
   */
  @Parameter(property = "guidelines.failOnMissingCatalog", defaultValue = "true")
  private boolean failOnMissingCatalog;

  /** This plugin's version, for the processor path the missing-catalog message shows. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  private String pluginVersion;

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    // Misconfiguration (a bad asOf, a broken policy) fails even where there is nothing to check.
    ComplianceRun run = startRun(project.getBasedir().toPath(), false);
    CompiledModule module = shippedModule(classesDirectory);
    String classesShown = module.display(module.scanned());
    if (!module.isCompiled()) {
      if (module.hasJavaSources()) {
        throw new MojoExecutionException("No compiled classes in " + classesShown
            + " although the project has Java sources: run check after compile (mvn verify), or"
            + " set guidelines.classesDirectory to where the classes are.");
      }
      getLog().info("No compiled classes in " + classesShown + ": nothing to check");
      return;
    }

    RuntimeDependencies.Found dependencies =
        RuntimeDependencies.find(project, session, run.policy().detect(), getLog()::warn);
    ModuleScan scan = ScanReuse.scan(project, run, module, project.getBasedir().toPath(),
        dependencies.wrappers());
    // The remains of a failed compile (maven.compiler.failOnError=false) are not the module;
    // asked first, since it says why the classes directory is empty.
    Optional<String> incomplete = CompileEvidence.incompleteCompile(module, scan.classCount(),
        Path.of(project.getBuild().getDirectory()),
        Path.of(project.getBuild().getOutputDirectory()));
    if (incomplete.isPresent()) {
      throw new MojoExecutionException(incomplete.get());
    }
    requireClassesForSources(module, scan);
    if (CompileEvidence.onlyTheJar(module)) {
      // Say what was not checked rather than fail a module a build cache restored correctly.
      getLog().info("GenAI guidelines: no " + module.display(module.classesDirectory())
          + " beside " + classesShown + " (restored from a build cache?): the jar is judged as"
          + " it ships; whether every source compiled is not checked");
    }
    List<String> missingCatalog = scan.uses().isEmpty()
        || CompileEvidence.hasCatalog(module)
        ? List.of()
        : CompileEvidence.missingCatalog(classesShown, scan.uses().size(),
            pluginVersion == null ? "..." : pluginVersion);
    Assessment assessment = run.assess(scan, project.getArtifactId(), dependencies,
        getLog()::warn, singleProjectBuild());

    CheckOutcome outcome = new CheckOutcome(assessment, scan.unreadableMessages(),
        new CheckOutcome.FailOn(failOnViolation, failOnUndeclared, failOnUnreadable));
    outcome.unreadable().forEach(this::log);
    if (scan.classCount() == 0) {
      getLog().info("No compiled classes in " + classesShown + ": nothing to check");
    } else if (scan.uses().isEmpty() && scan.calls().isEmpty()
        && assessment.dependencyUses().isEmpty()) {
      getLog().info("GenAI guidelines: no @GenAiUse declarations and no GenAI calls in "
          + CheckOutcome.plural(scan.classCount(), "class", "classes") + " of " + classesShown);
    }

    if (!scan.uses().isEmpty() || !scan.calls().isEmpty()
        || !assessment.dependencyUses().isEmpty()) {
      outcome.summary(classesShown, scan.classCount()).forEach(this::log);
    }
    outcome.findings().forEach(this::log);
    outcome.tolerated().ifPresent(getLog()::warn);
    if (failOnMissingCatalog) {
      missingCatalog.forEach(getLog()::error);
    } else if (!missingCatalog.isEmpty()) {
      getLog().debug("No GenAI catalog in " + classesShown + "; guidelines.failOnMissingCatalog"
          + " is false");
    }
    Optional<String> failure = outcome.failure();
    if (failOnMissingCatalog && !missingCatalog.isEmpty()) {
      throw new MojoFailureException(missingCatalog.get(0) + " Put guidelines-processor on"
          + " annotationProcessorPaths as shown above." + failure.map(f -> " " + f).orElse(""));
    }
    if (failure.isPresent()) {
      throw new MojoFailureException(failure.get());
    }
  }

  private void log(CheckOutcome.Line line) {
    switch (line.level()) {
      case ERROR -> getLog().error(line.text());
      case WARNING -> getLog().warn(line.text());
      case INFO -> getLog().info(line.text());
    }
  }
}
