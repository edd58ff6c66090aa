package com.example.studio.vfx;

import com.example.studio.gateway.StudioAiGateway;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import java.util.List;

/**
 * Makes the lead look thirty years younger in the flashback scenes. It changes a recorded
 * performance, so it needs the performer's consent and a written approval.
 */
public class DeAgingPass {

  @GenAiUse(id = "de-aging-pass", tool = "deage-suite",
      purpose = "Makes the lead look thirty years younger in the flashback scenes.",
      output = Output.FINAL_DELIVERABLE,
      inputs = {DataInput.PRODUCTION_MATERIAL, DataInput.TALENT_LIKENESS},
      creates = Creates.PERFORMANCE_ALTERATION,
      consent = "CON-2025-007", approval = "APR-2025-0057")
  public String apply(String shot) {
    StudioAiGateway gateway = StudioAiGateway.forTool("deage-suite");
    return gateway.generate("de-age the lead by thirty years", List.of(shot)).output();
  }
}
