package com.example.it.pipeline;

import com.example.it.aikit.MeetingNotes;

/** The pipeline's own code only calls aikit; the GenAI call and its declaration are aikit's. */
public final class Coordination {
  private final MeetingNotes notes;

  public Coordination(MeetingNotes notes) {
    this.notes = notes;
  }

  public String actionItems(String minutes) {
    return notes.summarize(minutes);
  }
}
