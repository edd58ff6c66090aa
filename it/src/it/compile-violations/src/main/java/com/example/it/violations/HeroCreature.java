package com.example.it.violations;

import com.openai.client.OpenAIClient;
import com.openai.models.images.ImageGenerateParams;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Designs the title creature for the final cut, with no approval. */
public final class HeroCreature {

  @GenAiUse(
      id = "hero-creature",
      tool = "openai-enterprise",
      purpose = "Designs the creature the whole second act is about.",
      output = Output.FINAL_DELIVERABLE,
      inputs = DataInput.NONE,
      creates = Creates.KEY_CHARACTER)
  public Object design(OpenAIClient client, String brief) {
    return client.images().generate(ImageGenerateParams.builder().prompt(brief).build());
  }
}
