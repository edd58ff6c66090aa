package com.example.it.aikit;

import com.openai.client.OpenAIClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Summarises production meeting notes for the coordinators' own reference. */
public final class MeetingNotes {
  private final OpenAIClient client;

  public MeetingNotes(OpenAIClient client) {
    this.client = client;
  }

  @GenAiUse(
      id = "meeting-summary",
      tool = "openai-enterprise",
      purpose = "Summarises notes typed for the purpose into a short list of action items.",
      output = Output.TEMPORARY,
      inputs = DataInput.NONE,
      creates = Creates.ANALYSIS)
  public String summarize(String notes) {
    return client.chat().completions().create(ChatCompletionCreateParams.builder()
            .model(ChatModel.GPT_4O_MINI)
            .addUserMessage("List the action items in: " + notes)
            .build())
        .choices().get(0).message().content().orElse("");
  }
}
