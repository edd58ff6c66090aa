package com.example.it.signed;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Extends crowd plates: a final-deliverable use that needs the studio's signed approval. */
@GenAiUse(
    id = "crowd-extension",
    tool = "runway-gen4",
    purpose = "Extends crowd plates in wide shots.",
    output = Output.FINAL_DELIVERABLE,
    inputs = DataInput.PRODUCTION_MATERIAL,
    creates = Creates.BACKGROUND_ELEMENT,
    approval = "APR-2026-0042")
public class CrowdExtender {
  public String extend(String plate) {
    return plate + "-extended";
  }
}
