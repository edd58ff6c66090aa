package dev.genaiguidelines.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A performer's documented consent, covering the uses it lists. */
public record Consent(String id, List<String> uses, String performer, Optional<LocalDate> expires,
    String signature, String statement)
    implements LedgerEntry {

  public Consent {
    Objects.requireNonNull(id, "id");
    uses = List.copyOf(uses);
    performer = Objects.requireNonNullElse(performer, "");
    expires = Objects.requireNonNullElse(expires, Optional.empty());
    signature = Objects.requireNonNullElse(signature, "");
    statement = Objects.requireNonNullElse(statement, "");
  }

  /** An unsigned consent. */
  public Consent(String id, List<String> uses, String performer, Optional<LocalDate> expires) {
    this(id, uses, performer, expires, "", "");
  }

  @Override
  public String givenBy() {
    return performer;
  }

  @Override
  public String kind() {
    return "consent";
  }
}
