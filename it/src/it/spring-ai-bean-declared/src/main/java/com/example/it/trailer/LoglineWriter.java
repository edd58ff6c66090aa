package com.example.it.trailer;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.annotations.Output;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.stereotype.Service;

/** Writes trailer loglines with the ChatClient Spring injects; it never builds a Spring AI type. */
@Service
@GenAiUse(id = "trailer-loglines", tool = "studio-gen",
    purpose = "Drafts trailer loglines from a synopsis for the marketing team to rewrite.",
    output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.IDEATION)
public class LoglineWriter {

  private final ChatClient chat;

  public LoglineWriter(ChatClient chat) {
    this.chat = chat;
  }

  public String logline(String synopsis) {
    return chat.prompt().user("Write a one-line logline for: " + synopsis).call().content();
  }
}
