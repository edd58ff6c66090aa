package com.example.it.ledger.dailies;

import com.openai.client.OpenAIClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Continuity notes on the day's takes, for the script supervisor. */
@GenAiUse(
    id = "continuity-notes",
    tool = "openai-enterprise",
    purpose = "Lists continuity differences between takes of a scene from the camera reports.",
    output = Output.TEMPORARY,
    inputs = DataInput.PRODUCTION_MATERIAL,
    creates = Creates.ANALYSIS)
public final class ContinuityNotes {
  private final OpenAIClient client;

  public ContinuityNotes(OpenAIClient client) {
    this.client = client;
  }

  public String compare(String cameraReportA, String cameraReportB) {
    ChatCompletion completion = client.chat().completions().create(
        ChatCompletionCreateParams.builder()
            .model(ChatModel.GPT_4O_MINI)
            .addSystemMessage("You are a script supervisor's assistant.")
            .addUserMessage("List continuity differences:\n" + cameraReportA + "\n---\n"
                + cameraReportB)
            .build());
    return completion.choices().get(0).message().content().orElse("");
  }
}
