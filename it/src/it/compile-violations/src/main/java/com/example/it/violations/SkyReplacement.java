package com.example.it.violations;

import com.openai.client.OpenAIClient;
import com.openai.models.images.ImageEditParams;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import java.nio.file.Path;

/** Names the approval of the matte paintings, which does not cover sky replacement. */
public final class SkyReplacement {

  @GenAiUse(
      id = "sky-replacement",
      tool = "openai-enterprise",
      purpose = "Replaces overcast skies with the dusk sky of the night scenes.",
      output = Output.FINAL_DELIVERABLE,
      inputs = DataInput.PRODUCTION_MATERIAL,
      creates = Creates.BACKGROUND_ELEMENT,
      approval = "APR-2026-0009")
  public Object replaceSky(OpenAIClient client, Path plate) {
    return client.images().edit(ImageEditParams.builder().image(plate).prompt("dusk").build());
  }
}
