package com.example.it.quiet;

import com.example.aikit.Assistant;
import com.example.aikit.Assistants;

/** Uses only aikit methods that reach no GenAI. */
public class Titles {
  String title(Assistant assistant, String shot) {
    return Assistants.title(shot) + " (" + assistant.name() + ")";
  }
}
