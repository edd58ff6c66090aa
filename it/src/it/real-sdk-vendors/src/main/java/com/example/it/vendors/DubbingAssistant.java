package com.example.it.vendors;

import dev.langchain4j.service.SystemMessage;

/** A LangChain4j AI service: its calls reach a model through a proxy. */
public interface DubbingAssistant {
  @SystemMessage("You adapt dialogue for dubbing.")
  String adapt(String line);
}
