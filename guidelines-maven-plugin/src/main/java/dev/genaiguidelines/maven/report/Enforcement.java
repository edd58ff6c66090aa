package dev.genaiguidelines.maven.report;

/**
 * How the same build's {@code check} is set to enforce the policy, so a release built with
 * enforcement off says so in the report it carries.
 *
 * @param checkRuns true when {@code check} is bound in the build or named on the command line
 * @param failOnViolation {@code guidelines.failOnViolation} as {@code check} is configured
 * @param failOnUndeclared {@code guidelines.failOnUndeclared} as configured
 * @param failOnUnreadable {@code guidelines.failOnUnreadable} as configured
 * @param failOnMissingCatalog {@code guidelines.failOnMissingCatalog} as configured
 */
public record Enforcement(boolean checkRuns, boolean failOnViolation, boolean failOnUndeclared,
    boolean failOnUnreadable, boolean failOnMissingCatalog) {

  /** Everything on, as a build with {@code check} bound and left at its defaults. */
  public static final Enforcement FULL = new Enforcement(true, true, true, true, true);

  /** True when any part of enforcement is off. */
  public boolean weakened() {
    return !(checkRuns && failOnViolation && failOnUndeclared && failOnUnreadable
        && failOnMissingCatalog);
  }

  /** What is off, in words, e.g. {@code guidelines.failOnViolation is false}; empty when none. */
  public java.util.List<String> whatIsOff() {
    java.util.List<String> off = new java.util.ArrayList<>();
    if (!checkRuns) {
      off.add("guidelines:check does not run in this build");
    }
    if (!failOnViolation) {
      off.add("guidelines.failOnViolation is false");
    }
    if (!failOnUndeclared) {
      off.add("guidelines.failOnUndeclared is false");
    }
    if (!failOnUnreadable) {
      off.add("guidelines.failOnUnreadable is false");
    }
    if (!failOnMissingCatalog) {
      off.add("guidelines.failOnMissingCatalog is false");
    }
    return off;
  }
}
