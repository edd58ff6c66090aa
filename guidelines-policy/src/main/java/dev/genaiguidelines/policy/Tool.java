package dev.genaiguidelines.policy;

import java.util.Objects;

/**
 * A vetted tool in the studio's registry, with the data practices that decide its risk.
 *
 * @param agreement reference of the enterprise agreement, or ""
 */
public record Tool(
    String id,
    String vendor,
    boolean enterpriseSecured,
    boolean trainsOnInputs,
    boolean retainsInputs,
    String agreement) {

  public Tool {
    Objects.requireNonNull(id, "id");
    vendor = Objects.requireNonNullElse(vendor, "");
    agreement = Objects.requireNonNullElse(agreement, "");
  }

  /** True when the tool stores, reuses or trains on what it is sent or produces. */
  public boolean keepsData() {
    return trainsOnInputs || retainsInputs;
  }
}
