package com.example.it.vendors;

import com.openai.client.OpenAIClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** The declared twin: the same kind of call, covered, raises nothing. */
@GenAiUse(id = "dubbing-drafts", tool = "openai-enterprise",
    purpose = "Drafts dubbing lines through api.openai.com for a writer to rework.",
    output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.LOCALIZATION)
public final class DeclaredDrafts {
  String draft(OpenAIClient client) {
    ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
        .model(ChatModel.GPT_4O)
        .addUserMessage("Adapt this line for the French dub.")
        .build();
    return client.chat().completions().create(params).toString();
  }
}
