package com.openaitools;

/** An own package whose name only starts like com.openai. */
public final class Helper {
  public String name() {
    return "helper";
  }
}
