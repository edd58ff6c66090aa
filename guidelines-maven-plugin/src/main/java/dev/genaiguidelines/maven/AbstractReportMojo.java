package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.baseline.BaselineException;
import dev.genaiguidelines.maven.baseline.BaselineReader;
import dev.genaiguidelines.maven.baseline.BaselineReport;
import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.report.ReportContext;
import dev.genaiguidelines.maven.report.ReportFormat;
import dev.genaiguidelines.policy.Assessment;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.eclipse.aether.RepositorySystem;

/** The parameters and steps of the goals that write reports: formats, directory, attaching. */
public abstract class AbstractReportMojo extends AbstractGuidelinesMojo {

  /** The classifier every attached report carries; its extension is the artifact type. */
  static final String CLASSIFIER = ReportFormat.BASE_NAME;

  /**
   * The report formats to write, comma-separated: {@code json}, {@code html}, {@code sarif},
   * {@code cyclonedx}, {@code markdown}. The JSON report is always written as well: it is the
   * record every release carries.
   */
  @Parameter(property = "guidelines.formats", defaultValue = "json,html,sarif,cyclonedx,markdown")
  protected String formats;

  /** Where the reports are written, as {@code genai-compliance.<extension>}. */
  @Parameter(defaultValue = "${project.build.directory}/genai-compliance", required = true)
  protected File outputDirectory;

  /**
   * Attaches each report to the project with classifier {@code genai-compliance} and its
   * extension as type, so {@code install} and {@code deploy} publish it beside the artifact.
   * When false only the JSON report is attached: a release always carries its record.
   */
  @Parameter(property = "guidelines.attach", defaultValue = "true")
  protected boolean attach;

  /**
   * The report to compare with, so every report shows what changed since then: a version of this
   * project (for {@code report-aggregate}, of the root project, or else of each module: see
   * that goal), whose attached {@code genai-compliance.json} is resolved from the local and
   * remote repositories; or the
   * path of a {@code genai-compliance.json}, relative to the project. A value with {@code /} or
   * {@code \} or ending in {@code .json} is a path, anything else a version. Unset: no
   * comparison.
   */
  @Parameter(property = "guidelines.baseline")
  protected String baseline;

  /**
   * Fails the build when the baseline cannot be found (not published, offline, wrong path)
   * instead of warning and writing the reports without changes. A baseline that is found but is
   * not a compliance report always fails the build.
   */
  @Parameter(property = "guidelines.failOnMissingBaseline", defaultValue = "false")
  protected boolean failOnMissingBaseline;

  /**
   * Fails the build, after the reports are written, when a use added or changed since the
   * baseline is {@code APPROVED}, {@code NEEDS_APPROVAL} or {@code PROHIBITED}, so every new
   * escalated use gets a fresh look before the release.
   */
  @Parameter(property = "guidelines.failOnNewEscalation", defaultValue = "false")
  protected boolean failOnNewEscalation;

  private final MavenProjectHelper projectHelper;
  private final RepositorySystem repositorySystem;

  protected AbstractReportMojo(MavenProjectHelper projectHelper,
      RepositorySystem repositorySystem) {
    this.projectHelper = Objects.requireNonNull(projectHelper, "projectHelper");
    this.repositorySystem = Objects.requireNonNull(repositorySystem, "repositorySystem");
  }

  /**
   * Reads {@link #formats} before any work, so a typo fails fast; JSON is always among them, so
   * no choice of formats ships a release without the report that states its policy, enforcement
   * and scope.
   */
  protected final List<ReportFormat> chosenFormats() throws MojoExecutionException {
    List<ReportFormat> chosen = ReportFiles.parseFormats(formats);
    if (chosen.contains(ReportFormat.JSON)) {
      return chosen;
    }
    getLog().info("Writing the JSON GenAI compliance report as well: every release carries it"
        + " (guidelines.formats chooses the other formats)");
    List<ReportFormat> withJson = new java.util.ArrayList<>(chosen);
    withJson.add(0, ReportFormat.JSON);
    return List.copyOf(withJson);
  }

  /** The report's project coordinates and the timestamp {@code project.build.outputTimestamp} fixes. */
  protected static ReportContext contextOf(MavenProject owner) throws MojoExecutionException {
    String timestamp = owner.getProperties().getProperty("project.build.outputTimestamp");
    return new ReportContext(owner.getGroupId(), owner.getArtifactId(), owner.getVersion(),
        ReportFiles.outputTimestamp(timestamp));
  }

  /**
   * Reads the baseline {@link #baseline} names for {@code owner}, or nothing when none is set or,
   * unless {@link #failOnMissingBaseline}, when it cannot be found.
   *
   * @throws MojoExecutionException when the baseline is not a compliance report, or is missing
   *     and {@link #failOnMissingBaseline} is set
   */
  protected final Optional<BaselineReport> loadBaseline(MavenProject owner)
      throws MojoExecutionException {
    return loadBaseline(owner, List.of());
  }

