package com.example.studio.dailies;

import com.example.studio.gateway.StudioAiGateway;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import java.util.List;

/**
 * Tags each take of the dailies (scene, characters, shot size) so editorial can search them.
 * The footage is unreleased production material, so it only goes to an enterprise-secured tool.
 */
@GenAiUse(id = "dailies-tagging", tool = "dailies-vision",
    purpose = "Tags dailies takes with scene, characters and shot size for editorial search.",
    output = Output.TEMPORARY, inputs = DataInput.PRODUCTION_MATERIAL,
    creates = Creates.ANALYSIS)
public class DailiesTagger {

  private final StudioAiGateway gateway = StudioAiGateway.forTool("dailies-vision");

  public List<String> tags(String takeId) {
    String answer = gateway.generate("list scene, characters and shot size", List.of(takeId))
        .output();
    return List.of(answer.split(","));
  }
}
