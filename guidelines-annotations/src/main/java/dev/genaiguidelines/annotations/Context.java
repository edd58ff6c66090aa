package dev.genaiguidelines.annotations;

/** Whether the production is fiction or factual; factual content must never mislead. */
public enum Context {
  /** Scripted fiction: series, features, animation. */
  FICTION,
  /**
   * Documentaries, docuseries, reality and any content the audience takes as real. Generated
   * material beyond ideation, previs and analysis needs approval, because it could be mistaken
   * for a record of real events.
   */
  DOCUMENTARY
}
