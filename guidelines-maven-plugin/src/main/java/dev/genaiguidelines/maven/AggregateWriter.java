package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.baseline.BaselineReport;
import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.report.ReportContext;
import dev.genaiguidelines.maven.report.ReportFormat;
import dev.genaiguidelines.maven.scan.GenAiDependency;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.Severity;
import dev.genaiguidelines.policy.UseDeclaration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Writes one report over every module of a reactor into the root's report directory. Everything
 * it needs is captured when {@code report-aggregate} runs, so it can also run later, once the
 * modules are built. Immutable: each {@code with} method returns a configured copy.
 */
final class AggregateWriter {

  private final ReactorPolicies policies;
  private final List<ReportFormat> formats;
  private final ReportContext context;
  private final Path outputDirectory;
  private final Path rootDirectory;
  private final List<MavenProject> projects;
  private final Log log;
  private final Optional<BaselineReport> baseline;
  private final boolean failOnNewEscalation;
  private final List<String> outsideTheBuild;
  private final Set<String> reactorCoordinates;

  /**
   * What one write produced: the report files, the changes since the baseline if any, and the
   * failure {@code failOnNewEscalation} asks for, if any.
   */
  record Written(Map<ReportFormat, Path> files, Optional<Changes> changes,
      Optional<String> failure) {}

  /**
   * @param projects the projects to cover, root included; their classes and source roots are
   *     read when the report is written, not before
   */
  AggregateWriter(ReactorPolicies policies, List<ReportFormat> formats, ReportContext context,
      Path outputDirectory, Path rootDirectory, List<MavenProject> projects, Log log) {
    this(policies, formats, context, outputDirectory, rootDirectory, projects, log,
        Optional.empty(), false, List.of(), coordinatesOf(projects));
  }

  private AggregateWriter(ReactorPolicies policies, List<ReportFormat> formats,
      ReportContext context, Path outputDirectory, Path rootDirectory,
      List<MavenProject> projects, Log log, Optional<BaselineReport> baseline,
      boolean failOnNewEscalation, List<String> outsideTheBuild, Set<String> reactorCoordinates) {
    this.policies = policies;
    this.formats = List.copyOf(formats);
    this.context = context;
    this.outputDirectory = outputDirectory;
    this.rootDirectory = rootDirectory.toAbsolutePath().normalize();
    this.projects = List.copyOf(projects);
    this.log = log;
    this.baseline = baseline;
    this.failOnNewEscalation = failOnNewEscalation;
    this.outsideTheBuild = List.copyOf(outsideTheBuild);
    this.reactorCoordinates = Set.copyOf(reactorCoordinates);
  }

  /**
   * The same writer, comparing with {@code baseline} (read before the modules are built) and,
   * with {@code failOnNewEscalation}, reporting new escalated uses as a failure.
   */
  AggregateWriter comparedWith(Optional<BaselineReport> baseline, boolean failOnNewEscalation) {
    return new AggregateWriter(policies, formats, context, outputDirectory, rootDirectory,
        projects, log, baseline, failOnNewEscalation, outsideTheBuild, reactorCoordinates);
  }

  /**
   * The same writer, told which projects of the reactor this build leaves out ({@code -pl}), so
   * it does not judge unused ledger records (GAI008) from part of the reactor.
   */
  AggregateWriter leavingOut(List<String> artifactIds) {
    return new AggregateWriter(policies, formats, context, outputDirectory, rootDirectory,
        projects, log, baseline, failOnNewEscalation, artifactIds, reactorCoordinates);
  }

  /**
   * The same writer, told every project of the reactor, those this build leaves out included: a
   * dependency that is one of them is not listed as a dependency's use, since its uses are the
   * reactor's own. Without it, the projects the writer covers.
   */
  AggregateWriter inReactor(List<MavenProject> reactor) {
    return new AggregateWriter(policies, formats, context, outputDirectory, rootDirectory,
        projects, log, baseline, failOnNewEscalation, outsideTheBuild, coordinatesOf(reactor));
  }

  /** Each project's {@code groupId:artifactId:version}, as a dependency's use names it. */
  private static Set<String> coordinatesOf(List<MavenProject> reactor) {
    Set<String> coordinates = new HashSet<>();
    for (MavenProject project : reactor) {
      coordinates.add(project.getGroupId() + ':' + project.getArtifactId() + ':'
          + project.getVersion());
    }
    return coordinates;
  }

  Path outputDirectory() {
    return outputDirectory;
  }

  /** The artifactId of the project the report is written into. */
  String rootArtifactId() {
    return context.artifactId();
  }

  /** Writes the reports over the projects that built; see {@link #write(Collection)}. */
  Written write() throws MojoExecutionException {
    return write(List.of());
  }

