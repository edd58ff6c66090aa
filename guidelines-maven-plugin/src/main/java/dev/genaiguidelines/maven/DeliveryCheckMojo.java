package dev.genaiguidelines.maven;

import dev.genaiguidelines.annotations.DeliveryGate;
import dev.genaiguidelines.annotations.DeliveryGate.Offence;
import dev.genaiguidelines.annotations.GenAiCatalog;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.PolicyLocator;
import dev.genaiguidelines.policy.Rule;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Gates a delivery folder before it leaves the studio: every asset that carries a GenAI
 * provenance sidecar must come from a declared, approved, final-deliverable use, unchanged since
 * its pipeline step stamped it. Run it before each delivery, in the project whose runtime class
 * path is the pipeline that made the assets:
 * {@code mvn guidelines:delivery-check -Dguidelines.deliveryDirectory=/mnt/deliveries/ep101}.
 *
 * <p>The uses are read with {@link GenAiCatalog#load(ClassLoader)} from the project's classes and
 * every runtime dependency, as the pipeline itself sees them; the folder is checked with {@link
 * DeliveryGate}. By default each approved use is then judged again with the current policy, so
 * an approval or consent that expired since the module was compiled keeps its material out too.
 *
 * <p>It is never part of a build unless bound: a project that assembles its delivery folder in
 * the build can add an execution of this goal, which then runs in {@code verify}.
 */
@Mojo(name = "delivery-check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class DeliveryCheckMojo extends AbstractGuidelinesMojo {

  /**
   * The folder about to be delivered; required. Every {@code *.genai.json} sidecar in it and its
   * subfolders is checked; files without a sidecar are not GenAI material as far as the gate
   * knows. A relative path is resolved against the project's directory.
   */
  @Parameter(property = "guidelines.deliveryDirectory")
  private File deliveryDirectory;

  /**
   * Judges each asset's use again with the current policy as of {@code asOf}, so material whose
   * approval or consent expired, or left the ledger, since its module was compiled is not
   * delivered. When false, or when no policy file is found, the verdicts compiled into the
   * catalog are trusted.
   */
  @Parameter(property = "guidelines.recheckVerdicts", defaultValue = "true")
  private boolean recheckVerdicts;

  /** The project's compiled classes, which are part of the catalog. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  private File classesDirectory;

  /**
   * Not skipped in {@code pom} projects: a distribution pom that depends on the delivered modules
   * is a natural place for the gate, and its catalog is its dependencies'.
   */
  @Override
  protected boolean skipsPomProjects() {
    return false;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
    Path folder = deliveryFolder(basedir);
    // Misconfiguration fails before anything is read.
    LocalDate day = ComplianceRun.parseAsOf(asOf, buildDate());
    Optional<Policy> current = recheckVerdicts ? currentPolicy(basedir) : Optional.empty();

    CompiledModule module = compiledModule(project, classesDirectory, "");
    if (!module.isCompiled() && module.hasJavaSources()) {
      throw new MojoExecutionException("No compiled classes in "
          + module.display(module.classesDirectory()) + " although the project has Java sources,"
          + " so the GenAI catalog would lack their uses: compile first (mvn compile"
          + " guidelines:delivery-check ...).");
    }
    GenAiCatalog catalog = ProjectCatalog.load(runtimeClassPath());
    String shown = module.display(folder);
    getLog().info("GenAI delivery check of " + shown + ": "
        + CheckOutcome.plural(catalog.all().size(), "use") + " in the catalog of the runtime class"
        + " path, " + current.map(p -> "verdicts judged again with policy " + p.name() + " ("
            + p.source() + "), as of " + day)
            .orElse("verdicts as compiled into the catalog"));
    if (catalog.all().isEmpty()) {
      getLog().warn("The GenAI catalog of " + project.getArtifactId() + "'s runtime class path"
          + " is empty: none of its modules was compiled with the guidelines processor. Run"
          + " delivery-check in the project whose runtime class path is the pipeline that made"
          + " the assets (mvn -pl <module> ...).");
    }

    DeliveryGate.Result result;
    List<Offence> offences = new ArrayList<>();
    try {
      result = DeliveryGate.check(folder, catalog);
      offences.addAll(result.offences());
      if (current.isPresent()) {
        offences.addAll(new VerdictRecheck(new PolicyEvaluator(current.get(), day, buildDate(),
            project.getGroupId() + ':' + project.getArtifactId())).check(folder, catalog));
      }
    } catch (IOException | IllegalArgumentException e) {
      // The folder was checked above; it can still vanish or become unreadable meanwhile.
      throw new MojoExecutionException("Cannot walk the delivery folder " + shown + ": "
          + e.getMessage(), e);
    }
    offences.sort(null);
    int assets = result.sidecarsChecked();
    if (offences.isEmpty()) {
      getLog().info("Delivery check passed: " + CheckOutcome.plural(assets, "asset")
          + " with GenAI provenance, all cleared for delivery.");
      return;
    }
    for (Offence offence : offences) {
      // File names, ids, elements and tools come from the folder and its sidecars: one line each.
      getLog().error(Rule.visible(offence.toString()));
    }
    throw new MojoFailureException("Delivery check failed: "
        + CheckOutcome.plural(offences.size(), "offence") + " in " + shown + " ("
        + CheckOutcome.plural(assets, "sidecar") + " checked). Each is listed above with its"
        + " file and reason; do not deliver the folder until they are fixed.");
  }

  private Path deliveryFolder(Path basedir) throws MojoExecutionException {
    if (deliveryDirectory == null) {
      throw new MojoExecutionException("No delivery folder given: set guidelines.deliveryDirectory"
          + " to the folder about to be delivered, e.g. mvn guidelines:delivery-check"
          + " -Dguidelines.deliveryDirectory=/mnt/deliveries/ep101");
    }
    Path folder = basedir.resolve(deliveryDirectory.toPath()).normalize();
    if (!Files.exists(folder)) {
      throw new MojoExecutionException("guidelines.deliveryDirectory " + folder
          + " does not exist: give the folder about to be delivered.");
    }
    if (!Files.isDirectory(folder)) {
      throw new MojoExecutionException("guidelines.deliveryDirectory " + folder
          + " is not a directory: give the folder that holds the delivery, not one of its files.");
    }
    return folder;
  }

  /** The policy to judge verdicts with again, or empty (with a warning) when there is none. */
  private Optional<Policy> currentPolicy(Path basedir) throws MojoExecutionException {
    Policy loaded = ComplianceRun.loadPolicy(
        Optional.ofNullable(policy).map(File::toPath), basedir, stopDirectory(basedir));
    if (loaded.isBuiltInOnly()) {
      Path stop = stopDirectory(basedir);
      String where = basedir.equals(stop) ? basedir.toString()
          : basedir + " or its parents up to " + stop;
      getLog().warn("No " + PolicyLocator.FILE_NAME + " in " + where + ", so approvals and"
          + " consents cannot be checked again: the verdicts"
          + " compiled into the catalog are trusted. Set guidelines.policy to the studio's policy"
          + " file, or guidelines.recheckVerdicts=false to say so.");
      return Optional.empty();
    }
    return Optional.of(loaded);
  }

  private List<Path> runtimeClassPath() throws MojoExecutionException {
    try {
      return project.getRuntimeClasspathElements().stream().map(Path::of).toList();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("The runtime dependencies of " + project.getArtifactId()
          + " are not resolved: " + e.getMessage(), e);
    }
  }
}
