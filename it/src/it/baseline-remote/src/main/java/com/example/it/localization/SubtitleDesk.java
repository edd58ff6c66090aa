package com.example.it.localization;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** The subtitle desk's tools in 1.1.0: a new model, no recaps, reading-speed checks. */
public class SubtitleDesk {

  @GenAiUse(id = "subtitle-drafts", tool = "studio-llm", model = "llm-2",
      purpose = "Drafts subtitles from the locked cut's dialogue list for the translators.",
      output = Output.TEMPORARY, inputs = DataInput.PRODUCTION_MATERIAL, creates = Creates.LOCALIZATION)
  public String subtitles(String dialogueList, String language) {
    return language + ":" + dialogueList;
  }

  @GenAiUse(id = "reading-speed-check", tool = "studio-llm",
      purpose = "Flags subtitle events that read faster than the house style allows.",
      output = Output.TEMPORARY, inputs = DataInput.PRODUCTION_MATERIAL, creates = Creates.ANALYSIS)
  public boolean tooFast(String event, double seconds) {
    return event.length() / seconds > 17;
  }
}
