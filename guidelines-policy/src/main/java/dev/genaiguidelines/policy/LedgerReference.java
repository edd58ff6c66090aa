package dev.genaiguidelines.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An approval or consent that a judged use names, as the report vouches for it: who gave it,
 * when, until when, and whose key signed it.
 *
 * @param kind {@code approval} or {@code consent}
 * @param givenBy the approval's {@code approvedBy} or the consent's {@code performer}
 * @param date the approval's date; empty for a consent
 * @param signedBy the {@code SHA256:} fingerprint of the approver key whose signature verified,
 *     or "" when the entry is unsigned or its signature does not verify
 * @param usedBy the ids of the judged uses that name it, sorted
 */
public record LedgerReference(String kind, String id, String givenBy, Optional<LocalDate> date,
    Optional<LocalDate> expires, String signedBy, List<String> usedBy) {

  public LedgerReference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(givenBy, "givenBy");
    date = Objects.requireNonNullElse(date, Optional.empty());
    expires = Objects.requireNonNullElse(expires, Optional.empty());
    Objects.requireNonNull(signedBy, "signedBy");
    usedBy = usedBy.stream().sorted().distinct().toList();
  }
}
