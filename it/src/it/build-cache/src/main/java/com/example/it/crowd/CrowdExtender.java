package com.example.it.crowd;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Fills the stadium stands behind the final match with a generated crowd. */
public class CrowdExtender {

  @GenAiUse(id = "crowd-extension", tool = "studio-gen",
      purpose = "Fills the stadium stands behind the final match with a generated crowd.",
      output = Output.FINAL_DELIVERABLE,
      inputs = DataInput.PRODUCTION_MATERIAL,
      creates = Creates.BACKGROUND_ELEMENT,
      approval = "APR-2026-0042")
  public String extend(String plate) {
    return plate + "-crowd";
  }
}
