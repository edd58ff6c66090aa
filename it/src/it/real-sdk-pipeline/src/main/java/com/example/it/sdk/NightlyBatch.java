package com.example.it.sdk;

import com.openai.client.OpenAIClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * A nightly batch with the same lambda as ScriptBreakdown and the same anonymous class as
 * DailiesTagger, but no declaration: here they are undeclared calls.
 */
public final class NightlyBatch {
  public static List<Object> summariseAll(OpenAIClient client, List<String> scenes) {
    return scenes.stream()
        .map(scene -> (Object) client.chat().completions().create(
            ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .addUserMessage("Summarise: " + scene)
                .build()))
        .toList();
  }

  public static void tagLater(OpenAIClient client, ExecutorService executor, String notes) {
    executor.submit(new Runnable() {
      @Override
      public void run() {
        client.chat().completions().create(ChatCompletionCreateParams.builder()
            .model(ChatModel.GPT_4O_MINI)
            .addUserMessage("Tag: " + notes)
            .build());
      }
    });
  }
}
