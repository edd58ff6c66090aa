package dev.genaiguidelines.annotations;

/** A kind of material sent to a generative-AI tool. */
public enum DataInput {
  /**
   * Only prompts written for the purpose; no production data at all. Must stand alone: do not
   * list it beside other inputs.
   */
  NONE,
  /** Material in the public domain, such as out-of-copyright paintings or government footage. */
  PUBLIC_DOMAIN,
  /**
   * Proprietary production data: unreleased scripts, footage, stills, artwork, audio, schedules.
   * Needs approval unless the tool is covered by an enterprise agreement that safeguards inputs.
   */
  PRODUCTION_MATERIAL,
  /**
   * Anything that identifies a person: names with contact details, crew records, faces of
   * members of the public. Always needs approval.
   */
  PERSONAL_DATA,
  /**
   * A performer's face, body or voice, including footage or recordings of them. Needs the
   * performer's documented consent and approval.
   */
  TALENT_LIKENESS,
  /**
   * Material the production does not own or license for this purpose: another studio's footage,
   * artwork found online, a living artist's style reference. Always needs approval.
   */
  THIRD_PARTY_IP
}
