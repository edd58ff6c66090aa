package com.example.it.sdk;

import com.openai.client.OpenAIClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import java.util.concurrent.ExecutorService;

/** Tags dailies takes in the background while editorial works. */
public final class DailiesTagger {
  private final OpenAIClient client;
  private final ExecutorService executor;

  public DailiesTagger(OpenAIClient client, ExecutorService executor) {
    this.client = client;
    this.executor = executor;
  }

  @GenAiUse(
      id = "dailies-tagging",
      tool = "openai-enterprise",
      purpose = "Tags each dailies take with scene, characters and shot size.",
      output = Output.TEMPORARY,
      inputs = DataInput.PRODUCTION_MATERIAL,
      creates = Creates.ANALYSIS)
  public void tagLater(String takeNotes) {
    // An anonymous class inside the declared method: covered by its declaration.
    executor.submit(new Runnable() {
      @Override
      public void run() {
        client.chat().completions().create(ChatCompletionCreateParams.builder()
            .model(ChatModel.GPT_4O_MINI)
            .addUserMessage("Tag this take: " + takeNotes)
            .build());
      }
    });
  }
}
