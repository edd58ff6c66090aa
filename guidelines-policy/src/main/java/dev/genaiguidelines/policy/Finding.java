package dev.genaiguidelines.policy;

import java.util.Objects;

/**
 * One rule that fired, with its effective severity and the complete message.
 *
 * @param subject the use id, the ledger record id (GAI008) or the element (GAI301)
 * @param attribute the {@code @GenAiUse} attribute at fault, so the processor can point at it
 * @param message the full message, starting with {@code [GAIxxx]}
 */
public record Finding(Rule rule, Severity severity, String subject, UseAttribute attribute, String message) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(message, "message");
  }
}
