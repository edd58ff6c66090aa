package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.report.ReportFormat;
import dev.genaiguidelines.policy.Assessment;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Writes the project's GenAI compliance reports and attaches them. It runs before {@code check}
 * and never fails on violations, so a failing build still leaves its report.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ReportMojo extends AbstractReportMojo {

  /** The compiled classes to read uses and GenAI calls from. */
  @Parameter(property = "guidelines.classesDirectory",
      defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  @Inject
  public ReportMojo(MavenProjectHelper projectHelper) {
    super(projectHelper);
  }

  @Override
  protected void run() throws MojoExecutionException {
    List<ReportFormat> chosen = chosenFormats();
    Path basedir = project.getBasedir().toPath();
    ComplianceRun run = startRun(basedir, true);
    CompiledModule module = compiledModule(project, classesDirectory, "");
    if (!module.isCompiled() && module.hasJavaSources()) {
      throw new MojoExecutionException("No compiled classes in "
          + module.display(module.classesDirectory())
          + " although the project has Java sources: run report after compile (mvn package), or"
          + " set guidelines.classesDirectory to where the classes are.");
    }

    ModuleScan scan = run.scan(module, basedir);
    // The report lists what it could not read; check is the goal that fails on it.
    scan.unreadableMessages().forEach(getLog()::error);
    Assessment assessment = run.assess(List.of(scan), singleProjectBuild());

    Map<ReportFormat, Path> files = writeReports(chosen, project, assessment, basedir);
    attachReports(project, files);
  }
}
