package com.example.it.deage;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Makes the lead look thirty years younger in the flashback scenes. */
public class DeAgingPass {

  @GenAiUse(id = "de-aging-pass", tool = "studio-gen",
      purpose = "Makes the lead look thirty years younger in the flashback scenes.",
      output = Output.FINAL_DELIVERABLE,
      inputs = {DataInput.PRODUCTION_MATERIAL, DataInput.TALENT_LIKENESS},
      creates = Creates.PERFORMANCE_ALTERATION,
      approval = "APR-2024-0107", consent = "CON-2024-0031")
  public String apply(String shot) {
    return shot + "-young";
  }
}
