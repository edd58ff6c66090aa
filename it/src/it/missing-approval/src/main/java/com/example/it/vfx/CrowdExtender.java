package com.example.it.vfx;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Fills the far background of wide shots with extra crowd. */
public class CrowdExtender {

  @GenAiUse(id = "crowd-extension", tool = "studio-gen",
      purpose = "Extends crowds in the far background of stadium wide shots.",
      output = Output.FINAL_DELIVERABLE, inputs = DataInput.PRODUCTION_MATERIAL,
      creates = Creates.BACKGROUND_ELEMENT)
  public String extend(String plate) {
    return plate + "+crowd";
  }
}
