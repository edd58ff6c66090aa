package com.example.it.sdk;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

/** Somebody's quick script: it calls the SDK and declares nothing. */
public final class QuickScript {
  public static void main(String[] args) {
    OpenAIClient client = OpenAIOkHttpClient.fromEnv(); // from-env
    ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
        .model(ChatModel.GPT_4O)
        .addUserMessage("Write a tagline for episode 3.")
        .build();
    System.out.println(client.chat().completions().create(params)); // create
  }
}
