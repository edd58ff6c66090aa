package com.example.it.vendors;

import com.anthropic.client.AnthropicClient;
import com.anthropic.models.messages.MessageCreateParams;

/** Builder style, with an injected client. */
public final class AnthropicDrafts {
  private final AnthropicClient client;

  public AnthropicDrafts(AnthropicClient client) {
    this.client = client;
  }

  public String draft(String scene) {
    MessageCreateParams params = MessageCreateParams.builder() // anthropic-builder
        .model("claude-sonnet-4-5")
        .maxTokens(1024)
        .addUserMessage("Draft the dialogue of " + scene)
        .build();
    return client.messages().create(params).toString(); // anthropic-create
  }
}
