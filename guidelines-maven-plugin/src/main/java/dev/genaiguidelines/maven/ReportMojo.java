package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.baseline.BaselineReport;
import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.report.ReportContext;
import dev.genaiguidelines.maven.report.ReportFormat;
import dev.genaiguidelines.policy.Assessment;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProjectHelper;
import org.eclipse.aether.RepositorySystem;

/**
 * Writes the project's GenAI compliance reports and attaches them. It runs before {@code check}
 * and never fails on violations, so a failing build still leaves its report. With
 * {@code guidelines.baseline} every report also shows what changed since that release, and
 * {@code guidelines.failOnNewEscalation} fails the build, after writing, on new escalated uses.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class ReportMojo extends AbstractReportMojo {

  /**
   * The compiled classes to read uses and GenAI calls from when the build has packaged no jar;
   * once it has, the jar that ships is read instead.
   */
  @Parameter(property = "guidelines.classesDirectory",
      defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  @Inject
  public ReportMojo(MavenProjectHelper projectHelper, RepositorySystem repositorySystem) {
    super(projectHelper, repositorySystem);
  }

  /**
   * With {@code guidelines.skip} the release still carries a JSON report: one that says it was
   * skipped and claims no result.
   */
  @Override
  protected void skipped() throws MojoExecutionException {
    Path file = ReportFiles.writeSkipped(contextOf(project)
        .withEnforcement(EnforcementReader.of(project, session)), outputDirectory.toPath());
    getLog().info("GenAI compliance report (skipped, no result): "
        + shown(project.getBasedir().toPath(), file));
    attachReports(project, java.util.Map.of(ReportFormat.JSON, file));
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    List<ReportFormat> chosen = chosenFormats();
    Path basedir = project.getBasedir().toPath();
    ComplianceRun run = startRun(basedir, true);
    Optional<BaselineReport> baselineReport = loadBaseline(project);
    CompiledModule module = shippedModule(classesDirectory);
    if (!module.isCompiled() && module.hasJavaSources()) {
      throw new MojoExecutionException("No compiled classes in "
          + module.display(module.scanned())
          + " although the project has Java sources: run report after compile (mvn package), or"
          + " set guidelines.classesDirectory to where the classes are.");
    }

    RuntimeDependencies.Found dependencies =
        RuntimeDependencies.find(project, session, run.policy().detect(), getLog()::warn);
    ModuleScan scan = ScanReuse.scan(project, run, module, basedir, dependencies.wrappers());
    // A failed compile (maven.compiler.failOnError=false): check fails on it, and the reports
    // are still written, of what was compiled. Otherwise sources with nothing scanned is an error.
    Optional<String> incomplete = CompileEvidence.incompleteCompile(module, scan.classCount(),
        Path.of(project.getBuild().getDirectory()),
        Path.of(project.getBuild().getOutputDirectory()));
    if (incomplete.isPresent()) {
      getLog().warn(incomplete.get() + " The GenAI compliance reports of "
          + project.getArtifactId() + " list only what was compiled.");
    } else {
      requireClassesForSources(module, scan);
    }
    // The reports list what could not be read; check is the goal that fails on it.
    scan.unreadableMessages().forEach(getLog()::warn);
    if (!scan.unreadable().isEmpty()) {
      getLog().warn("The GenAI compliance reports of " + project.getArtifactId() + " may be"
          + " incomplete: they list " + CheckOutcome.plural(scan.unreadable().size(),
              "class file") + " that could not be read");
    }
    if (scan.classCount() == 0) {
      getLog().info("No compiled classes in " + module.display(module.scanned())
          + ": the GenAI compliance reports of " + project.getArtifactId()
          + " list no uses and no GenAI calls");
    }
    Assessment assessment = run.assess(scan, project.getArtifactId(), dependencies,
        getLog()::warn, singleProjectBuild());

    Optional<Changes> changes = baselineReport.map(base -> Changes.between(base, assessment));
    ReportContext context = contextOf(project).withUnreadable(scan.unreadableFiles(basedir))
        .withScope(scan.scope())
        .withEnforcement(EnforcementReader.of(project, session))
        .withDependencies(dependencies.sdks())
        .withDependencyAnalysis(dependencies.analysis());
    Map<ReportFormat, Path> files = writeReports(chosen,
        changes.map(context::withChanges).orElse(context), project, assessment, basedir);
    attachReports(project, files);
    judgeChanges(changes);
  }
}
