package dev.genaiguidelines.annotations;

/** Whether generated material stays temporary or may become part of what is delivered. */
public enum Output {
  /**
   * Ideation, reference, previs and temp media that are replaced before delivery. The low-risk
   * end: shared with the studio, no approval needed for this reason alone. {@link DeliveryGate}
   * refuses a delivery that holds material stamped by a temporary use.
   */
  TEMPORARY,
  /**
   * Material that may appear on screen or in the delivered sound, in whole or in part, including
   * after further work by an artist. Needs written approval before it is used.
   */
  FINAL_DELIVERABLE
}
