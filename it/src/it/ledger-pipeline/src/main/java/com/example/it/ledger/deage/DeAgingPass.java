package com.example.it.ledger.deage;

import com.openai.client.OpenAIClient;
import com.openai.models.images.ImageEditParams;
import com.openai.models.images.ImageModel;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import java.nio.file.Path;

/** Makes the lead look thirty years younger in the flashback, frame by frame. */
public final class DeAgingPass {
  private final OpenAIClient client;

  public DeAgingPass(OpenAIClient client) {
    this.client = client;
  }

  @GenAiUse(
      id = "de-aging-pass",
      tool = "openai-enterprise",
      purpose = "Makes the lead look thirty years younger in the flashback scenes.",
      output = Output.FINAL_DELIVERABLE,
      inputs = {DataInput.PRODUCTION_MATERIAL, DataInput.TALENT_LIKENESS},
      creates = Creates.PERFORMANCE_ALTERATION,
      approval = "APR-2026-0051",
      consent = "CON-2026-007")
  public String youngerFrame(Path frame, Path faceMask) {
    return client.images().edit(ImageEditParams.builder()
            .model(ImageModel.GPT_IMAGE_1)
            .image(frame)
            .mask(faceMask)
            .prompt("The same actor thirty years younger; keep the expression and the light.")
            .build())
        .data().orElseThrow().get(0).b64Json().orElseThrow();
  }
}
