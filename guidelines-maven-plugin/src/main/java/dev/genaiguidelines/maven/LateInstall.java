package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.report.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.installation.InstallRequest;
import org.eclipse.aether.installation.InstallationException;

/**
 * Installs the aggregate reports of {@code mvn install guidelines:report-aggregate} into the
 * local repository. Maven runs the command-line goal in a task segment after every project's
 * lifecycle, so the root was installed before its aggregate was attached; this installs the
 * root's own attached reports, once, as the install plugin would have.
 */
final class LateInstall {

  private LateInstall() {}

  /**
   * True when this build ran {@code install} or {@code deploy} on {@code root} before this goal:
   * the root's lifecycle finished in an earlier task segment and a goal names one of them.
   */
  static boolean due(MavenSession session, MavenProject root) {
    if (session == null || session.getResult() == null
        || session.getResult().getBuildSummary(root) == null) {
      return false;
    }
    List<String> goals = session.getGoals();
    return goals != null && (goals.contains("install") || goals.contains("deploy"));
  }

  /**
   * Installs {@code files} with the root's coordinates and classifier {@code genai-compliance},
   * unless {@code maven.install.skip} is set; says that a deploy does not publish them.
   */
  static void install(RepositorySystem system, MavenSession session, MavenProject root,
      Map<ReportFormat, Path> files, Log log) throws MojoExecutionException {
    if (skipped(session, root)) {
      log.info("GenAI aggregate report: not installed, because maven.install.skip is true");
      return;
    }
    InstallRequest request = new InstallRequest();
    files.forEach((format, file) -> request.addArtifact(new DefaultArtifact(root.getGroupId(),
        root.getArtifactId(), AbstractReportMojo.CLASSIFIER, format.extension(),
        root.getVersion()).setFile(file.toFile())));
    try {
      system.install(session.getRepositorySession(), request);
    } catch (InstallationException e) {
      throw new MojoExecutionException("Cannot install the GenAI aggregate reports of "
          + root.getId() + " into the local repository: " + e.getMessage(), e);
    }
    log.info("GenAI aggregate report: installed " + CheckOutcome.plural(files.size(), "report")
        + " of " + root.getId() + " into the local repository, because Maven installed the root"
        + " before this goal attached them");
    if (session.getGoals().contains("deploy")) {
      log.warn("GenAI aggregate report: not deployed, because Maven deployed " + root.getId()
          + " before this goal attached it. The modules' reports were deployed, and a later"
          + " build's guidelines.baseline merges them when the aggregate is not published.");
    }
  }

  private static boolean skipped(MavenSession session, MavenProject root) {
    for (Properties properties : List.of(session.getUserProperties(), root.getProperties(),
        session.getSystemProperties())) {
      if (properties != null && Boolean.parseBoolean(properties.getProperty("maven.install.skip"))) {
        return true;
      }
    }
    return false;
  }
}
