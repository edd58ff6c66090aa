package com.example.it.sdk;

import com.openai.client.OpenAIClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import java.util.List;

/** Breaks script pages down into scene summaries for the scheduling team. */
public final class ScriptBreakdown {
  private final OpenAIClient client;

  public ScriptBreakdown(OpenAIClient client) {
    this.client = client;
  }

  @GenAiUse(
      id = "script-breakdown",
      tool = "openai-enterprise",
      purpose = "Summarises each scene of the shooting script for the scheduling team.",
      output = Output.TEMPORARY,
      inputs = DataInput.PRODUCTION_MATERIAL,
      creates = Creates.ANALYSIS)
  public List<String> summarise(List<String> scenes) {
    // The SDK calls sit in a lambda: the declaration on this method covers them.
    return scenes.stream()
        .map(scene -> client.chat().completions().create(ChatCompletionCreateParams.builder()
            .model(ChatModel.GPT_4O)
            .addUserMessage("Summarise this scene for scheduling: " + scene)
            .build()))
        .map(completion -> completion.choices().get(0).message().content().orElse(""))
        .toList();
  }
}
