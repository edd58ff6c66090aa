package com.example.it.vendors;

import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/** AWS style: a client factory and a consumer-builder lambda. */
public final class BedrockConverse {
  public Object converse() {
    BedrockRuntimeClient client = BedrockRuntimeClient.create(); // bedrock-create
    return client.converse(request -> request.modelId("anthropic.claude-3-haiku")); // bedrock-converse
  }
}
