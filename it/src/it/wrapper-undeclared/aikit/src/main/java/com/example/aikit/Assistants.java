package com.example.aikit;

import com.openai.client.OpenAIClient;

/** Where tools get their assistant, and helpers that reach no GenAI at all. */
public final class Assistants {
  private Assistants() {}

  public static Assistant openAi(OpenAIClient client) {
    return new OpenAiAssistant(client);
  }

  /** A shot title as the studio's tools print it. */
  public static String title(String shot) {
    return shot.strip().toUpperCase(java.util.Locale.ROOT);
  }
}
