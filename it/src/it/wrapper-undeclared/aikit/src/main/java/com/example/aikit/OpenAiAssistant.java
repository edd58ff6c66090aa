package com.example.aikit;

import com.openai.client.OpenAIClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

/** The assistant on OpenAI: its ask makes the GenAI call, through a private helper. */
public final class OpenAiAssistant implements Assistant {
  private final OpenAIClient client;

  public OpenAiAssistant(OpenAIClient client) {
    this.client = client;
  }

  @Override
  public String ask(String prompt) {
    return complete(prompt);
  }

  private String complete(String prompt) {
    ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
        .model(ChatModel.GPT_4O)
        .addUserMessage(prompt)
        .build();
    return client.chat().completions().create(params).toString();
  }

  @Override
  public String name() {
    return "openai";
  }
}
