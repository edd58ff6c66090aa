package dev.genaiguidelines.maven.scan;

/** An invokedynamic in {@code creator} that turns a method of this class into a lambda. */
final class LambdaLink {
  final String bodyName;
  final String bodyDescriptor;
  final MethodFacts creator;
  String coverField;

  LambdaLink(String bodyName, String bodyDescriptor, MethodFacts creator) {
    this.bodyName = bodyName;
    this.bodyDescriptor = bodyDescriptor;
    this.creator = creator;
  }
}
