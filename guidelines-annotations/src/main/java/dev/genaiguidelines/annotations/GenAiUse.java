package dev.genaiguidelines.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one use of a generative-AI tool beside the code that makes it, so the build can check
 * it against the studio's policy and list it in the compliance report.
 *
 * <p>Declared on a type, a use covers every member of that type; declared in
 * {@code package-info.java}, it covers every type of the package. Declare several uses on one
 * element by repeating the annotation.
 *
 * <p>At run time, {@link GenAiCatalog} lists the uses of every module compiled with the
 * guidelines processor, {@link GenAiProvenance} stamps a generated asset with the use that made
 * it, and {@link DeliveryGate} keeps temporary or unapproved material out of a delivery.
 *
 * <pre>{@code
 * @GenAiUse(
 *     id = "storyboard-frames",
 *     tool = "runway-gen4",
 *     purpose = "Turns beat-sheet lines into rough storyboard frames for the previs team.",
 *     output = Output.TEMPORARY,
 *     inputs = DataInput.NONE,
 *     creates = Creates.PREVIS)
 * final class StoryboardGenerator { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.TYPE,
  ElementType.METHOD,
  ElementType.CONSTRUCTOR,
  ElementType.FIELD,
  ElementType.PACKAGE
})
@Repeatable(GenAiUse.List.class)
public @interface GenAiUse {

  /**
   * Stable id of this use, unique in its module: lower-case letters, digits, dots and dashes,
   * 2 to 64 characters, starting with a letter or digit ({@code [a-z0-9][a-z0-9.-]{1,63}}).
   * Approvals and consents in the policy ledger name uses by this id, so keep it when the code
   * moves.
   */
  String id();

  /**
   * Id of the tool in the policy's tool registry ({@code tools:} in {@code genai-policy.yaml}).
   * The registry, not the call site, says whether the tool keeps or trains on what it is sent
   * and whether it runs in an enterprise-secured environment.
   */
  String tool();

  /** One plain sentence saying what the tool does here, written for a producer or a lawyer. */
  String purpose();

  /**
   * Whether the generated material stays temporary or may reach the final cut. Anything that
   * may appear on screen or in the delivered sound is {@link Output#FINAL_DELIVERABLE} and needs
   * written approval.
   */
  Output output();

  /** Everything that is sent to the tool; {@link DataInput#NONE} alone when only prompts are. */
  DataInput[] inputs();

  /** What the generated material is used as; list every kind it may become. */
  Creates[] creates();

  /**
   * Whether the production is fiction or factual. Documentaries, docuseries and any content
   * presented as real are {@link Context#DOCUMENTARY}.
   */
  Context context() default Context.FICTION;

  /**
   * True when the use replaces or materially changes work usually done by union-represented
   * actors, writers or crew (for example generating a background actor's walk cycle, or a
   * scene's first draft). Writing {@link Creates#WRITTEN_MATERIAL} counts as such work anyway.
   */
  boolean unionCoveredWork() default false;

  /** Model or model version, when the tool offers several and the choice matters. */
  String model() default "";

  /**
   * Id of the written approval in the policy ledger ({@code approvals:}) that clears this use.
   * Leave blank for uses that only need to be shared with the studio.
   */
  String approval() default "";

  /**
   * Id of the performer's consent record in the policy ledger ({@code consents:}). Required
   * whenever a performer's likeness, voice or recorded performance is involved.
   */
  String consent() default "";

  /** Container that makes {@link GenAiUse} repeatable; write the annotation twice instead. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({
    ElementType.TYPE,
    ElementType.METHOD,
    ElementType.CONSTRUCTOR,
    ElementType.FIELD,
    ElementType.PACKAGE
  })
  @interface List {
    /** The repeated declarations, in source order. */
    GenAiUse[] value();
  }
}
