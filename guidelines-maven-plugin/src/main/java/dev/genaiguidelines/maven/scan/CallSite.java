package dev.genaiguidelines.maven.scan;

/**
 * A GenAI call in {@code method}. {@code coverField} is the field an initializer stores the
 * call's result in, if any.
 */
final class CallSite {
  final MethodFacts method;
  final String target;
  final String marker;
  final int line;
  String coverField;

  CallSite(MethodFacts method, String target, String marker, int line) {
    this.method = method;
    this.target = target;
    this.marker = marker;
    this.line = line;
  }
}
