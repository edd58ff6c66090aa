package com.example.it.violations;

import com.openai.client.OpenAIClient;
import com.openai.models.images.ImageGenerateParams;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Allowed beside the broken uses: it raises nothing. */
public final class StoryboardFrames {

  @GenAiUse(id = "storyboard-frames", tool = "openai-enterprise",
      purpose = "Draws rough storyboard frames from one-line shot descriptions.",
      output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.PREVIS)
  public Object frame(OpenAIClient client, String shot) {
    return client.images().generate(ImageGenerateParams.builder().prompt(shot).build());
  }
}
