package dev.genaiguidelines.bench;

/**
 * One line of the results table.
 *
 * @param figure the figure of the issue it answers (1 to 4)
 * @param measure what was measured, with its size
 * @param subject the value with the plugin or processor (or the measured value)
 * @param baseline the same without them, or "" where there is no baseline
 * @param result the ratio or value the target is judged on
 * @param target the target
 * @param holds whether the target holds
 */
record ResultRow(int figure, String measure, String subject, String baseline, String result,
    String target, boolean holds) {

  String markdown() {
    return "| " + figure + " | " + measure + " | " + subject + " | " + baseline + " | " + result
        + " | " + target + " | " + (holds ? "yes" : "**no**") + " |";
  }

  static String header() {
    return "| # | measure | with guidelines | without | result | target | holds |\n"
        + "|---|---|---:|---:|---:|---|---|";
  }
}
