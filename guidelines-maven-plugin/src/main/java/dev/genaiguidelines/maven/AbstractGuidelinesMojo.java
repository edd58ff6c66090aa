package dev.genaiguidelines.maven;

import dev.genaiguidelines.policy.Policy;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters and steps every goal shares: {@code skip}, the policy and the day it is judged
 * on, then the goal's own {@link #run()}.
 */
public abstract class AbstractGuidelinesMojo extends AbstractMojo {

  /** The project being built. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  /** The running build, for the reactor and the multi-module root. */
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  /** Skips the goal, e.g. for a quick local build. */
  @Parameter(property = "guidelines.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * The policy file. By default the first {@code genai-policy.yaml} found in the project's
   * directory and then its parents, up to the multi-module root; without one the built-in
   * {@code netflix-2025} rules apply with an empty tool registry.
   */
  @Parameter(property = "guidelines.policy")
  protected File policy;

  /**
   * The day approval and consent expiry is judged on, as {@code YYYY-MM-DD}. By default the day
   * the build started; set it to make a build's verdicts independent of the calendar.
   */
  @Parameter(property = "guidelines.asOf")
  protected String asOf;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping GenAI guidelines: guidelines.skip is true");
      skipped();
      return;
    }
    if (skipsPomProjects() && "pom".equals(project.getPackaging())) {
      getLog().info("Skipping GenAI guidelines in " + project.getArtifactId()
          + ": its packaging is pom, so it has no compiled classes (report-aggregate covers a"
          + " whole reactor)");
      return;
    }
    run();
  }

  /** What a goal still does when skipped; by default nothing. */
  protected void skipped() throws MojoExecutionException {}

  /** The goal's own work, once it is not skipped. */
  protected abstract void run() throws MojoExecutionException, MojoFailureException;

  /** True for goals that judge one project's classes, which a {@code pom} project has none of. */
  protected boolean skipsPomProjects() {
    return true;
  }

  /**
   * Reads the policy that applies to {@code moduleDir}, logging how to add one when there is
   * none.
   *
   * @param quietWhenMissing true to log the missing-policy note at info, not warning, level
   */
  protected final ComplianceRun startRun(Path moduleDir, boolean quietWhenMissing)
      throws MojoExecutionException {
    LocalDate today = buildDate();
    LocalDate day = ComplianceRun.parseAsOf(asOf, today);
    Path stopDir = stopDirectory(moduleDir);
    Policy loaded = ComplianceRun.loadPolicy(
        Optional.ofNullable(policy).map(File::toPath), moduleDir, stopDir);
    if (loaded.isBuiltInOnly()) {
      String note = ComplianceRun.missingPolicyNote(moduleDir, stopDir);
      if (quietWhenMissing) {
        getLog().info(note);
      } else {
        getLog().warn(note);
      }
    }
    return new ComplianceRun(loaded, day, today,
        project.getGroupId() + ':' + project.getArtifactId());
  }

  /** This project's compiled classes, as the scan sees them. */
  protected final CompiledModule compiledModule(MavenProject module, File classesDirectory,
      String name) {
    List<Path> roots = module.getCompileSourceRoots().stream().map(Path::of).toList();
    return new CompiledModule(name, module.getBasedir().toPath(), classesDirectory.toPath(), roots);
  }

  /**
   * What ships: this project's packaged jar when the build has made one (in {@code package} and
   * later), else {@code classesDirectory}. A {@code classesDirectory} set elsewhere never stands
   * in for a jar that ships; it is then ignored, and the log says so.
   */
  protected final CompiledModule shippedModule(File classesDirectory) {
    List<Path> roots = project.getCompileSourceRoots().stream().map(Path::of).toList();
    Path jar = shippedJar(project);
    if (jar != null && project.getBuild() != null
        && !classesDirectory.toPath().toAbsolutePath().normalize().equals(
            Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize())) {
      CompiledModule shown = new CompiledModule("", project.getBasedir().toPath(),
          classesDirectory.toPath(), roots, jar);
      getLog().warn("guidelines.classesDirectory is set to "
          + shown.display(shown.classesDirectory()) + ", but " + project.getArtifactId()
          + " ships " + jar.getFileName() + ": the GenAI scan reads the jar, which is what ships");
    }
    return new CompiledModule("", project.getBasedir().toPath(), classesDirectory.toPath(), roots,
        jar);
  }

  /** The project's packaged main artifact when it is a jar file the build has made, else null. */
  static Path shippedJar(MavenProject module) {
    File file = module.getArtifact() == null ? null : module.getArtifact().getFile();
    return file != null && file.isFile() && file.getName().endsWith(".jar") ? file.toPath() : null;
  }

  /**
   * Fails when a module with Java sources gave the scan no class file: a report of such a scan
   * would vouch for nothing (a jar packaged before compile, or from another directory; a goal
   * bound before compile).
   */
  static void requireClassesForSources(CompiledModule module, ModuleScan scan)
      throws MojoExecutionException {
    if (scan.classCount() > 0 || !module.isCompiled() || !module.hasJavaSources()) {
      return;
    }
    String scanned = module.display(module.scanned());
    throw new MojoExecutionException("The GenAI scan found no class file in " + scanned
        + " although the project has Java sources: " + (module.jar() != null
            ? "the jar that ships holds none of its compiled classes; package it after compile"
              + " from the classes directory (mvn package)."
            : "the classes directory is empty; run the goal after compile (mvn verify), or set"
              + " guidelines.classesDirectory to where the classes are."));
  }

  /**
   * True when the reactor has only one project, so every use the ledger can cover is in it. A
   * module built alone ({@code mvn -pl vfx}) is not: its reactor has other modules.
   */
  protected final boolean singleProjectBuild() {
    return session == null || reactorProjects().size() <= 1;
  }

  /**
   * Every project of the reactor, including those {@code -pl} leaves out of this build; the
   * selected projects on a Maven too old to know the others.
   */
  protected final List<MavenProject> reactorProjects() {
    List<MavenProject> reactor = null;
    try {
      reactor = session.getAllProjects();
    } catch (NoSuchMethodError olderMaven) {
      // getAllProjects() is recent; before it, the selected projects are all we know.
    }
    if (reactor == null) {
      reactor = session.getProjects();
    }
    return reactor == null ? List.of() : reactor;
  }

  /**
   * The day the build started, so every module of a reactor judges expiry on the same day even
   * when the build runs past midnight.
   */
  protected final LocalDate buildDate() {
    Date start = session == null || session.getRequest() == null
        ? null : session.getRequest().getStartTime();
    return start == null ? LocalDate.now() : LocalDate.ofInstant(start.toInstant(),
        ZoneId.systemDefault());
  }

  /**
   * Where the upward search for a policy file stops: the multi-module root (the directory with
   * {@code .mvn}) when it contains the module, else the top-level project's directory.
   */
  protected final Path stopDirectory(Path moduleDir) {
    Path module = moduleDir.toAbsolutePath().normalize();
    if (session != null && session.getRequest() != null
        && session.getRequest().getMultiModuleProjectDirectory() != null) {
      Path root = session.getRequest().getMultiModuleProjectDirectory().toPath()
          .toAbsolutePath().normalize();
      if (module.startsWith(root)) {
        return root;
      }
    }
    if (session != null && session.getTopLevelProject() != null
        && session.getTopLevelProject().getBasedir() != null) {
      Path top = session.getTopLevelProject().getBasedir().toPath().toAbsolutePath().normalize();
      if (module.startsWith(top)) {
        return top;
      }
    }
    return module;
  }
}
