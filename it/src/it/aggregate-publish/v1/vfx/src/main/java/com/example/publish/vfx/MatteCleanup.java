package com.example.publish.vfx;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Tags matte plates for cleanup; retired in 1.1.0. */
public class MatteCleanup {

  @GenAiUse(id = "matte-cleanup", tool = "studio-gen",
      purpose = "Tags matte plates that need cleanup before compositing.",
      output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.ANALYSIS)
  public String tag(String plate) {
    return plate + ":cleanup";
  }
}
