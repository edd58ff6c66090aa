package com.example.it.dub;

import com.openai.Client;

/** Drafts dubbing lines; nobody declared the GenAI use. */
public class QuickDub {

  public String run(String line) {
    return new Client().complete("Translate to French: " + line);
  }
}
