package dev.genaiguidelines.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A performer's documented consent, covering the uses it lists. */
public record Consent(String id, List<String> uses, String performer, Optional<LocalDate> expires)
    implements LedgerEntry {

  public Consent {
    Objects.requireNonNull(id, "id");
    uses = List.copyOf(uses);
    performer = Objects.requireNonNullElse(performer, "");
    expires = Objects.requireNonNullElse(expires, Optional.empty());
  }

  @Override
  public String kind() {
    return "consent";
  }
}
