package com.example.publish.vfx;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Explores key-art directions for the poster; new in 1.1.0. */
public class KeyArt {

  @GenAiUse(id = "key-art-concepts", tool = "studio-gen",
      purpose = "Explores poster key-art directions from the approved mood board.",
      output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.KEY_VISUAL,
      approval = "APR-2026-0007")
  public String explore(String brief) {
    return "concepts for " + brief;
  }
}
