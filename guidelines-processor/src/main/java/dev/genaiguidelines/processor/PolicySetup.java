package dev.genaiguidelines.processor;

import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.PolicyFileException;
import dev.genaiguidelines.policy.PolicyFileReader;
import dev.genaiguidelines.policy.PolicyLocator;
import dev.genaiguidelines.policy.StudioPolicy;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;

/**
 * Decides, once per compilation, which policy and which day the uses are judged by: the studio
 * policy artifact on the processor path, with the project's layer over it (the processor option
 * {@code genai.policy}, else the {@code genai-policy.yaml} found from the module directory); or
 * that file alone; else the built-in rules. {@code genai.asOf} fixes the day reports print, and
 * {@code genai.project} names the project signed approvals are bound to.
 */
final class PolicySetup {

  static final String POLICY_OPTION = "genai.policy";
  static final String AS_OF_OPTION = "genai.asOf";
  static final String PROJECT_OPTION = "genai.project";

  private PolicySetup() {}

  /** What the compilation is judged by, or why it cannot be judged. */
  sealed interface Outcome permits Ready, Failed {}

  /**
   * @param hint the diagnostic saying how to add a policy file, when none was found, else null
   */
  record Ready(PolicyEvaluator evaluator, String hint) implements Outcome {}

  /** A compile error that stops every check: a bad option or a broken policy file. */
  record Failed(String message) implements Outcome {}

  /**
   * Reads the options, the studio policy on {@code processorPath} and the project's policy file;
   * {@code today} is used when no date is fixed, and expiry is never judged before it.
   */
  static Outcome load(Map<String, String> options, Filer filer, LocalDate today,
      ClassLoader processorPath) {
    LocalDate asOf = today;
    String asOfOption = options.get(AS_OF_OPTION);
    if (asOfOption != null) {
      try {
        asOf = LocalDate.parse(asOfOption.strip());
      } catch (DateTimeParseException notADate) {
        return new Failed("[genai] -A" + AS_OF_OPTION + "=" + asOfOption
            + " is not a date. Fix: write it as YYYY-MM-DD, e.g. -A" + AS_OF_OPTION
            + "=2026-01-31, or leave it out to judge expiry dates as of today.");
      }
    }

    String project = options.getOrDefault(PROJECT_OPTION, "").strip();
    if (!project.isEmpty() && !project.matches("[^:\\s]+:[^:\\s]+")) {
      return new Failed("[genai] -A" + PROJECT_OPTION + "=" + project + " is not groupId:artifactId."
          + " Fix: write it as -A" + PROJECT_OPTION + "=com.studio:vfx-pipeline, or leave it out"
          + " (check then judges which project signed approvals are bound to).");
    }
    Policy studio;
    try {
      Optional<StudioPolicy> found = StudioPolicy.find(processorPath);
      studio = found.isPresent() ? found.get().read() : null;
    } catch (PolicyFileException broken) {
      return new Failed("[genai] studio policy " + broken.getMessage());
    }
    LocalDate judged = asOf;
    java.util.function.Function<Policy, PolicyEvaluator> evaluatorOf =
        policy -> new PolicyEvaluator(policy, judged, today, project);

    Optional<ModuleDirectories> directories = ModuleDirectories.ofClassOutput(filer);
    String policyOption = options.get(POLICY_OPTION);
    Path file;
    if (policyOption != null && !policyOption.isBlank()) {
      try {
        file = Path.of(policyOption.strip()).toAbsolutePath().normalize();
      } catch (InvalidPathException notAPath) {
        file = null;
      }
      if (file == null || !Files.isRegularFile(file)) {
        return new Failed("[genai] -A" + POLICY_OPTION + "=" + policyOption
            + ": no such file. Fix: give the path of genai-policy.yaml, absolute or relative to "
            + "the directory the compiler runs in.");
      }
    } else if (directories.isPresent()) {
      Optional<Path> found =
          PolicyLocator.locate(directories.get().module(), directories.get().root());
      if (found.isEmpty()) {
        if (studio != null) {
          return new Ready(evaluatorOf.apply(studio), null);
        }
        return new Ready(evaluatorOf.apply(Policy.builtIn()),
            noPolicyHint("in " + directories.get().displayModule() + " or its parents up to "
                + directories.get().displayRoot()));
      }
      file = found.get();
    } else if (studio != null) {
      return new Ready(evaluatorOf.apply(studio), null);
    } else {
      return new Ready(evaluatorOf.apply(Policy.builtIn()),
          noPolicyHint("(classes are not written to a directory, so the module directory is "
              + "unknown)"));
    }

    Path projectRoot = directories.map(ModuleDirectories::root)
        .filter(file::startsWith)
        .orElse(file.getParent());
    try {
      return new Ready(evaluatorOf.apply(PolicyFileReader.read(file, projectRoot, studio)), null);
    } catch (PolicyFileException broken) {
      return new Failed(broken.getMessage());
    }
  }

  private static String noPolicyHint(String where) {
    return "[genai] no " + PolicyLocator.FILE_NAME + " found " + where + "; the built-in "
        + Policy.NETFLIX_2025 + " rules apply with an empty tool registry. Add "
        + PolicyLocator.FILE_NAME + " beside pom.xml (see README) or pass -A" + POLICY_OPTION
        + "=PATH.";
  }
}
