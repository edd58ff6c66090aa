package com.example.it.dub;

/** Formats subtitles; nothing here calls the SDK the module ships. */
public class Subtitles {

  public String line(String text) {
    return "- " + text;
  }
}
