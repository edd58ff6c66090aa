package com.example.it.vendors;

import ai.djl.modality.nlp.generate.SearchConfig;
import com.assemblyai.api.AssemblyAI;
import com.cohere.api.Cohere;
import com.microsoft.semantickernel.Kernel;
import com.theokanning.openai.service.OpenAiService;
import io.github.ollama4j.Ollama;
import io.github.sashirestela.openai.SimpleOpenAI;
import io.modelcontextprotocol.spec.McpSchema;

/** One call each of the other SDKs. */
public final class OtherSdks {
  Object djl() {
    SearchConfig config = new SearchConfig(); // djl
    config.setMaxSeqLength(64);
    return config;
  }

  Object mcpSampling() {
    return McpSchema.CreateMessageRequest.builder().systemPrompt("Tag the scene").build(); // mcp
  }

  Object simpleOpenAi() {
    return SimpleOpenAI.builder(); // simple-openai
  }

  Object theokanning() {
    return new OpenAiService("key"); // theokanning
  }

  Object ollama() throws Exception {
    return new Ollama().ping(); // ollama
  }

  Object semanticKernel() {
    return Kernel.builder().build(); // semantic-kernel
  }

  Object cohere() {
    return Cohere.builder(); // cohere
  }

  Object assemblyAi() {
    return AssemblyAI.builder(); // assemblyai
  }
}
