package dev.genaiguidelines.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A written approval or a performer consent: a record in the ledger that covers some uses. */
public sealed interface LedgerEntry permits Approval, Consent {

  String id();

  /** The use ids this record covers. */
  List<String> uses();

  /** The last day the record is valid, if it expires. */
  Optional<LocalDate> expires();

  /** "approval" or "consent", for messages. */
  String kind();

  /** Who gave it: the approval's {@code approvedBy}, the consent's {@code performer}. */
  String givenBy();

  /**
   * The armored OpenSSH signature ({@code -----BEGIN SSH SIGNATURE-----}) over {@link
   * #statement()}, or "" when the entry is unsigned.
   */
  String signature();

  /** The approval statement the signature was made over, as signed, or "" when unsigned. */
  String statement();

  /** True when the record is no longer valid on {@code asOf} (it is valid through its expiry day). */
  default boolean expiredOn(LocalDate asOf) {
    return expires().map(asOf::isAfter).orElse(false);
  }

  /** True when the record lists {@code useId}. */
  default boolean covers(String useId) {
    return uses().contains(useId);
  }
}
