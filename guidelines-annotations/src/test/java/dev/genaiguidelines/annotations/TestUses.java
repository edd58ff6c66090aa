package dev.genaiguidelines.annotations;

import java.util.List;

/** Descriptors shaped like the ones the processor generates, for the runtime tests. */
final class TestUses {

  private TestUses() {}

  /** An approved final-deliverable use, as a VFX module declares it. */
  static GenAiUseDescriptor crowdExtension() {
    return new GenAiUseDescriptor("crowd-extension", "com.studio.vfx.CrowdExtender",
        "runway-gen4", "Extends crowd plates with generated far-background extras.",
        Output.FINAL_DELIVERABLE, List.of(DataInput.PRODUCTION_MATERIAL),
        List.of(Creates.BACKGROUND_ELEMENT), Context.FICTION, false, "", "APR-2025-0042", "",
        "APPROVED");
  }

  /** A temporary previs use that only needs to be shared. */
  static GenAiUseDescriptor storyboardFrames(String element) {
    return new GenAiUseDescriptor("storyboard-frames", element, "runway-gen4",
        "Turns beat-sheet lines into rough storyboard frames for the previs team.",
        Output.TEMPORARY, List.of(DataInput.NONE), List.of(Creates.PREVIS), Context.FICTION,
        false, "", "", "", "SOCIALIZE");
  }

  /** A final-deliverable use still waiting for its written approval. */
  static GenAiUseDescriptor dubDrafts() {
    return new GenAiUseDescriptor("dub-drafts", "com.studio.dub.DubDrafter#draft(java.util.List)",
        "eleven-dub", "Drafts dubbed dialogue for the localization team.",
        Output.FINAL_DELIVERABLE, List.of(DataInput.PRODUCTION_MATERIAL),
        List.of(Creates.LOCALIZATION), Context.FICTION, false, "v2", "", "", "NEEDS_APPROVAL");
  }

  /** {@code use} with another tool, model, output and verdict, as a later build might declare. */
  static GenAiUseDescriptor with(GenAiUseDescriptor use, String tool, String model,
      Output output, String verdict) {
    return new GenAiUseDescriptor(use.id(), use.element(), tool, use.purpose(), output,
        use.inputs(), use.creates(), use.context(), use.unionCoveredWork(), model,
        use.approval(), use.consent(), verdict);
  }
}
