package dev.genaiguidelines.maven.scan;

/** A nested (usually anonymous) class instantiated in an initializer. */
final class NestedCreation {
  final String nested;
  String coverField;

  NestedCreation(String nested) {
    this.nested = nested;
  }
}
