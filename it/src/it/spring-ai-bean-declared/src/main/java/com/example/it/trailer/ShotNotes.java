package com.example.it.trailer;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.stereotype.Service;

/** Summarises a shot's notes with the ChatModel Spring injects. */
@Service
public class ShotNotes {

  private final ChatModel model;

  public ShotNotes(ChatModel model) {
    this.model = model;
  }

  @GenAiUse(id = "shot-note-summaries", tool = "studio-gen",
      purpose = "Summarises the script supervisor's shot notes for the editor.",
      output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.ANALYSIS)
  public String summary(String notes) {
    return model.call("Summarise these shot notes: " + notes);
  }
}
