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

  /**
   * Inert stubs: nothing runs them, so their bodies touch none of their own types. The scan
   * reads every class of the module, the SDK's own included (a shaded SDK ships inside the
   * jar), and SDK code that calls itself would be GAI301 like any other code.
   */
  static final List<Source> FILES = List.of(
      new Source("com/openai/client/OpenAIClient.java", """
          package com.openai.client;

          import com.openai.services.ChatService;

          /** Stub SDK client for benchmarks. */
          public final class OpenAIClient {
            private OpenAIClient() {}

            public static Builder builder() {
              return null;
            }

            public ChatService chat() {
              return null;
            }

            /** Stub builder. */
            public static final class Builder {
              public Builder baseUrl(String baseUrl) {
                return this;
              }

              public OpenAIClient build() {
                return null;
              }
            }
          }
          """),
      new Source("com/openai/services/ChatService.java", """
          package com.openai.services;

          import com.openai.models.ChatCompletion;
          import com.openai.models.ChatCompletionCreateParams;

          /** Stub chat endpoint. */
          public final class ChatService {
            public ChatCompletion create(ChatCompletionCreateParams params) {
              return null;
            }
          }
          """),
      new Source("com/openai/models/ChatCompletion.java", """
          package com.openai.models;

          /** Stub reply. */
          public final class ChatCompletion {
            public String text() {
              return "";
            }
          }
          """),
      new Source("com/openai/models/ChatCompletionCreateParams.java", """
          package com.openai.models;

          /** Stub request. */
          public final class ChatCompletionCreateParams {
            public ChatCompletionCreateParams(String model, String prompt) {}
          }
          """));
}
