package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.report.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Writes one GenAI compliance report over every module of the reactor into the root's report
 * directory. Module uses carry their artifactId and source paths relative to the root.
 *
 * <p>From the command line ({@code mvn verify guidelines:report-aggregate}) it runs once, after
 * every module is built, and attaches the reports to the root. Bound in the root pom and run with
 * {@code mvn verify}, it runs on the root before the modules are built; it then waits for the
 * last module to finish and writes the reports, without attaching them. In modules that inherit
 * the binding it does nothing: add {@code <inherited>false</inherited>} to the execution to keep
 * it out of their logs.
 */
@Mojo(name = "report-aggregate", defaultPhase = LifecyclePhase.VERIFY, aggregator = true,
    threadSafe = true)
public class ReportAggregateMojo extends AbstractReportMojo {

  @Inject
  public ReportAggregateMojo(MavenProjectHelper projectHelper) {
    super(projectHelper);
  }

  @Override
  protected boolean skipsPomProjects() {
    return false;
  }

  @Override
  protected void run() throws MojoExecutionException {
    MavenProject root = reactorRoot();
    if (!sameProject(root, project)) {
      getLog().info("Skipping GenAI report-aggregate in " + project.getArtifactId()
          + ": the reactor root " + root.getArtifactId() + " writes the aggregate report");
      return;
    }
    List<ReportFormat> chosen = chosenFormats();
    Path rootDir = project.getBasedir().toPath();
    ComplianceRun run = startRun(rootDir, true);
    AggregateWriter writer = new AggregateWriter(run, chosen, contextOf(project),
        outputDirectory.toPath(), rootDir, session.getProjects(), getLog());

    List<MavenProject> unbuilt = session.getProjects().stream()
        .filter(p -> !sameProject(p, project))
        .filter(p -> session.getResult() == null || session.getResult().getBuildSummary(p) == null)
        .toList();
    if (unbuilt.isEmpty()) {
      Map<ReportFormat, Path> files = writer.write();
      attachReports(project, files);
      return;
    }
    if (DeferredAggregate.register(session, unbuilt, writer, getLog())) {
      getLog().info("GenAI aggregate report: " + CheckOutcome.plural(unbuilt.size(),
          "reactor project is", "reactor projects are")
          + " not built yet, so the report is written to "
          + AbstractReportMojo.shown(rootDir, outputDirectory.toPath())
          + " when the last one finishes");
    } else {
      getLog().info("GenAI aggregate report: already waiting for the reactor to finish");
    }
  }

  /** The project this build was started on, or the first one when it was not built itself. */
  private MavenProject reactorRoot() {
    MavenProject top = session.getTopLevelProject();
    if (top != null) {
      return top;
    }
    List<MavenProject> all = session.getProjects();
    return all == null || all.isEmpty() ? project : all.get(0);
  }

  private static boolean sameProject(MavenProject a, MavenProject b) {
    return a == b || (a.getId().equals(b.getId()) && a.getBasedir().equals(b.getBasedir()));
  }
}
