package dev.genaiguidelines.annotations;

/** What generated material is used as; this decides how much review a use needs. */
public enum Creates {
  /** Mood boards, concept sketches, reference, pitch material. Never seen by the audience. */
  IDEATION,
  /** Storyboards, previsualization, animatics and temp media replaced before delivery. */
  PREVIS,
  /**
   * Tagging, transcripts, summaries, search, QC reports: material that informs the crew and is
   * never on screen.
   */
  ANALYSIS,
  /**
   * Set dressing, props and far background that the story never alludes to: a crowd in the far
   * distance, books on a shelf, signage nobody reads. A prop the story depends on (the letter a
   * character reads aloud, the painting a heist is about) is a {@link #KEY_VISUAL} instead.
   */
  BACKGROUND_ELEMENT,
  /** A main or recurring character, or the look of one. Needs approval. */
  KEY_CHARACTER,
  /**
   * A visual element central to the story or the brand: a hero prop, a creature, a logo, key
   * art, a title sequence. Needs approval.
   */
  KEY_VISUAL,
  /** A fictional place central to the story: a city, a planet, the main set. Needs approval. */
  STORY_SETTING,
  /**
   * Script pages, dialogue, story text, treatments. Work of union-represented writers: needs
   * approval.
   */
  WRITTEN_MATERIAL,
  /** Subtitles, captions and dubbing scripts. */
  LOCALIZATION,
  /**
   * Changes to a recorded performance: de-aging, lip sync, replaced or altered dialogue. Needs
   * the performer's documented consent and approval.
   */
  PERFORMANCE_ALTERATION,
  /**
   * A new performance generated from a performer's likeness. Needs the performer's documented
   * consent and approval.
   */
  DIGITAL_REPLICA,
  /**
   * A generated voice, cloned or designed, that speaks in the production. Needs the performer's
   * documented consent and approval.
   */
  SYNTHETIC_VOICE
}
