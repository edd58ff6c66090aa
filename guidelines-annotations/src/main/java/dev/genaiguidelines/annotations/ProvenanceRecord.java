package dev.genaiguidelines.annotations;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The content of one provenance sidecar: which asset it vouches for, the asset's hash when it was
 * stamped, and the declared use that generated it. See {@link GenAiProvenance} for the format.
 *
 * @param asset the asset's file name, without any directory: the asset lies beside its sidecar
 * @param sha256 the SHA-256 of the asset's bytes when stamped, 64 lower-case hex digits
 * @param use the use that generated the asset, as the catalog declared it when stamped
 * @param generatedAt when the pipeline generated the asset, as the pipeline said
 * @param pipelineRun the id of the pipeline run that generated it, or "" when there is none
 */
public record ProvenanceRecord(
    String asset, String sha256, Use use, Instant generatedAt, String pipelineRun) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** Checks every component, so that a record can always be written back as a valid sidecar. */
  public ProvenanceRecord {
    String problem = assetNameProblem(asset);
    if (problem != null) {
      throw new IllegalArgumentException("asset name '" + asset + "' " + problem);
    }
    if (!isSha256(sha256)) {
      throw new IllegalArgumentException(
          "sha256 '" + sha256 + "' is not 64 lower-case hex digits");
    }
    Objects.requireNonNull(use, "use");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(pipelineRun, "pipelineRun");
  }

  /**
   * The declared use recorded in a sidecar: the fields of {@link GenAiUseDescriptor} that say how
   * the asset was made and under which verdict, approval and consent.
   *
   * @param id the use id
   * @param element where the use is declared
   * @param tool the tool id
   * @param model the model, or ""
   * @param output the declared output
   * @param verdict the compile-time verdict when stamped (see {@link
   *     GenAiUseDescriptor#verdict()})
   * @param approval the approval id, or ""
   * @param consent the consent id, or ""
   */
  public record Use(
      String id,
      String element,
      String tool,
      String model,
      Output output,
      String verdict,
      String approval,
      String consent) {

    /** Checks every component. */
    public Use {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(element, "element");
      Objects.requireNonNull(tool, "tool");
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(output, "output");
      if (!GenAiUseDescriptor.isVerdict(verdict)) {
        throw new IllegalArgumentException("verdict '" + verdict
            + "' is not one of SOCIALIZE, APPROVED, NEEDS_APPROVAL, PROHIBITED");
      }
      Objects.requireNonNull(approval, "approval");
      Objects.requireNonNull(consent, "consent");
    }

    /** The recorded form of a catalog's use. */
    public static Use of(GenAiUseDescriptor use) {
      return new Use(use.id(), use.element(), use.tool(), use.model(), use.output(),
          use.verdict(), use.approval(), use.consent());
    }
  }

  static boolean isSha256(String value) {
    return value != null && SHA256.matcher(value).matches();
  }

  /** Why {@code name} cannot be an asset's bare file name, or null when it can. */
  static String assetNameProblem(String name) {
    if (name == null || name.isEmpty()) {
      return "is empty: expected the asset's file name";
    }
    if (name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
        || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
      return "is not a plain file name: expected the name of a file beside the sidecar,"
          + " without any directory";
    }
    return null;
  }
}
