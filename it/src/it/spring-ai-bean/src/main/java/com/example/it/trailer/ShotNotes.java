package com.example.it.trailer;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.stereotype.Service;

/** Summarises a shot's notes with the ChatModel Spring injects. */
@Service
public class ShotNotes {

  private final ChatModel model;

  public ShotNotes(ChatModel model) {
    this.model = model;
  }

  public String summary(String notes) {
    return model.call("Summarise these shot notes: " + notes);
  }
}
