package com.example.it.violations;

import com.openai.client.OpenAIClient;
import com.openai.models.images.ImageEditParams;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import java.nio.file.Path;

/** A final-comp crowd whose approval ran out on 2026-02-28. */
public final class CrowdExtender {

  @GenAiUse(
      id = "crowd-extension",
      tool = "openai-enterprise",
      purpose = "Fills the far stands of stadium plates with a crowd nobody in the story looks at.",
      output = Output.FINAL_DELIVERABLE,
      inputs = DataInput.PRODUCTION_MATERIAL,
      creates = Creates.BACKGROUND_ELEMENT,
      approval = "APR-2025-0117")
  public Object extend(OpenAIClient client, Path plate) {
    return client.images().edit(ImageEditParams.builder().image(plate).prompt("crowd").build());
  }
}
