package dev.genaiguidelines.bench;

import java.util.List;

/**
 * A stand-in for an OpenAI-style Java SDK, compiled into each generated module: its package
 * {@code com.openai} is a built-in GenAI marker, so calls into it are what GAI301 looks for.
 */
final class StubSdk {

  private StubSdk() {}

  /** One stub source file, relative to the source root. */
  record Source(String path, String text) {}

  /** Internal-name prefix of every stub class; copies of a corpus share one set of them. */
  static final String INTERNAL_PREFIX = "com/openai/";

  static final List<Source> FILES = List.of(
      new Source("com/openai/client/OpenAIClient.java", """
          package com.openai.client;

          import com.openai.services.ChatService;

          /** Stub SDK client for benchmarks. */
          public final class OpenAIClient {
            private final String baseUrl;

            private OpenAIClient(String baseUrl) {
              this.baseUrl = baseUrl;
            }

            public static Builder builder() {
              return new Builder();
            }

            public ChatService chat() {
              return new ChatService(baseUrl);
            }

            /** Stub builder. */
            public static final class Builder {
              private String baseUrl = "";

              public Builder baseUrl(String baseUrl) {
                this.baseUrl = baseUrl;
                return this;
              }

              public OpenAIClient build() {
                return new OpenAIClient(baseUrl);
              }
            }
          }
          """),
      new Source("com/openai/services/ChatService.java", """
          package com.openai.services;

          import com.openai.models.ChatCompletion;
          import com.openai.models.ChatCompletionCreateParams;

          /** Stub chat endpoint: answers locally. */
          public final class ChatService {
            private final String baseUrl;

            public ChatService(String baseUrl) {
              this.baseUrl = baseUrl;
            }

            public ChatCompletion create(ChatCompletionCreateParams params) {
              return new ChatCompletion(baseUrl + "#" + params.model(), "ok: " + params.prompt());
            }
          }
          """),
      new Source("com/openai/models/ChatCompletion.java", """
          package com.openai.models;

          /** Stub reply. */
          public record ChatCompletion(String id, String text) {}
          """),
      new Source("com/openai/models/ChatCompletionCreateParams.java", """
          package com.openai.models;

          /** Stub request. */
          public record ChatCompletionCreateParams(String model, String prompt) {}
          """));
}
