package com.example.it.vfx;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the far-background crowd of a stadium wide shot. */
@GenAiUse(id = "crowd-extension", tool = "studio-gen",
    purpose = "Extends crowds in the far background of stadium wide shots.",
    output = Output.FINAL_DELIVERABLE, inputs = DataInput.PRODUCTION_MATERIAL,
    creates = Creates.BACKGROUND_ELEMENT, approval = "APR-2025-0042")
public class CrowdRender {

  /** Writes {@code shots/<shot>.exr} under {@code out} and returns it. */
  public Path render(Path out, String shot) throws IOException {
    Path frame = out.resolve("shots").resolve(shot + ".exr");
    Files.createDirectories(frame.getParent());
    return Files.write(frame, ("plate " + shot + " + crowd").getBytes(StandardCharsets.UTF_8));
  }
}
