package com.example.it.vendors;

import com.google.genai.Client;
import java.util.List;

/** Lambda style: the call sits in a lambda body, reported as the method that makes it. */
public final class GeminiBatch {
  public void tagAll(List<String> scenes) {
    Client client = new Client(); // gemini-client
    scenes.forEach(scene -> client.models.generateContent("gemini-2.5-flash", scene, null)); // gemini-lambda
  }
}
