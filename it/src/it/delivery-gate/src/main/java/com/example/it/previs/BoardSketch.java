package com.example.it.previs;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Drafts storyboard frames for previs. */
public class BoardSketch {

  /** Writes {@code boards/<shot>.png} under {@code out} and returns it. */
  @GenAiUse(id = "storyboard-frames", tool = "studio-gen",
      purpose = "Drafts rough storyboard frames from the shot list.",
      output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.PREVIS)
  public Path sketch(Path out, String shot) throws IOException {
    Path frame = out.resolve("boards").resolve(shot + ".png");
    Files.createDirectories(frame.getParent());
    return Files.write(frame, ("frame for " + shot).getBytes(StandardCharsets.UTF_8));
  }
}
