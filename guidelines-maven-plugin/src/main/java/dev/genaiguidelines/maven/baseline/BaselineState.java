package dev.genaiguidelines.maven.baseline;

import java.util.Locale;

/** How a result relates to the baseline, with SARIF's names for the states. */
public enum BaselineState {
  /** The use, call or ledger finding is not in the baseline. */
  NEW,
  /** The use is in the baseline, with a different declaration or verdict. */
  UPDATED,
  /** The baseline has it as it is now. */
  UNCHANGED;

  /** SARIF's {@code result.baselineState}: {@code new}, {@code updated} or {@code unchanged}. */
  public String sarifName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
