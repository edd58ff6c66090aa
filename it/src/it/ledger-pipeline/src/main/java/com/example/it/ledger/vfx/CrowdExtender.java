package com.example.it.ledger.vfx;

import com.openai.client.OpenAIClient;
import com.openai.models.images.ImageEditParams;
import com.openai.models.images.ImageModel;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import java.nio.file.Path;

/** Fills the far background of stadium plates with crowd, in the final comp. */
public final class CrowdExtender {
  private final OpenAIClient client;

  public CrowdExtender(OpenAIClient client) {
    this.client = client;
  }

  @GenAiUse(
      id = "crowd-extension",
      tool = "openai-enterprise",
      model = "gpt-image-1",
      purpose = "Fills the empty far stands of stadium plates with a crowd nobody in the story looks at.",
      output = Output.FINAL_DELIVERABLE,
      inputs = DataInput.PRODUCTION_MATERIAL,
      creates = Creates.BACKGROUND_ELEMENT,
      approval = "APR-2026-0042")
  public String extend(Path plate, Path standsMask) {
    return client.images().edit(ImageEditParams.builder()
            .model(ImageModel.GPT_IMAGE_1)
            .image(plate)
            .mask(standsMask)
            .prompt("A seated crowd in the far stands, out of focus.")
            .build())
        .data().orElseThrow().get(0).b64Json().orElseThrow();
  }
}
