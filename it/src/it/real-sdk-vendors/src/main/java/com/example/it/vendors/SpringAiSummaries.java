package com.example.it.vendors;

import org.springframework.ai.chat.client.ChatClient;

/** Injected client style: a Spring AI ChatClient handed in by the container. */
public final class SpringAiSummaries {
  private final ChatClient chatClient;

  public SpringAiSummaries(ChatClient chatClient) {
    this.chatClient = chatClient;
  }

  public String summarise(String notes) {
    return chatClient.prompt().user(notes).call().content(); // spring-chain
  }
}
