package dev.genaiguidelines.policy;

import java.util.Locale;

/** An attribute of {@code @GenAiUse}, so a finding can point at the exact value at fault. */
public enum UseAttribute {
  /** The whole annotation, when no single attribute is at fault. */
  ANNOTATION,
  ID,
  TOOL,
  PURPOSE,
  OUTPUT,
  INPUTS,
  CREATES,
  CONTEXT,
  UNION_COVERED_WORK,
  MODEL,
  APPROVAL,
  CONSENT;

  /** The attribute's name in Java source ({@code unionCoveredWork}), or "" for the annotation. */
  public String javaName() {
    if (this == ANNOTATION) {
      return "";
    }
    String[] parts = name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return name.toString();
  }
}
