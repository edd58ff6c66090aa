package dev.genaiguidelines.policy.ssh;

import dev.genaiguidelines.policy.Rule;

/** How a message quotes input it could not use: visible, on one line, and short. */
final class Quoted {
  /** Enough to recognize a key type, a namespace or the start of a base64 run. */
  static final int MAX_CHARS = 40;

  private Quoted() {}

  /**
   * The text in single quotes, with invisible and line-breaking characters written as
   * {@code \\uXXXX} ({@link Rule#visible}) and cut to {@link #MAX_CHARS} characters, so a hostile
   * key line or armor can neither forge a build-log line nor flood it.
   */
  static String of(String text) {
    String cut = text.length() <= MAX_CHARS
        ? text
        : text.substring(0, MAX_CHARS) + "... (" + text.length() + " characters)";
    // Cutting may split a surrogate pair; visible() leaves a lone surrogate as it is, harmless.
    return "'" + Rule.visible(cut) + "'";
  }
}
