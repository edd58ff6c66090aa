package com.example.studio.previs;

import com.example.studio.gateway.StudioAiGateway;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import java.util.ArrayList;
import java.util.List;

/** Turns a shot list into rough storyboard frames for the previs team. */
public class StoryboardGenerator {

  /** One rough frame per shot; the story artists redraw the ones the director keeps. */
  @GenAiUse(id = "previs-storyboards", tool = "storyboard-diffusion",
      purpose = "Drafts rough storyboard frames from the written shot list for previs.",
      output = Output.TEMPORARY, inputs = DataInput.NONE,
      creates = {Creates.PREVIS, Creates.IDEATION})
  public List<String> frames(List<String> shots) {
    StudioAiGateway gateway = StudioAiGateway.forTool("storyboard-diffusion");
    List<String> frames = new ArrayList<>();
    for (String shot : shots) {
      frames.add(gateway.generate("storyboard frame, rough pencil: " + shot, List.of()).output());
    }
    return frames;
  }
}
