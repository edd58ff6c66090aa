package com.example.it.marketing;

import com.openai.client.OpenAIClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.List;

/** Asks for tagline ideas; covered by the package's declaration. */
public final class TaglineIdeas {
  private TaglineIdeas() {}

  public static List<String> ideas(OpenAIClient client, String logline) {
    return client.chat().completions().create(ChatCompletionCreateParams.builder()
            .model(ChatModel.GPT_4O_MINI)
            .n(5)
            .addUserMessage("Tagline ideas for a trailer of: " + logline)
            .build())
        .choices().stream()
        .map(choice -> choice.message().content().orElse(""))
        .toList();
  }
}
