package com.example.it.vendors;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/** Static factory style. */
public final class OpenAiQuick {
  public static OpenAIClient client() {
    return OpenAIOkHttpClient.fromEnv(); // openai-factory
  }
}
