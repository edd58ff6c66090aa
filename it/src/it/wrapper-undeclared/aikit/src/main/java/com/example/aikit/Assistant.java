package com.example.aikit;

/** What the studio's tools ask of an assistant. */
public interface Assistant {
  String ask(String prompt);

  String name();
}
