package com.example.it.vendors;

import com.google.cloud.vertexai.VertexAI;
import com.google.cloud.vertexai.generativeai.GenerativeModel;
import java.io.IOException;

/** Default method style: Vertex AI called from an interface's default method. */
public interface Storyboards {
  default String frame(String prompt) throws IOException {
    VertexAI vertex = new VertexAI("studio-project", "us-central1"); // vertex-new
    return new GenerativeModel("gemini-2.5-pro", vertex).generateContent(prompt).toString();
  }
}
