package dev.genaiguidelines.maven.scan;

/**
 * A GenAI call: in {@code method}, or in the constant value of {@code field}.
 * {@code coverField} is the field an initializer stores the call's result in, if any.
 */
final class CallSite {
  final MethodFacts method;
  final String field;
  final String target;
  final String marker;
  final int line;
  String coverField;

  CallSite(MethodFacts method, String field, String target, String marker, int line) {
    this.method = method;
    this.field = field;
    this.target = target;
    this.marker = marker;
    this.line = line;
  }
}
