package com.example.it.vendors;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import java.util.List;

/** AI-service proxy and method reference styles. */
public final class AssistantUser {
  private final DubbingAssistant assistant;

  public AssistantUser(DubbingAssistant assistant) {
    this.assistant = assistant;
  }

  public static DubbingAssistant create(ChatModel model) {
    return AiServices.create(DubbingAssistant.class, model); // ai-services
  }

  public String adapt(String line) {
    return assistant.adapt(line); // proxy-call
  }

  public List<String> chatAll(ChatModel model, List<String> prompts) {
    return prompts.stream().map(model::chat).toList(); // method-ref
  }
}
