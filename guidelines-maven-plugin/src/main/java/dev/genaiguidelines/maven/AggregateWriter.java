package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.report.ReportContext;
import dev.genaiguidelines.maven.report.ReportFormat;
import dev.genaiguidelines.policy.Assessment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /**
   * @param projects every project of the reactor, root included; their classes and source roots
   *     are read when {@link #write()} runs, not before
   */
  AggregateWriter(ComplianceRun run, List<ReportFormat> formats, ReportContext context,
      Path outputDirectory, Path rootDirectory, List<MavenProject> projects, Log log) {
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

  /** Scans every module with classes, judges all uses together and writes the reports. */
  Map<ReportFormat, Path> write() throws MojoExecutionException {
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
    Map<ReportFormat, Path> files =
        ReportFiles.write(formats, context, assessment, outputDirectory);
    log.info("GenAI aggregate report of " + CheckOutcome.plural(scans.size(), "module") + ": "
        + ReportFiles.summaryLine(assessment));
    for (Path file : files.values()) {
      log.info("GenAI aggregate report: " + AbstractReportMojo.shown(rootDirectory, file));
    }
    return files;
  }
}
