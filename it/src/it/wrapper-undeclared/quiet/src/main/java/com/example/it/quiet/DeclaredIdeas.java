package com.example.it.quiet;

import com.example.aikit.Assistant;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** A declared use of aikit: covered, so calling the wrapper here raises nothing. */
public class DeclaredIdeas {

  @GenAiUse(id = "mood-ideas", tool = "studio-gen",
      purpose = "Suggests mood-board ideas through the studio's aikit.",
      output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.IDEATION)
  public String ideas(Assistant assistant, String theme) {
    return assistant.ask("Mood-board ideas for " + theme);
  }
}
