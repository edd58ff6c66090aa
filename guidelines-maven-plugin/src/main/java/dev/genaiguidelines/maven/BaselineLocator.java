package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.baseline.BaselineException;
import dev.genaiguidelines.maven.baseline.BaselineReader;
import dev.genaiguidelines.maven.baseline.BaselineReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/**
 * Finds the report {@code guidelines.baseline} names: a JSON file, or the
 * {@code genai-compliance.json} a version of the same project was published with, resolved as
 * Maven resolves any artifact (local repository first, then the project's remote repositories).
 *
 * <p>A value with a path separator ({@code /} or {@code \}) or ending in {@code .json} is a file,
 * relative to the project's directory; anything else is a version. No Maven version contains a
 * slash or ends in {@code .json}, so the two never meet.
 */
final class BaselineLocator {

  /** Where the baseline was found, or why it was not. */
  sealed interface Located permits Found, Assembled, Missing {}

  /**
   * @param label how the reports name the baseline: the version, or the file name (never a path,
   *     which would make reports differ between machines)
   */
  record Found(Path file, String label) implements Located {}

  /** @param message what was tried and how to fix it, for the build log */
  record Missing(String message) implements Located {}

  /**
   * An aggregate's baseline merged from its modules' own reports, because the root published no
   * aggregate report with that version.
   *
   * @param note where the baseline came from, for the build log
   * @param warnings one line per module that published no report with the version
   */
  record Assembled(BaselineReport report, String note, List<String> warnings)
      implements Located {}

  /** A module whose own report of a version stands in for its part of the aggregate. */
  record Module(String groupId, String artifactId) {}

  private final RepositorySystem repositorySystem;
  private final RepositorySystemSession repositorySession;
  private final List<RemoteRepository> remoteRepositories;

  BaselineLocator(RepositorySystem repositorySystem, RepositorySystemSession repositorySession,
      List<RemoteRepository> remoteRepositories) {
    this.repositorySystem = repositorySystem;
    this.repositorySession = repositorySession;
    this.remoteRepositories = remoteRepositories == null ? List.of() : remoteRepositories;
  }

  /** True when {@code value} names a file rather than a version. */
  static boolean isFile(String value) {
    return value.indexOf('/') >= 0 || value.indexOf('\\') >= 0
        || value.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * Finds the baseline.
   *
   * @param value the trimmed, non-blank {@code guidelines.baseline}
   * @param basedir the project's directory, which a relative file is resolved against
   * @param groupId the project whose published report a version names
   */
  Located locate(String value, Path basedir, String groupId, String artifactId) {
    Objects.requireNonNull(value, "value");
    return isFile(value) ? file(value, basedir) : version(value, groupId, artifactId);
  }

  /**
   * Finds an aggregate's baseline: as {@link #locate}, and for a version the root did not
   * publish an aggregate report with, the reports each module published with it, merged with
   * each use keyed by its module. A root-bound aggregate is written after the root is installed,
   * so it is never published; every module's {@code report} attaches its own.
   *
   * @param modules the modules the aggregate covers, in reactor order
   * @throws BaselineException when a module's published report is not a compliance report
   */
  Located locateAggregate(String value, Path basedir, String groupId, String artifactId,
      List<Module> modules) throws BaselineException {
    Located root = locate(value, basedir, groupId, artifactId);
    if (!(root instanceof Missing missing) || isFile(value) || modules.isEmpty()) {
      return root;
    }
    Map<String, BaselineReport> found = new TreeMap<>();
    List<String> absent = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Module module : modules) {
      if (version(value, module.groupId(), module.artifactId()) instanceof Found own) {
        found.put(module.artifactId(), BaselineReader.read(own.file(), value));
        continue;
      }
      String coordinates = coordinates(module.groupId(), module.artifactId(), value);
      absent.add(coordinates);
      warnings.add("GenAI baseline " + value + ": module " + module.artifactId()
          + " published no report with " + value + " (" + coordinates + " was not found), so"
          + " its uses count as added; that is right only if the module is new since " + value
          + ".");
    }
    if (found.isEmpty()) {
      return new Missing(missing.message() + " Nor did any module publish its own report with "
          + value + " (" + String.join(", ", absent) + "), which the aggregate's baseline is"
          + " otherwise merged from.");
    }
    String merged = found.entrySet().stream()
        .map(e -> e.getKey() + " (" + CheckOutcome.plural(e.getValue().uses().size(), "use") + ")")
        .collect(Collectors.joining(", "));
    return new Assembled(BaselineReport.merge(value, found), "GenAI baseline " + value + ": "
        + groupId + ':' + artifactId + " published no aggregate report with " + value
        + ", so the baseline is merged from the modules' own reports of " + value + ": " + merged,
        warnings);
  }

