package com.example.it.trailer;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.stereotype.Service;

/** Writes trailer loglines with the ChatClient Spring injects; it never builds a Spring AI type. */
@Service
public class LoglineWriter {

  private final ChatClient chat;

  public LoglineWriter(ChatClient chat) {
    this.chat = chat;
  }

  public String logline(String synopsis) {
    return chat.prompt().user("Write a one-line logline for: " + synopsis).call().content();
  }
}
