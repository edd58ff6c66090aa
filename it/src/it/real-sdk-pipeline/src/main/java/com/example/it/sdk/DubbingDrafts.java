package com.example.it.sdk;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** Drafts dubbing scripts through LangChain4j; the whole class is one declared use. */
@GenAiUse(
    id = "dubbing-drafts",
    tool = "openai-enterprise",
    purpose = "Drafts lip-sync-aware dubbing scripts for the adaptation writers to rework.",
    output = Output.TEMPORARY,
    inputs = DataInput.PRODUCTION_MATERIAL,
    creates = Creates.LOCALIZATION)
public final class DubbingDrafts {
  private final OpenAiChatModel model;

  public DubbingDrafts(String apiKey) {
    model = OpenAiChatModel.builder().apiKey(apiKey).modelName("gpt-4o-mini").build();
  }

  public String draft(String line, String language) {
    return model.chat("Translate for dubbing into " + language + ": " + line);
  }
}
