package com.example.it.vendors;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeClient;

/** Inner class style, and the Bedrock control plane. */
public final class BedrockAgents {
  final class Retriever {
    Object retrieve(String query) {
      return BedrockAgentRuntimeClient.create() // agent-create
          .retrieve(request -> request.knowledgeBaseId("kb-1"));
    }
  }

  Object models() {
    return BedrockClient.create().listFoundationModels(request -> { }); // control-plane
  }
}
