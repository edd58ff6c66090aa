package com.example.it.violations;

import com.openai.client.OpenAIClient;
import com.openai.models.audio.speech.SpeechCreateParams;
import com.openai.models.audio.speech.SpeechModel;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;

/** Clones the lead's voice for pickup lines, with no consent on record. */
public final class VoiceDouble {

  @GenAiUse(
      id = "voice-clone",
      tool = "openai-enterprise",
      purpose = "Speaks pickup lines in the lead actor's voice for the temp mix.",
      output = Output.TEMPORARY,
      inputs = DataInput.TALENT_LIKENESS,
      creates = Creates.SYNTHETIC_VOICE)
  public Object speak(OpenAIClient client, String line) {
    return client.audio().speech().create(SpeechCreateParams.builder()
        .model(SpeechModel.GPT_4O_MINI_TTS)
        .voice(SpeechCreateParams.Voice.ASH)
        .input(line)
        .build());
  }
}