  /**
   * Scans every module with classes, judges each, with the uses its dependencies declare (those
   * that are not modules of the reactor), with its own policy, writes the reports and
   * logs the changes since the baseline; new escalated uses are logged as errors and, with
   * {@code failOnNewEscalation}, returned as the failure.
   *
   * @param unsuccessful the modules that did not build successfully: their classes may be
   *     incomplete, so the ledger is not judged
   */
  Written write(Collection<String> unsuccessful) throws MojoExecutionException {
    List<ModuleScan> scans = new ArrayList<>();
    List<String> withoutClasses = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    Map<String, List<GenAiDependency>> sdks = new TreeMap<>();
    Map<String, List<UseDeclaration>> dependencyUses = new HashMap<>();
    List<Finding> undeclaredSdks = new ArrayList<>();
    for (MavenProject project : projects) {
      if ("pom".equals(project.getPackaging())) {
        continue;
      }
      CompiledModule module = new CompiledModule(project.getArtifactId(),
          project.getBasedir().toPath(), Path.of(project.getBuild().getOutputDirectory()),
          project.getCompileSourceRoots().stream().map(Path::of).toList(),
          AbstractGuidelinesMojo.shippedJar(project));
      if (!module.isCompiled()) {
        if (module.hasJavaSources()) {
          withoutClasses.add(project.getArtifactId());
          log.warn("GenAI aggregate report: module " + project.getArtifactId()
              + " has Java sources but no classes in "
              + AbstractReportMojo.shown(rootDirectory, module.classesDirectory())
              + ", so its uses are not in the report; build it before report-aggregate.");
        }
        continue;
      }
      ComplianceRun run = policies.runFor(module.basedir());
      // The module's class path as its own build resolved it; judged as its own check judges it,
      // with its own wrapper calls (from the dependency analysis its report cached).
      Consumer<String> warn = message -> log.warn("GenAI aggregate report: module "
          + project.getArtifactId() + ": " + message);
      RuntimeDependencies.Found found =
          RuntimeDependencies.find(project, run.policy().detect(), warn);
      ModuleScan scan = run.scan(module, rootDirectory, found.wrappers());
      // The aggregate lists what it could not read; each module's check is what fails on it.
      scan.unreadableMessages().forEach(message -> log.warn("GenAI aggregate report: module "
          + project.getArtifactId() + ": " + message));
      scans.add(scan);
      if (!RuntimeDependencies.isResolved(project)) {
        log.warn("GenAI aggregate report: module " + project.getArtifactId() + ": its"
            + " dependencies were not resolved in this build (its report and check did not run),"
            + " so the GenAI SDKs it ships and the uses they declare are not listed; bind report or"
            + " check in the module.");
        unresolved.add(project.getArtifactId());
      }
      sdks.put(project.getArtifactId(), found.sdks());
      // Judged with this module's policy, as its own report judges them.
      dependencyUses.put(project.getArtifactId(),
          found.withoutDeclaring(reactorCoordinates).declaredUses(warn));
      undeclaredSdks.addAll(RuntimeDependencies.undeclared(found, !scan.uses().isEmpty(),
          run.evaluator(), project.getArtifactId()));
    }
    List<String> gaps = ledgerGaps(withoutClasses, unresolved, unsuccessful);
    if (!gaps.isEmpty()) {
      log.info("GenAI aggregate report: unused ledger records (GAI008) are not judged, because "
          + String.join("; ", gaps) + ". A use the ledger covers may be in what is missing;"
          + " build the whole reactor to judge them.");
    }
    Assessment assessment =
        policies.assess(scans, dependencyUses, gaps.isEmpty())
            .withDependencyFindings(undeclaredSdks);
    Optional<Changes> changes = baseline.map(base -> Changes.between(base, assessment));
    ReportContext written = changes.map(context::withChanges).orElse(context)
        .withModulePolicies(policies.differingPolicies(scans))
        .withUnreadable(scans.stream().flatMap(scan -> scan.unreadableFiles(rootDirectory).stream())
            .toList())
        .withDependencies(RuntimeDependencies.shippedBy(sdks));
    Map<ReportFormat, Path> files = ReportFiles.write(formats, written, assessment,
        outputDirectory);
    log.info("GenAI aggregate report of " + CheckOutcome.plural(scans.size(), "module") + ": "
        + ReportFiles.summaryLine(assessment));
    written.modulePolicies().forEach((module, policy) -> log.info("GenAI aggregate report: "
        + module + " is judged with its own policy " + policy.source()));
    logLedger(assessment, scans);
    for (Path file : files.values()) {
      log.info("GenAI aggregate report: " + AbstractReportMojo.shown(rootDirectory, file));
    }
    return new Written(files, changes, changes.flatMap(this::judge));
  }

  /** Why the ledger cannot be judged from this build: empty when every project was scanned. */
  private List<String> ledgerGaps(List<String> withoutClasses, List<String> unresolved,
      Collection<String> unsuccessful) {
    List<String> gaps = new ArrayList<>();
    if (!outsideTheBuild.isEmpty()) {
      gaps.add(String.join(", ", outsideTheBuild) + (outsideTheBuild.size() == 1 ? " is" : " are")
          + " not in this build (-pl)");
    }
    if (!withoutClasses.isEmpty()) {
      gaps.add(String.join(", ", withoutClasses) + (withoutClasses.size() == 1 ? " has" : " have")
          + " no classes");
    }
    if (!unresolved.isEmpty()) {
      // A ledger record may cover a use that only an unread dependency declares.
      gaps.add("the dependencies of " + String.join(", ", unresolved)
          + " were not resolved, so the uses they declare were not read");
    }
    if (!unsuccessful.isEmpty()) {
      gaps.add(String.join(", ", unsuccessful) + " did not build successfully");
    }
    return gaps;
  }

  private void logLedger(Assessment assessment, List<ModuleScan> scans) {
    List<String> lines = policies.ledgerLines(assessment, scans);
    for (int i = 0; i < lines.size(); i++) {
      Severity severity = assessment.ledgerFindings().get(i).severity();
      if (severity == Severity.ERROR) {
        log.error(lines.get(i));
      } else if (severity == Severity.WARNING) {
        log.warn(lines.get(i));
      }
    }
  }

  /** Logs the changes; returns the failure when new escalated uses must fail the build. */
  private Optional<String> judge(Changes changes) {
    BaselineMessages.summary(changes).forEach(log::info);
    List<String> escalations = BaselineMessages.escalations(changes);
    if (!failOnNewEscalation || escalations.isEmpty()) {
      return Optional.empty();
    }
    escalations.forEach(log::error);
    return Optional.of(BaselineMessages.escalationFailure(changes));
  }
}
