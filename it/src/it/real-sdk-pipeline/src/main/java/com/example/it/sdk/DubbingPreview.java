package com.example.it.sdk;

import dev.langchain4j.model.openai.OpenAiChatModel;

/** A preview tool beside DubbingDrafts: the same LangChain4j calls, declared nowhere. */
public final class DubbingPreview {
  public static String preview(String apiKey, String line) {
    OpenAiChatModel model = OpenAiChatModel.builder()
        .apiKey(apiKey)
        .modelName("gpt-4o-mini")
        .build();
    return model.chat("Preview a French dub of: " + line);
  }
}
