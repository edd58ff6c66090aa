package com.example.it.creature;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Designs the title creature for the final cut, with no approval. */
public final class HeroCreature {

  @GenAiUse(
      id = "hero-creature",
      tool = "studio-gen",
      purpose = "Designs the creature the whole second act is about.",
      output = Output.FINAL_DELIVERABLE,
      inputs = DataInput.NONE,
      creates = Creates.KEY_CHARACTER)
  public String design(String brief) {
    return "creature for " + brief;
  }
}
