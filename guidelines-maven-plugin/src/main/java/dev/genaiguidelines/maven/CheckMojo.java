package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.CheckOutcome.Level;
import dev.genaiguidelines.policy.Assessment;
import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Judges every {@code @GenAiUse} in the compiled classes against the policy, prints a summary and
 * every violation, and fails the build on an ERROR finding, an unapproved or prohibited use, or
 * an undeclared GenAI call.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractGuidelinesMojo {

  /** The compiled classes to read uses and GenAI calls from. */
  @Parameter(property = "guidelines.classesDirectory",
      defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  /**
   * Fails the build on an ERROR finding, a {@code NEEDS_APPROVAL} or {@code PROHIBITED} use, or a
   * class file that cannot be read. When false they are logged as warnings.
   */
  @Parameter(property = "guidelines.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /**
   * Fails the build on a GenAI call that no {@code @GenAiUse} covers (GAI301). When false such
   * calls are logged as warnings.
   */
  @Parameter(property = "guidelines.failOnUndeclared", defaultValue = "true")
  private boolean failOnUndeclared;

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    // Misconfiguration (a bad asOf, a broken policy) fails even where there is nothing to check.
    ComplianceRun run = startRun(project.getBasedir().toPath(), false);
    CompiledModule module = compiledModule(project, classesDirectory, "");
    String classesShown = module.display(module.classesDirectory());
    if (!module.isCompiled()) {
      if (module.hasJavaSources()) {
        throw new MojoExecutionException("No compiled classes in " + classesShown
            + " although the project has Java sources: run check after compile (mvn verify), or"
            + " set guidelines.classesDirectory to where the classes are.");
      }
      getLog().info("No compiled classes in " + classesShown + ": nothing to check");
      return;
    }

    ModuleScan scan = run.scan(module, project.getBasedir().toPath());
    Assessment assessment = run.assess(List.of(scan), singleProjectBuild());

    Level unreadableLevel = failOnViolation ? Level.ERROR : Level.WARNING;
    for (String message : scan.unreadableMessages()) {
      log(unreadableLevel, message);
    }
    if (scan.classCount() == 0) {
      getLog().info("No compiled classes in " + classesShown + ": nothing to check");
    } else if (scan.uses().isEmpty() && scan.calls().isEmpty()) {
      getLog().info("GenAI guidelines: no @GenAiUse declarations and no GenAI calls in "
          + CheckOutcome.plural(scan.classCount(), "class", "classes") + " of " + classesShown);
    }

    CheckOutcome outcome = new CheckOutcome(assessment, scan.unreadable().size(), failOnViolation,
        failOnUndeclared);
    if (!scan.uses().isEmpty() || !scan.calls().isEmpty()) {
      outcome.summary(classesShown, scan.classCount()).forEach(this::log);
    }
    outcome.findings().forEach(this::log);
    outcome.tolerated().ifPresent(getLog()::warn);
    Optional<String> failure = outcome.failure();
    if (failure.isPresent()) {
      throw new MojoFailureException(failure.get());
    }
  }

  private void log(CheckOutcome.Line line) {
    log(line.level(), line.text());
  }

  private void log(Level level, String text) {
    switch (level) {
      case ERROR -> getLog().error(text);
      case WARNING -> getLog().warn(text);
      case INFO -> getLog().info(text);
    }
  }
}
