package com.example.it.vendors;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Raw java.net.http calls to vendors without a Java SDK here. */
public final class RawHttp {
  private final HttpClient http = HttpClient.newHttpClient();

  private String post(String url, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  String mistral() throws Exception { return post("https://api.mistral.ai/v1/chat/completions", "{}"); }
  String deepseek() throws Exception { return post("https://api.deepseek.com/chat/completions", "{}"); }
  String groq() throws Exception { return post("https://api.groq.com/openai/v1/chat/completions", "{}"); }
  String xai() throws Exception { return post("https://api.x.ai/v1/chat/completions", "{}"); }
  String openRouter() throws Exception { return post("https://openrouter.ai/api/v1/chat/completions", "{}"); }
  String together() throws Exception { return post("https://api.together.xyz/v1/chat/completions", "{}"); }
  String huggingFace() throws Exception { return post("https://router.huggingface.co/v1/chat/completions", "{}"); }
  String perplexity() throws Exception { return post("https://api.perplexity.ai/chat/completions", "{}"); }
  String stability() throws Exception { return post("https://api.stability.ai/v2beta/stable-image/generate/core", "{}"); }
  String bfl() throws Exception { return post("https://api.bfl.ai/v1/flux-pro-1.1", "{}"); }
  String runway() throws Exception { return post("https://api.dev.runwayml.com/v1/image_to_video", "{}"); }
  String luma() throws Exception { return post("https://api.lumalabs.ai/dream-machine/v1/generations", "{}"); }
  String firefly() throws Exception { return post("https://firefly-api.adobe.io/v3/images/generate", "{}"); }
  String deepgram() throws Exception { return post("https://api.deepgram.com/v1/listen", "{}"); }
  String replicate() throws Exception { return post("https://api.replicate.com/v1/predictions", "{}"); }
  String fal() throws Exception { return post("https://queue.fal.run/fal-ai/flux/dev", "{}"); }
  String heygen() throws Exception { return post("https://api.heygen.com/v2/video/generate", "{}"); }
  String azureSpeech() throws Exception { return post("https://studio.cognitiveservices.azure.com/tts", "{}"); }
  String anthropicUpperCase() throws Exception { return post("https://API.ANTHROPIC.COM/v1/messages", "{}"); }
  String gemini() throws Exception { return post("https://generativelanguage.googleapis.com/v1beta/models", "{}"); }
  String localOllama() throws Exception { return post("http://localhost:11434/api/generate", "{}"); }
}
