package com.example.studio.vfx;

import com.example.studio.gateway.StudioAiGateway;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import java.util.List;

/**
 * Fills the far background of stadium wide shots with extra crowd. It ends up on screen, so it
 * has a written approval; the crowd is background the story never alludes to.
 */
public class CrowdExtension {

  @GenAiUse(id = "crowd-extension", tool = "runway-gen4", model = "gen-4",
      purpose = "Extends the crowd in the far background of stadium wide shots.",
      output = Output.FINAL_DELIVERABLE, inputs = DataInput.PRODUCTION_MATERIAL,
      creates = Creates.BACKGROUND_ELEMENT, approval = "APR-2025-0042")
  public String extend(String plate) {
    StudioAiGateway gateway = StudioAiGateway.forTool("runway-gen4");
    return gateway.generate("extend crowd in far background, keep foreground untouched",
        List.of(plate)).output();
  }
}