  /**
   * The same for an aggregate over {@code modules}: a version the root published no report with
   * is merged from the reports the modules published with it.
   */
  protected final Optional<BaselineReport> loadBaseline(MavenProject owner,
      List<MavenProject> modules) throws MojoExecutionException {
    if (baseline == null || baseline.isBlank()) {
      return Optional.empty();
    }
    BaselineLocator locator = new BaselineLocator(repositorySystem,
        session == null ? null : session.getRepositorySession(),
        owner.getRemoteProjectRepositories());
    BaselineLocator.Located located;
    try {
      located = locator.locateAggregate(baseline.trim(), owner.getBasedir().toPath(),
          owner.getGroupId(), owner.getArtifactId(), modules.stream()
              .map(m -> new BaselineLocator.Module(m.getGroupId(), m.getArtifactId())).toList());
    } catch (BaselineException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    if (located instanceof BaselineLocator.Assembled assembled) {
      getLog().info(assembled.note());
      assembled.warnings().forEach(getLog()::warn);
      return Optional.of(assembled.report());
    }
    if (located instanceof BaselineLocator.Missing missing) {
      if (failOnMissingBaseline) {
        throw new MojoExecutionException(missing.message()
            + " The build stops because guidelines.failOnMissingBaseline is true.");
      }
      getLog().warn(missing.message() + " Writing the reports without changes since a baseline"
          + " (set guidelines.failOnMissingBaseline to make this fail the build).");
      return Optional.empty();
    }
    BaselineLocator.Found found = (BaselineLocator.Found) located;
    try {
      BaselineReport report = BaselineReader.read(found.file(), found.label());
      getLog().info("GenAI baseline " + found.label() + ": "
          + CheckOutcome.plural(report.uses().size(), "use") + " in " + found.file());
      return Optional.of(report);
    } catch (BaselineException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /**
   * Logs what changed since the baseline; with {@link #failOnNewEscalation}, logs each added or
   * changed escalated use and fails. Call it after the reports are written and attached.
   */
  protected final void judgeChanges(Optional<Changes> changes) throws MojoFailureException {
    if (changes.isEmpty()) {
      return;
    }
    BaselineMessages.summary(changes.get()).forEach(getLog()::info);
    List<String> escalations = BaselineMessages.escalations(changes.get());
    if (!failOnNewEscalation || escalations.isEmpty()) {
      return;
    }
    escalations.forEach(getLog()::error);
    throw new MojoFailureException(BaselineMessages.escalationFailure(changes.get()));
  }

  /**
   * Writes the reports into {@link #outputDirectory} and logs each file, relative to
   * {@code shownFrom}.
   */
  protected final Map<ReportFormat, Path> writeReports(List<ReportFormat> chosen,
      MavenProject owner, Assessment assessment, Path shownFrom) throws MojoExecutionException {
    return writeReports(chosen, contextOf(owner), owner, assessment, shownFrom);
  }

  /** The same, with a context that may carry the changes since a baseline. */
  protected final Map<ReportFormat, Path> writeReports(List<ReportFormat> chosen,
      ReportContext context, MavenProject owner, Assessment assessment, Path shownFrom)
      throws MojoExecutionException {
    Map<ReportFormat, Path> files =
        ReportFiles.write(chosen, context, assessment, outputDirectory.toPath());
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
    Map<ReportFormat, Path> attaching = files;
    if (!attach) {
      getLog().info("guidelines.attach is false: attaching only the JSON GenAI compliance report,"
          + " which every release carries");
      attaching = new java.util.EnumMap<>(ReportFormat.class);
      if (files.containsKey(ReportFormat.JSON)) {
        attaching.put(ReportFormat.JSON, files.get(ReportFormat.JSON));
      }
    }
    int attached = 0;
    List<String> restored = new ArrayList<>();
    for (Map.Entry<ReportFormat, Path> entry : attaching.entrySet()) {
      String type = entry.getKey().extension();
      File written = entry.getValue().toFile();
      Optional<Artifact> present = owner.getAttachedArtifacts().stream()
          .filter(a -> CLASSIFIER.equals(a.getClassifier()) && type.equals(a.getType()))
          .findFirst();
      if (present.isEmpty()) {
        projectHelper.attachArtifact(owner, type, CLASSIFIER, written);
        attached++;
      } else if (!written.getAbsoluteFile().equals(present.get().getFile() == null ? null
          : present.get().getFile().getAbsoluteFile())) {
        // Attached before this goal ran with another file: a build cache restores the reports of
        // the build it saved, judged with that build's policy and date. What ships is what was
        // judged now.
        restored.add(present.get().getFile() == null ? "no file"
            : shown(owner.getBasedir().toPath(), present.get().getFile().toPath()));
        present.get().setFile(written);
      } else {
        // A second execution in the same build (bound and on the command line) rewrote the
        // same file; attaching it again would only make Maven warn.
        getLog().debug("The " + type + " report of " + owner.getArtifactId()
            + " is attached by an earlier execution");
      }
    }
    if (attached > 0) {
      getLog().info("Attached " + CheckOutcome.plural(attached, "GenAI compliance report") + " to "
          + owner.getId() + " with classifier " + CLASSIFIER);
    }
    if (!restored.isEmpty()) {
      getLog().info("Replaced " + CheckOutcome.plural(restored.size(), "GenAI compliance report")
          + " attached to " + owner.getId() + " before this goal ran (a build cache restores the"
          + " reports of the build it saved) with the ones just written; the first was "
          + restored.get(0));
    }
  }

  static String shown(Path from, Path file) {
    Path base = from.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    return CompiledModule.slashes(absolute.startsWith(base) ? base.relativize(absolute) : absolute);
  }
}
