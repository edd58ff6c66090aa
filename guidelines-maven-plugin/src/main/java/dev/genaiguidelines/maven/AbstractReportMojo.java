package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.report.ReportContext;
import dev.genaiguidelines.maven.report.ReportFormat;
import dev.genaiguidelines.policy.Assessment;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/** The parameters and steps of the goals that write reports: formats, directory, attaching. */
public abstract class AbstractReportMojo extends AbstractGuidelinesMojo {

  /** The classifier every attached report carries; its extension is the artifact type. */
  static final String CLASSIFIER = ReportFormat.BASE_NAME;

  /**
   * The report formats to write, comma-separated: {@code json}, {@code html}, {@code sarif},
   * {@code cyclonedx}, {@code markdown}.
   */
  @Parameter(property = "guidelines.formats", defaultValue = "json,html,sarif,cyclonedx,markdown")
  protected String formats;

  /** Where the reports are written, as {@code genai-compliance.<extension>}. */
  @Parameter(defaultValue = "${project.build.directory}/genai-compliance", required = true)
  protected File outputDirectory;

  /**
   * Attaches each report to the project with classifier {@code genai-compliance} and its
   * extension as type, so {@code install} and {@code deploy} publish it beside the artifact.
   */
  @Parameter(property = "guidelines.attach", defaultValue = "true")
  protected boolean attach;

  private final MavenProjectHelper projectHelper;

  protected AbstractReportMojo(MavenProjectHelper projectHelper) {
    this.projectHelper = Objects.requireNonNull(projectHelper, "projectHelper");
  }

  /** Reads {@link #formats} before any work, so a typo fails fast. */
  protected final List<ReportFormat> chosenFormats() throws MojoExecutionException {
    return ReportFiles.parseFormats(formats);
  }

  /** The report's project coordinates and the timestamp {@code project.build.outputTimestamp} fixes. */
  protected static ReportContext contextOf(MavenProject owner) throws MojoExecutionException {
    String timestamp = owner.getProperties().getProperty("project.build.outputTimestamp");
    return new ReportContext(owner.getGroupId(), owner.getArtifactId(), owner.getVersion(),
        ReportFiles.outputTimestamp(timestamp));
  }

  /**
   * Writes the reports into {@link #outputDirectory} and logs each file, relative to
   * {@code shownFrom}.
   */
  protected final Map<ReportFormat, Path> writeReports(List<ReportFormat> chosen,
      MavenProject owner, Assessment assessment, Path shownFrom) throws MojoExecutionException {
    Map<ReportFormat, Path> files =
        ReportFiles.write(chosen, contextOf(owner), assessment, outputDirectory.toPath());
    getLog().info("GenAI compliance report of " + owner.getArtifactId() + ": "
        + ReportFiles.summaryLine(assessment));
    for (Path file : files.values()) {
      getLog().info("GenAI compliance report: " + shown(shownFrom, file));
    }
    return files;
  }

  /**
   * Attaches the reports to {@code owner}, which must be the project this goal runs on: a goal
   * never attaches to another project, which breaks parallel builds.
   */
  protected final void attachReports(MavenProject owner, Map<ReportFormat, Path> files) {
    if (!attach) {
      getLog().info("Not attaching the GenAI compliance reports: guidelines.attach is false");
      return;
    }
    int attached = 0;
    for (Map.Entry<ReportFormat, Path> entry : files.entrySet()) {
      String type = entry.getKey().extension();
      boolean present = owner.getAttachedArtifacts().stream()
          .anyMatch(a -> CLASSIFIER.equals(a.getClassifier()) && type.equals(a.getType()));
      if (present) {
        // A second execution in the same build (bound and on the command line) rewrote the
        // same file; attaching it again would only make Maven warn.
        getLog().debug("The " + type + " report of " + owner.getArtifactId()
            + " is attached by an earlier execution");
        continue;
      }
      projectHelper.attachArtifact(owner, type, CLASSIFIER, entry.getValue().toFile());
      attached++;
    }
    if (attached > 0) {
      getLog().info("Attached " + CheckOutcome.plural(attached, "GenAI compliance report") + " to "
          + owner.getId() + " with classifier " + CLASSIFIER);
    }
  }

  static String shown(Path from, Path file) {
    Path base = from.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    return CompiledModule.slashes(absolute.startsWith(base) ? base.relativize(absolute) : absolute);
  }
}
