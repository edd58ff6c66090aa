package com.example.it.vendors;

import com.azure.ai.openai.OpenAIClientBuilder;

/** Anonymous class style, with an Azure OpenAI endpoint. */
public final class AzureTagger {
  public Runnable later() {
    return new Runnable() {
      @Override
      public void run() {
        new OpenAIClientBuilder() // azure-builder
            .endpoint("https://studio-east.openai.azure.com/")
            .buildClient();
      }
    };
  }
}
