package com.example.it.vfx;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Fills the far background of wide shots with extra crowd. */
@GenAiUse(id = "crowd-extension", tool = "studio-gen",
    purpose = "Extends crowds in the far background of stadium wide shots.",
    output = Output.FINAL_DELIVERABLE, inputs = DataInput.PRODUCTION_MATERIAL,
    creates = Creates.BACKGROUND_ELEMENT, approval = "APR-2025-0042")
public class CrowdExtender {

  public String extend(String plate) {
    return plate + "+crowd";
  }
}
