package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.baseline.BaselineReport;
import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.report.ReportContext;
import dev.genaiguidelines.maven.report.ReportFormat;
import dev.genaiguidelines.policy.Assessment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Writes one report over every module of a reactor into the root's report directory. Everything
 * it needs is captured when {@code report-aggregate} runs, so it can also run later, once the
 * modules are built.
 */
final class AggregateWriter {

  private final ComplianceRun run;
  private final List<ReportFormat> formats;
  private final ReportContext context;
  private final Path outputDirectory;
  private final Path rootDirectory;
  private final List<MavenProject> projects;
  private final Log log;
  private final Optional<BaselineReport> baseline;
  private final boolean failOnNewEscalation;

  /** What one write produced: the report files, and the changes since the baseline if any. */
  record Written(Map<ReportFormat, Path> files, Optional<Changes> changes) {}

  /**
   * @param projects every project of the reactor, root included; their classes and source roots
   *     are read when {@link #write()} runs, not before
   */
  AggregateWriter(ComplianceRun run, List<ReportFormat> formats, ReportContext context,
      Path outputDirectory, Path rootDirectory, List<MavenProject> projects, Log log) {
    this(run, formats, context, outputDirectory, rootDirectory, projects, log, Optional.empty(),
        false);
  }

  /**
   * @param baseline the report to compare with, read before the modules are built
   * @param failOnNewEscalation only for the log of a deferred write, which cannot fail the build
   */
  AggregateWriter(ComplianceRun run, List<ReportFormat> formats, ReportContext context,
      Path outputDirectory, Path rootDirectory, List<MavenProject> projects, Log log,
      Optional<BaselineReport> baseline, boolean failOnNewEscalation) {
    this.baseline = baseline;
    this.failOnNewEscalation = failOnNewEscalation;
    this.run = run;
    this.formats = List.copyOf(formats);
    this.context = context;
    this.outputDirectory = outputDirectory;
    this.rootDirectory = rootDirectory.toAbsolutePath().normalize();
    this.projects = List.copyOf(projects);
    this.log = log;
  }

  Path outputDirectory() {
    return outputDirectory;
  }

  /**
   * Writes the reports once the root's build is over, as {@link DeferredAggregate} does: new
   * escalated uses are logged as errors, since no mojo is left to fail the build.
   */
  Map<ReportFormat, Path> write() throws MojoExecutionException {
    Written written = writeAndCompare();
    written.changes().ifPresent(changes -> {
      BaselineMessages.summary(changes).forEach(log::info);
      List<String> escalations = BaselineMessages.escalations(changes);
      if (failOnNewEscalation && !escalations.isEmpty()) {
        escalations.forEach(log::error);
        log.error(BaselineMessages.escalationFailure(changes) + " The root project was built"
            + " before its modules, so this cannot fail the build: run"
            + " mvn verify guidelines:report-aggregate to make it fail.");
      }
    });
    return written.files();
  }

  /** Scans every module with classes, judges all uses together and writes the reports. */
  Written writeAndCompare() throws MojoExecutionException {
    List<ModuleScan> scans = new ArrayList<>();
    for (MavenProject project : projects) {
      if ("pom".equals(project.getPackaging())) {
        continue;
      }
      CompiledModule module = new CompiledModule(project.getArtifactId(),
          project.getBasedir().toPath(), Path.of(project.getBuild().getOutputDirectory()),
          project.getCompileSourceRoots().stream().map(Path::of).toList());
      if (!module.isCompiled()) {
        if (module.hasJavaSources()) {
          log.warn("GenAI aggregate report: module " + project.getArtifactId()
              + " has Java sources but no classes in "
              + AbstractReportMojo.shown(rootDirectory, module.classesDirectory())
              + ", so its uses are not in the report; build it before report-aggregate.");
        }
        continue;
      }
      ModuleScan scan = run.scan(module, rootDirectory);
      scan.unreadableMessages().forEach(log::error);
      scans.add(scan);
    }
    Assessment assessment = run.assess(scans, true);
    Optional<Changes> changes = baseline.map(base -> Changes.between(base, assessment));
    Map<ReportFormat, Path> files = ReportFiles.write(formats,
        changes.map(context::withChanges).orElse(context), assessment, outputDirectory);
    log.info("GenAI aggregate report of " + CheckOutcome.plural(scans.size(), "module") + ": "
        + ReportFiles.summaryLine(assessment));
    for (Path file : files.values()) {
      log.info("GenAI aggregate report: " + AbstractReportMojo.shown(rootDirectory, file));
    }
    return new Written(files, changes);
  }
}