  private static Located file(String value, Path basedir) {
    Path file = basedir.resolve(value).normalize();
    if (!Files.isRegularFile(file)) {
      return new Missing("The GenAI baseline file " + file + " does not exist"
          + " (guidelines.baseline=" + value + " names a file because it contains a path"
          + " separator or ends in .json). Fix the path, or set guidelines.baseline to a released"
          + " version of the project to compare with the report it was published with.");
    }
    return new Found(file, file.getFileName().toString());
  }

  private Located version(String version, String groupId, String artifactId) {
    Artifact artifact = new DefaultArtifact(groupId, artifactId, AbstractReportMojo.CLASSIFIER,
        "json", version);
    String coordinates = coordinates(groupId, artifactId, version);
    if (repositorySystem == null || repositorySession == null) {
      return new Missing("No GenAI baseline report for version " + version + ": this build has no"
          + " Maven repository session to resolve " + coordinates + " with. Set"
          + " guidelines.baseline to the path of a genai-compliance.json instead.");
    }
    ArtifactResult result;
    try {
      result = repositorySystem.resolveArtifact(repositorySession,
          new ArtifactRequest(artifact, remoteRepositories, null));
    } catch (ArtifactResolutionException e) {
      return new Missing(missingVersion(version, coordinates, e));
    }
    return new Found(result.getArtifact().getFile().toPath(), version);
  }

  private static String coordinates(String groupId, String artifactId, String version) {
    return groupId + ':' + artifactId + ":json:" + AbstractReportMojo.CLASSIFIER + ':' + version;
  }

  private String missingVersion(String version, String coordinates,
      ArtifactResolutionException e) {
    StringBuilder message = new StringBuilder("No GenAI baseline report for version ")
        .append(version).append(": ").append(coordinates).append(" is not in the local repository");
    if (repositorySession.getLocalRepository() != null) {
      message.append(" (").append(repositorySession.getLocalRepository().getBasedir())
          .append(')');
    }
    if (repositorySession.isOffline()) {
      message.append(", and Maven is offline (-o), so no remote repository was asked");
    } else if (remoteRepositories.isEmpty()) {
      message.append(", and the project has no remote repository to ask");
    } else {
      message.append(" nor in ").append(remoteRepositories.stream()
          .map(repository -> repository.getId() + " (" + repository.getUrl() + ")")
          .collect(Collectors.joining(", ")));
    }
    message.append(". Check that ").append(version).append(" is a released version of this")
        .append(" project built with the report goal attaching its reports (the default),");
    if (repositorySession.isOffline()) {
      message.append(" build once online to download it,");
    } else {
      // A miss is cached in the local repository; a report deployed since is only seen with -U.
      message.append(" build with -U if it was deployed after an earlier build missed it,");
    }
    message.append(" or set guidelines.baseline to the path of its genai-compliance.json.");
    String cause = firstLine(e.getMessage());
    if (!cause.isEmpty()) {
      message.append(" Maven said: ").append(cause).append(cause.endsWith(".") ? "" : ".");
    }
    return message.toString();
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).trim();
  }
}
