package com.example.it.localization;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** The subtitle desk's tools in 1.0.0. */
public class SubtitleDesk {

  @GenAiUse(id = "subtitle-drafts", tool = "studio-llm", model = "llm-1",
      purpose = "Drafts subtitles from the locked cut's dialogue list for the translators.",
      output = Output.TEMPORARY, inputs = DataInput.PRODUCTION_MATERIAL, creates = Creates.LOCALIZATION)
  public String subtitles(String dialogueList, String language) {
    return language + ":" + dialogueList;
  }

  @GenAiUse(id = "episode-recaps", tool = "studio-llm",
      purpose = "Summarises the previous episode for the translators' context notes.",
      output = Output.TEMPORARY, inputs = DataInput.PRODUCTION_MATERIAL, creates = Creates.ANALYSIS)
  public String recap(String script) {
    return script.substring(0, Math.min(80, script.length()));
  }
}
