package dev.genaiguidelines.maven.scan;

/**
 * A GenAI call in {@code method}, made by it or, through a dependency method, {@code via} it.
 * {@code coverField} is the field an initializer stores the
 * call's result in, if any.
 */
final class CallSite {
  final MethodFacts method;
  final String target;
  final String marker;
  final int line;
  /** The dependency element that makes the GenAI call for this one, or "" (see WrapperCalls). */
  final String via;
  String coverField;

  CallSite(MethodFacts method, String target, String marker, int line, String via) {
    this.method = method;
    this.target = target;
    this.marker = marker;
    this.line = line;
    this.via = via;
  }
}
