package dev.genaiguidelines.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A written approval from the studio, covering the uses it lists. */
public record Approval(
    String id, List<String> uses, String approvedBy, LocalDate date, Optional<LocalDate> expires,
    String signature, String statement)
    implements LedgerEntry {

  public Approval {
    Objects.requireNonNull(id, "id");
    uses = List.copyOf(uses);
    approvedBy = Objects.requireNonNullElse(approvedBy, "");
    expires = Objects.requireNonNullElse(expires, Optional.empty());
    signature = Objects.requireNonNullElse(signature, "");
    statement = Objects.requireNonNullElse(statement, "");
  }

  /** An unsigned approval. */
  public Approval(
      String id, List<String> uses, String approvedBy, LocalDate date, Optional<LocalDate> expires) {
    this(id, uses, approvedBy, date, expires, "", "");
  }

  @Override
  public String givenBy() {
    return approvedBy;
  }

  @Override
  public String kind() {
    return "approval";
  }
}
