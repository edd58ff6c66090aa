package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.report.ScanScope;
import dev.genaiguidelines.maven.scan.ClassScanner;
import dev.genaiguidelines.maven.scan.MarkerCatalog;
import dev.genaiguidelines.maven.scan.ScanResult;
import dev.genaiguidelines.maven.scan.WrapperCalls;
import dev.genaiguidelines.policy.DetectionMarkers;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.PolicyFileException;
import dev.genaiguidelines.policy.PolicyFileReader;
import dev.genaiguidelines.policy.PolicyLocator;
import dev.genaiguidelines.policy.StudioPolicy;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The work {@code check}, {@code report} and {@code report-aggregate} share: find and read the
 * policy, scan compiled classes for uses and undeclared calls, and judge them. Plain Java over
 * paths, so it is tested without a Maven build.
 */
final class ComplianceRun {

  private final Policy policy;
  private final LocalDate asOf;
  private final LocalDate today;
  private final String project;

  /** A run whose day is fixed completely, for tests. */
  ComplianceRun(Policy policy, LocalDate asOf) {
    this(policy, asOf, asOf, "");
  }

  /**
   * @param asOf the day the reports print ({@code guidelines.asOf}, else the build date)
   * @param today the build's real date: expiry is never judged before it
   * @param project the judged project's {@code groupId:artifactId}, which signed approvals are
   *     bound to
   */
  ComplianceRun(Policy policy, LocalDate asOf, LocalDate today, String project) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.today = Objects.requireNonNull(today, "today");
    this.project = Objects.requireNonNull(project, "project");
  }

  /** The same day and project, judged with another policy (a module's own in an aggregate). */
  ComplianceRun withPolicy(Policy other) {
    return new ComplianceRun(other, asOf, today, project);
  }

  /** The evaluator every goal judges with: this run's policy, days and project. */
  PolicyEvaluator evaluator() {
    return evaluatorFor(policy);
  }

  /** The same days and project, with {@code other} policy. */
  PolicyEvaluator evaluatorFor(Policy other) {
    return new PolicyEvaluator(other, asOf, today, project);
  }

  private static final Object STUDIO_LOCK = new Object();
  private static Optional<Policy> studio;

  /**
   * The studio policy artifact among the plugin's dependencies, read once per plugin class
   * realm: the layer the project's own file cannot change.
   */
  static Optional<Policy> studioPolicy() throws MojoExecutionException {
    synchronized (STUDIO_LOCK) {
      if (studio == null) {
        try {
          Optional<StudioPolicy> found = StudioPolicy.find(ComplianceRun.class.getClassLoader());
          studio = found.isPresent() ? Optional.of(found.get().read()) : Optional.empty();
        } catch (PolicyFileException e) {
          throw new MojoExecutionException("Invalid GenAI studio policy " + e.getMessage(), e);
        }
      }
      return studio;
    }
  }

  Policy policy() {
    return policy;
  }

  /** What a GenAI call is under this run's policy: the built-in markers and its detect:. */
  DetectionMarkers callMarkers() {
    return MarkerCatalog.effective(policy.detect());
  }

  LocalDate asOf() {
    return asOf;
  }

  LocalDate today() {
    return today;
  }

  String project() {
    return project;
  }

  /**
   * The day expiry is judged on: {@code value} when given ({@code guidelines.asOf}), else the
   * build date.
   */
  static LocalDate parseAsOf(String value, LocalDate buildDate) throws MojoExecutionException {
    if (value == null || value.isBlank()) {
      return buildDate;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new MojoExecutionException("Invalid guidelines.asOf '" + value
          + "': expected an ISO date YYYY-MM-DD, e.g. 2026-03-31 (the day approval and consent"
          + " expiry is judged on; leave it unset to use the build date).");
    }
  }

  /**
   * Reads the policy: {@code explicit} when given ({@code guidelines.policy}), else the first
   * {@code genai-policy.yaml} in {@code moduleDir} or its parents up to {@code stopDir}, else the
   * built-in rules ({@link Policy#isBuiltInOnly()}).
   *
   * @param moduleDir the project whose policy applies; the policy's {@code source} is recorded
   *     relative to it
   */
  static Policy loadPolicy(Optional<Path> explicit, Path moduleDir, Path stopDir)
      throws MojoExecutionException {
    Optional<Path> file;
    if (explicit.isPresent()) {
      Path given = moduleDir.resolve(explicit.get()).normalize();
      if (!Files.isRegularFile(given)) {
        throw new MojoExecutionException("guidelines.policy points to " + given
            + ", which is not a file: fix the path, or remove the setting to use the "
            + PolicyLocator.FILE_NAME + " found in the project or its parents.");
      }
      file = Optional.of(given);
    } else {
      file = PolicyLocator.locate(moduleDir, stopDir);
    }
    return readPolicy(file, moduleDir);
  }

  /**
   * Reads {@code file}, or gives the built-in rules when there is none.
   *
   * @param sourceRoot the directory the policy's {@code source} is recorded relative to: the
   *     project, or the reactor root for an aggregate
   */
  static Policy readPolicy(Optional<Path> file, Path sourceRoot) throws MojoExecutionException {
    Optional<Policy> studioLayer = studioPolicy();
    if (file.isEmpty()) {
      return studioLayer.orElseGet(Policy::builtIn);
    }
    try {
      return PolicyFileReader.read(file.get(), sourceRoot, studioLayer.orElse(null));
    } catch (PolicyFileException e) {
      throw new MojoExecutionException("Invalid GenAI policy " + e.getMessage(), e);
    }
  }

  /** What to say when no policy file was found, so the user knows how to add one. */
  static String missingPolicyNote(Path moduleDir, Path stopDir) {
    String where = moduleDir.equals(stopDir)
        ? moduleDir.toString()
        : moduleDir + " or its parents up to " + stopDir;
    return "No " + PolicyLocator.FILE_NAME + " in " + where + ": the built-in "
        + Policy.NETFLIX_2025 + " rules apply with an empty tool registry, so every use needs"
        + " approval (GAI101). Add " + PolicyLocator.FILE_NAME + " at the root of the project"
        + " with your studio's tools:, approvals: and consents:, or set guidelines.policy.";
  }

  /**
   * Reads one module's compiled classes. Source files come back relative to {@code reportRoot}
   * (the project, or the reactor root for an aggregate) and uses carry the module's name.
   */
  ModuleScan scan(CompiledModule module, Path reportRoot) throws MojoExecutionException {
    return scan(module, reportRoot, WrapperCalls.NONE);
  }

  /**
   * Reads one module's compiled classes, reporting a call into a dependency method
   * {@code wrappers} lists as undeclared {@code via} the dependency element that makes it.
   */
  ModuleScan scan(CompiledModule module, Path reportRoot, WrapperCalls wrappers)
      throws MojoExecutionException {
    if (!module.isCompiled()) {
      return new ModuleScan(module, List.of(), List.of(), List.of(),
          new ScanScope(module.scopeSource(), "", 0, 0));
    }
    ScanResult result;
    try {
      result = new ClassScanner(callMarkers(), wrappers).scan(module.scanned());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read the compiled classes in "
          + module.display(module.scanned()) + ": " + e.getMessage(), e);
    }
    List<UseDeclaration> uses = new ArrayList<>();
    for (UseDeclaration use : result.uses()) {
      uses.add(relocate(use, module, reportRoot));
    }
    List<UndeclaredCall> calls = new ArrayList<>();
    for (UndeclaredCall call : result.undeclaredCalls()) {
      calls.add(new UndeclaredCall(call.element(), call.target(), call.marker(),
          module.sourcePath(call.sourceFile(), reportRoot), call.line(), call.via(),
          call.count()));
    }
    return new ModuleScan(module, uses, calls, result.unreadable(), new ScanScope(
        module.scopeSource(), result.sha256(), result.classCount(), result.resourceCount()));
  }

  /**
   * Judges the scanned uses together.
   *
   * @param judgeLedger true only when these are all the uses the ledger can cover (a single
   *     project build, or an aggregate), so unused approvals (GAI008) are not guessed from one
   *     module of many
   */
  Assessment assess(List<ModuleScan> scans, boolean judgeLedger) {
    return assess(scans, List.of(), judgeLedger);
  }

  /**
   * Judges the scanned uses together, and the uses the module's dependencies declare
   * ({@link RuntimeDependencies.Found#declaredUses}) with the same policy and ledger.
   */
  Assessment assess(List<ModuleScan> scans, List<UseDeclaration> dependencyUses,
      boolean judgeLedger) {
    List<UseDeclaration> uses = new ArrayList<>();
    List<UndeclaredCall> calls = new ArrayList<>();
    for (ModuleScan scan : scans) {
      uses.addAll(scan.uses());
      calls.addAll(scan.calls());
    }
    return evaluator().assess(uses, calls, dependencyUses, judgeLedger);
  }

  /**
   * Judges one module together with the GenAI SDKs its runtime class path ships: GAI302 for each
   * SDK nothing answers for when the module declares no use. {@code check} and {@code report}
   * both judge this way, so they agree.
   *
   * The uses the dependencies declare are judged with it (see
   * {@link RuntimeDependencies.Found#declaredUses}); a dependency whose uses cannot be read is
   * logged through {@code warn}.
   *
   * @param module the module's artifactId, as the GAI302 findings name it
   */
  Assessment assess(ModuleScan scan, String module, RuntimeDependencies.Found shipped,
      java.util.function.Consumer<String> warn, boolean judgeLedger) {
    return assess(List.of(scan), shipped.declaredUses(warn), judgeLedger)
        .withDependencyFindings(RuntimeDependencies.undeclared(shipped, !scan.uses().isEmpty(),
            evaluator(), module));
  }

  private static UseDeclaration relocate(UseDeclaration use, CompiledModule module, Path root) {
    return use.toBuilder().module(module.name())
        .source(module.sourcePath(use.sourceFile(), root), use.line()).build();
  }
}
