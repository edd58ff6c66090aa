package dev.genaiguidelines.policy;

/** How a finding is reported; ERROR fails the build, OFF drops the finding. */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  OFF
}
