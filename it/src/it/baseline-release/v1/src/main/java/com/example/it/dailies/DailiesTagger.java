package com.example.it.dailies;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Tags dailies for the editors; retired in 1.1.0. */
public class DailiesTagger {

  @GenAiUse(id = "dailies-tagging", tool = "studio-gen",
      purpose = "Tags dailies with shot type for the editors.",
      output = Output.TEMPORARY, inputs = DataInput.PRODUCTION_MATERIAL, creates = Creates.ANALYSIS)
  public String tag(String clip) {
    return clip + ":wide";
  }
}
