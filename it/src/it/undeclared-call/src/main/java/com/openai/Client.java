package com.openai;

/** Stands in for a vendor SDK client, so the test needs no download. */
public class Client {

  public String complete(String prompt) {
    return prompt;
  }
}
