package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.baseline.BaselineReport;
import dev.genaiguidelines.maven.report.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.eclipse.aether.RepositorySystem;

/**
 * Writes one GenAI compliance report over every module of the reactor into the root's report
 * directory. Module uses carry their artifactId and source paths relative to the root. Each
 * module is judged with the policy its own {@code report} uses (the first
 * {@code genai-policy.yaml} in its directory or its parents up to the reactor root, unless
 * {@code guidelines.policy} names one for all); the JSON report's {@code policy} is the root's,
 * and {@code modulePolicies} lists the modules judged with another. The uses each module's
 * dependencies declare are judged with that module's policy into {@code dependencyUses}, as its
 * own {@code report} judges them, except a dependency that is a project of this reactor, whose
 * uses are the aggregate's own. Unused ledger records (GAI008) are judged only when every project
 * of the reactor was scanned, its dependencies resolved.
 *
 * <p>From the command line ({@code mvn verify guidelines:report-aggregate}) it runs once, after
 * every module is built, and attaches the reports to the root; Maven installed the root before
 * that when the goals include {@code install} or {@code deploy}, so it then installs them into
 * the local repository itself (a deploy does not publish them). Bound in the root pom and run
 * with {@code mvn verify}, it runs on the root before the modules are built; it then waits for
 * the last module to finish and writes the reports, without attaching them. In modules that
 * inherit the binding it does nothing: add {@code <inherited>false</inherited>} to the execution
 * to keep it out of their logs.
 *
 * <p>With {@code guidelines.baseline} set to a version, the report is compared with the aggregate
 * report the root project was published with at that version, resolved before the modules are
 * built; uses are matched by module and id. When the root published none (bound in the root, the
 * aggregate is written after the root was installed), the baseline is merged from the reports
 * each module's {@code report} published with that version, each use keyed by its module.
 *
 * <p>{@code guidelines.failOnNewEscalation} fails the build in both forms: a deferred write adds
 * its failure to the session's result, so Maven ends with BUILD FAILURE and the message after
 * the reactor summary.
 */
@Mojo(name = "report-aggregate", defaultPhase = LifecyclePhase.VERIFY, aggregator = true,
    threadSafe = true)
public class ReportAggregateMojo extends AbstractReportMojo {

  private final RepositorySystem repositorySystem;

  @Inject
  public ReportAggregateMojo(MavenProjectHelper projectHelper,
      RepositorySystem repositorySystem) {
    super(projectHelper, repositorySystem);
    this.repositorySystem = repositorySystem;
  }

  @Override
  protected boolean skipsPomProjects() {
    return false;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    MavenProject root = reactorRoot();
    if (!sameProject(root, project)) {
      getLog().info("Skipping GenAI report-aggregate in " + project.getArtifactId()
          + ": the reactor root " + root.getArtifactId() + " writes the aggregate report");
      return;
    }
    List<ReportFormat> chosen = chosenFormats();
    Path rootDir = project.getBasedir().toPath();
    ComplianceRun run = startRun(rootDir, true);
    List<MavenProject> projects = session.getProjects();
    // Read now, on the mojo's thread, so a malformed module policy fails this goal.
    List<MavenProject> modules = projects.stream()
        .filter(p -> !"pom".equals(p.getPackaging())).toList();
    ReactorPolicies policies = policy != null ? ReactorPolicies.of(run)
        : ReactorPolicies.load(run, rootDir,
            modules.stream().map(p -> p.getBasedir().toPath()).toList(), this::stopDirectory);
    // Resolved now, on the mojo's thread: a deferred write runs when resolving is no longer ours.
    Optional<BaselineReport> baselineReport = loadBaseline(project, modules);
    AggregateWriter writer = new AggregateWriter(policies, chosen,
        contextOf(project).withEnforcement(EnforcementReader.of(project, session)),
        outputDirectory.toPath(), rootDir, projects, getLog())
        .comparedWith(baselineReport, failOnNewEscalation)
        .leavingOut(leftOut(projects))
        .inReactor(reactorProjects());

    List<MavenProject> unbuilt = session.getProjects().stream()
        .filter(p -> !sameProject(p, project))
        .filter(p -> session.getResult() == null || session.getResult().getBuildSummary(p) == null)
        .toList();
    if (unbuilt.isEmpty()) {
      AggregateWriter.Written written = writer.write();
      attachReports(project, written.files());
      if (attach && LateInstall.due(session, project)) {
        LateInstall.install(repositorySystem, session, project, written.files(), getLog());
      }
      if (written.failure().isPresent()) {
        throw new MojoFailureException(written.failure().get());
      }
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

  /** The projects with packaging other than pom that this build leaves out, such as with -pl. */
  private List<String> leftOut(List<MavenProject> projects) {
    return reactorProjects().stream()
        .filter(p -> !"pom".equals(p.getPackaging()))
        .filter(p -> projects.stream().noneMatch(built -> sameProject(built, p)))
        .map(MavenProject::getArtifactId)
        .sorted()
        .toList();
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
