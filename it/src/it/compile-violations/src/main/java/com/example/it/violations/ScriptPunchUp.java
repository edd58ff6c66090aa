package com.example.it.violations;

import com.openai.client.OpenAIClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Sends unreleased script pages to a tool that trains on what it is sent. */
public final class ScriptPunchUp {

  @GenAiUse(
      id = "script-punch-up",
      tool = "free-script-ai",
      purpose = "Punches up the jokes in unreleased episode pages.",
      output = Output.TEMPORARY,
      inputs = DataInput.PRODUCTION_MATERIAL,
      creates = Creates.WRITTEN_MATERIAL)
  public Object punchUp(OpenAIClient client, String pages) {
    return client.chat().completions().create(ChatCompletionCreateParams.builder()
        .model(ChatModel.GPT_4O)
        .addUserMessage("Make these pages funnier:\n" + pages)
        .build());
  }
}
