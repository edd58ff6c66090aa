package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.report.ReportContext;
import dev.genaiguidelines.maven.report.ReportFormat;
import dev.genaiguidelines.policy.Assessment;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The "GenAI compliance" page of the project's site: listed under {@code <reporting>},
 * {@code mvn site} runs it and links the page from "Project Reports", as JaCoCo's report does.
 * The page is the HTML report itself, self-contained, written beside the site's pages.
 */
@Mojo(name = "site-report", threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class SiteReportMojo extends AbstractGuidelinesMojo implements MavenReport {

  /** The page's file name in the site, without {@code .html}. */
  static final String OUTPUT_NAME = ReportFormat.BASE_NAME;

  /** The compiled classes to read uses and GenAI calls from. */
  @Parameter(property = "guidelines.classesDirectory",
      defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  /**
   * Where the page is written when the goal runs on its own; {@code mvn site} sets the site's
   * directory instead.
   */
  @Parameter(defaultValue = "${project.reporting.outputDirectory}", required = true)
  private File reportOutputDirectory;

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    writePage();
  }

  /** Scans the classes, judges them, and writes the HTML report as the site's page. */
  private Path writePage() throws MojoExecutionException {
    Path basedir = project.getBasedir().toPath();
    ComplianceRun run = startRun(basedir, true);
    CompiledModule module = compiledModule(project, classesDirectory, "");
    if (!module.isCompiled() && module.hasJavaSources()) {
      throw new MojoExecutionException("No compiled classes in "
          + module.display(module.classesDirectory()) + " although the project has Java"
          + " sources: build them before the site (mvn verify site), or set"
          + " guidelines.classesDirectory to where the classes are.");
    }
    // The page is the report's HTML: the same wrapper calls, GenAI SDKs and GAI302, as report
    // judges them from the dependencies it read.
    RuntimeDependencies.Found shipped =
        RuntimeDependencies.find(project, session, run.policy().detect(), getLog()::warn);
    ModuleScan scan = ScanReuse.scan(project, run, module, basedir, shipped.wrappers());
    scan.unreadableMessages().forEach(getLog()::warn);
    Assessment assessment = run.assess(scan, project.getArtifactId(), shipped, getLog()::warn,
        singleProjectBuild());
    ReportContext context = AbstractReportMojo.contextOf(project)
        .withUnreadable(scan.unreadableFiles(basedir))
        .withScope(scan.scope())
        .withEnforcement(EnforcementReader.of(project, session))
        .withDependencies(shipped.sdks())
        .withDependencyAnalysis(shipped.analysis());
    Path directory = reportOutputDirectory.toPath();
    Path page = ReportFiles.write(List.of(ReportFormat.HTML), context, assessment, directory)
        .get(ReportFormat.HTML);
    // The HTML report is named genai-compliance.html wherever it is written.
    getLog().info("GenAI compliance page of " + project.getArtifactId() + ": "
        + ReportFiles.summaryLine(assessment) + ": "
        + AbstractReportMojo.shown(basedir, page));
    return page;
  }

  /** Writes the page; the site links to it, so the sink is not written to. */
  @Override
  public void generate(Sink sink, Locale locale) throws MavenReportException {
    try {
      writePage();
    } catch (MojoExecutionException e) {
      throw new MavenReportException(e.getMessage(), e);
    }
  }

  @Override
  public String getOutputName() {
    return OUTPUT_NAME;
  }

  @Override
  public String getCategoryName() {
    return CATEGORY_PROJECT_REPORTS;
  }

  @Override
  public String getName(Locale locale) {
    return "GenAI compliance";
  }

  @Override
  public String getDescription(Locale locale) {
    return "Every declared generative-AI use with its verdict under the studio's policy, and"
        + " every undeclared GenAI call.";
  }

  @Override
  public void setReportOutputDirectory(File outputDirectory) {
    this.reportOutputDirectory = outputDirectory;
  }

  @Override
  public File getReportOutputDirectory() {
    return reportOutputDirectory;
  }

  /** The page is the self-contained HTML report, not a page rendered through the site's skin. */
  @Override
  public boolean isExternalReport() {
    return true;
  }

  /** Not for {@code pom} projects, which have no classes, nor when skipped; says which. */
  @Override
  public boolean canGenerateReport() {
    if (skip) {
      getLog().info("Skipping the GenAI compliance page: guidelines.skip is true");
      return false;
    }
    if ("pom".equals(project.getPackaging())) {
      getLog().info("No GenAI compliance page for " + project.getArtifactId() + ": its packaging"
          + " is pom, so it has no compiled classes");
      return false;
    }
    return true;
  }
}
