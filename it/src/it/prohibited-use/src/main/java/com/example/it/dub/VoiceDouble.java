package com.example.it.dub;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Generates pickup lines in the lead actor's voice. */
public class VoiceDouble {

  @GenAiUse(id = "voice-clone", tool = "free-voice",
      purpose = "Generates pickup lines in the lead actor's voice.",
      output = Output.TEMPORARY, inputs = DataInput.TALENT_LIKENESS,
      creates = Creates.SYNTHETIC_VOICE)
  public byte[] speak(String line) {
    return line.getBytes();
  }
}
