package dev.genaiguidelines.maven;

import dev.genaiguidelines.policy.ApprovalStatement;
import dev.genaiguidelines.policy.LedgerEntry;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.UseDeclaration;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the approval statement of one ledger entry, the canonical text an approver signs with
 * {@code ssh-keygen -Y sign -n genai-approval}, to {@code
 * target/genai-compliance/approval-requests/<ID>.txt}. It reads the compiled classes and judges
 * nothing, so it works on classes compiled with {@code -Dmaven.compiler.proc=none} while the
 * approval it asks for does not verify yet. A use the entry lists that the module does not
 * declare is taken from the uses its runtime dependencies declare, so a pipeline asks its
 * approvers for a library's use as for its own, bound to the pipeline's coordinates.
 */
@Mojo(name = "approval-request", threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class ApprovalRequestMojo extends AbstractGuidelinesMojo {

  /** The id of the approval or consent in the ledger to write the statement of. */
  @Parameter(property = "guidelines.approval", required = true)
  private String approval;

  /** The compiled classes whose declarations the statement binds. */
  @Parameter(property = "guidelines.classesDirectory",
      defaultValue = "${project.build.outputDirectory}", required = true)
  private File classesDirectory;

  /** Where the statement is written, as {@code <ID>.txt}. */
  @Parameter(defaultValue = "${project.build.directory}/genai-compliance/approval-requests",
      required = true)
  private File requestDirectory;

  @Override
  protected void run() throws MojoExecutionException {
    String id = approval == null ? "" : approval.strip();
    if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
      throw new MojoExecutionException("guidelines.approval '" + approval + "' is not a ledger id:"
          + " give the id of the approval or consent to ask for, e.g."
          + " -Dguidelines.approval=APR-2026-0042");
    }
    Path basedir = project.getBasedir().toPath();
    ComplianceRun run = startRun(basedir, true);
    Policy policy = run.policy();
    LedgerEntry entry = policy.approvals().containsKey(id) ? policy.approvals().get(id)
        : policy.consents().get(id);
    if (entry == null) {
      throw new MojoExecutionException("No approval or consent '" + id + "' in the ledger of "
          + policy.origin() + " (" + policy.source() + "). Fix: add the entry first, with its"
          + " id, uses, approvedBy and date (or performer for a consent), then ask again.");
    }
    CompiledModule module = compiledModule(project, classesDirectory, "");
    if (!module.isCompiled() && module.hasJavaSources()) {
      throw new MojoExecutionException("No compiled classes in "
          + module.display(module.classesDirectory()) + ": compile first, e.g. mvn compile"
          + " -Dmaven.compiler.proc=none guidelines:approval-request -Dguidelines.approval=" + id);
    }
    Map<String, UseDeclaration> declared = new LinkedHashMap<>();
    for (UseDeclaration use : run.scan(module, basedir).uses()) {
      declared.putIfAbsent(use.id(), use);
    }
    if (entry.uses().stream().anyMatch(use -> !declared.containsKey(use))) {
      for (UseDeclaration use : RuntimeDependencies
          .find(project, run.policy().detect(), getLog()::warn).declaredUses(getLog()::warn)) {
        declared.putIfAbsent(use.id(), use);
      }
    }
    String statement = ApprovalStatement.render(run.project(), entry, declared);
    Path file = requestDirectory.toPath().resolve(id + ".txt");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, statement, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write " + file + ": " + e.getMessage(), e);
    }
    String shown = AbstractReportMojo.shown(basedir, file);
    long missing = entry.uses().stream().filter(use -> !declared.containsKey(use)).count();
    getLog().info("Approval statement of " + entry.kind() + " '" + id + "' for "
        + run.project() + ": " + shown);
    if (missing > 0) {
      getLog().warn(CheckOutcome.plural((int) missing, "use") + " that " + entry.kind() + " '" + id
          + "' lists " + (missing == 1 ? "is" : "are") + " not declared in " + run.project()
          + " or its dependencies"
          + "; the statement says so, and no such use can be approved by it here");
    }
    getLog().info("An approver signs it with: ssh-keygen -Y sign -n "
        + ApprovalStatement.SIGNATURE_NAMESPACE + " -f <their key> " + shown
        + "  then the ledger entry gets statement: (this file's text) and signature: (the"
        + " .sig file's text)");
  }
}
