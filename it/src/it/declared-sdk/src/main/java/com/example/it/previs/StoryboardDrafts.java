package com.example.it.previs;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Drafts storyboard frames for previs. */
public class StoryboardDrafts {

  @GenAiUse(id = "storyboard-frames", tool = "studio-gen",
      purpose = "Drafts rough storyboard frames from the shot list.",
      output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.PREVIS)
  public String draft(String shot) {
    return "frame for " + shot;
  }
}
