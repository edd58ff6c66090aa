package com.example.studio.localization;

import com.example.studio.gateway.StudioAiGateway;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import java.util.List;
import java.util.Locale;

/**
 * Drafts dubbing scripts that the adaptation writers start from. The drafts are temporary: the
 * writers' adapted script is what the voice actors record.
 */
public class DubbingDrafts {

  @GenAiUse(id = "dubbing-drafts", tool = "studio-llm",
      purpose = "Drafts lip-sync-aware dubbing scripts for the adaptation writers to rework.",
      output = Output.TEMPORARY, inputs = DataInput.PRODUCTION_MATERIAL,
      creates = Creates.LOCALIZATION)
  public String draft(String scriptPage, Locale language) {
    StudioAiGateway gateway = StudioAiGateway.forTool("studio-llm");
    return gateway.generate("draft a dubbing script in " + language.getDisplayLanguage(Locale.ROOT),
        List.of(scriptPage)).output();
  }
}
