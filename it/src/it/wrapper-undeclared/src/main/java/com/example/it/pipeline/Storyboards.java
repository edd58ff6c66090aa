package com.example.it.pipeline;

import com.example.aikit.Assistant;
import com.example.aikit.Assistants;
import com.example.aikit.OpenAiAssistant;

/** Storyboard helpers built on the studio's aikit. */
public class Storyboards {

  /** Calls the aikit class whose method calls OpenAI. */
  String describe(OpenAiAssistant assistant, String shot) {
    return assistant.ask("Describe the shot " + shot);
  }

  /** Calls through aikit's interface: its aikit implementation calls OpenAI. */
  String pitch(Assistant assistant, String idea) {
    return assistant.ask("Pitch " + idea);
  }

  /** Reaches no GenAI: no finding. */
  String title(Assistant assistant, String shot) {
    return Assistants.title(shot) + " (" + assistant.name() + ")";
  }
}
