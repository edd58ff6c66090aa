package dev.genaiguidelines.annotations;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One declared {@link GenAiUse} as the compiled module recorded it, with the verdict the policy
 * gave it when the module was compiled; {@link GenAiCatalog} lists them at run time.
 *
 * <p>The components follow the annotation's attributes in declaration order, with {@code
 * element} after {@code id} and {@code verdict} last, so that generated providers can call the
 * canonical constructor directly. Instances are immutable; lists are copied.
 *
 * @param id the use's id, unique in its module (modules may reuse it: see {@link
 *     GenAiCatalog#findAll(String)})
 * @param element where the use is declared, named as the compliance report names it: a package
 *     name, a binary type name, {@code Type#field} or {@code Type#method(erased.Param,Types)}
 * @param tool the tool id in the policy's tool registry
 * @param purpose the one-sentence purpose
 * @param output whether the generated material is temporary or may be delivered
 * @param inputs what is sent to the tool, in declaration order
 * @param creates what the generated material is used as, in declaration order
 * @param context fiction or factual content
 * @param unionCoveredWork whether the use replaces or changes union-covered work
 * @param model the model or version, or "" when not declared
 * @param approval the id of the written approval in the ledger, or ""
 * @param consent the id of the performer consent record in the ledger, or ""
 * @param verdict the verdict computed at <em>compile time</em> by the policy that was in force
 *     then: {@code SOCIALIZE}, {@code APPROVED}, {@code NEEDS_APPROVAL} or {@code PROHIBITED}. It
 *     is not re-evaluated at run time: an approval that expired since the build is not seen here.
 *     It is a string, not the policy's enum, because this jar has no dependencies.
 */
public record GenAiUseDescriptor(
    String id,
    String element,
    String tool,
    String purpose,
    Output output,
    List<DataInput> inputs,
    List<Creates> creates,
    Context context,
    boolean unionCoveredWork,
    String model,
    String approval,
    String consent,
    String verdict) {

  // equals and hashCode are written out rather than left to the record: the record's own
  // bootstrap method handles on their first call, some 25 ms in a cold compiler, and the
  // processor hashes every use.
  @Override
  public boolean equals(Object other) {
    return other instanceof GenAiUseDescriptor that
        && unionCoveredWork == that.unionCoveredWork
        && Objects.equals(id, that.id)
        && Objects.equals(element, that.element)
        && Objects.equals(tool, that.tool)
        && Objects.equals(purpose, that.purpose)
        && output == that.output
        && Objects.equals(inputs, that.inputs)
        && Objects.equals(creates, that.creates)
        && context == that.context
        && Objects.equals(model, that.model)
        && Objects.equals(approval, that.approval)
        && Objects.equals(consent, that.consent)
        && Objects.equals(verdict, that.verdict);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, element, tool, purpose, output, inputs, creates, context,
        unionCoveredWork, model, approval, consent, verdict);
  }

  /** Verdict of a use that is allowed and only needs to be shared with the studio. */
  public static final String SOCIALIZE = "SOCIALIZE";

  /** Verdict of a use that needed written approval and had a valid one when it was compiled. */
  public static final String APPROVED = "APPROVED";

  /** Verdict of a use that needs written approval it does not have. */
  public static final String NEEDS_APPROVAL = "NEEDS_APPROVAL";

  /** Verdict of a use that the policy never allows. */
  public static final String PROHIBITED = "PROHIBITED";

  private static final Set<String> VERDICTS =
      Set.of(SOCIALIZE, APPROVED, NEEDS_APPROVAL, PROHIBITED);

  /** Checks every component: generated code that passes a bad value fails on first load. */
  public GenAiUseDescriptor {
    requireNotBlank(id, "id");
    requireNotBlank(element, "element");
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(output, "output");
    inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
    creates = List.copyOf(Objects.requireNonNull(creates, "creates"));
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(approval, "approval");
    Objects.requireNonNull(consent, "consent");
    if (!isVerdict(verdict)) {
      throw new IllegalArgumentException(
          "use '" + id + "' at " + element + ": verdict '" + verdict
              + "' is not one of SOCIALIZE, APPROVED, NEEDS_APPROVAL, PROHIBITED");
    }
  }

  /** True when {@code value} is one of the four verdict names. */
  static boolean isVerdict(String value) {
    return value != null && VERDICTS.contains(value);
  }

  private static void requireNotBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
