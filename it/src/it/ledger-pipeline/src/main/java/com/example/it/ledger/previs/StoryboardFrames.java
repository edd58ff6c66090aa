package com.example.it.ledger.previs;

import com.openai.client.OpenAIClient;
import com.openai.models.images.Image;
import com.openai.models.images.ImageGenerateParams;
import com.openai.models.images.ImageModel;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import java.util.List;

/** Rough storyboard frames from the shot list, for the previs team only. */
public final class StoryboardFrames {
  private final OpenAIClient client;

  public StoryboardFrames(OpenAIClient client) {
    this.client = client;
  }

  @GenAiUse(
      id = "storyboard-frames",
      tool = "openai-enterprise",
      model = "gpt-image-1",
      purpose = "Draws rough storyboard frames from one-line shot descriptions.",
      output = Output.TEMPORARY,
      inputs = DataInput.NONE,
      creates = Creates.PREVIS)
  public List<String> frames(String shot) {
    return client.images().generate(ImageGenerateParams.builder()
            .model(ImageModel.GPT_IMAGE_1)
            .prompt("Rough pencil storyboard frame: " + shot)
            .n(3)
            .build())
        .data().orElse(List.of()).stream()
        .map(image -> image.b64Json().orElse(""))
        .toList();
  }
}
