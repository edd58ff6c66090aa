package dev.genaiguidelines.maven.scan;

import java.util.ArrayList;
import java.util.List;

/** A field that carries at least one {@code @GenAiUse}. */
final class FieldFacts {
  final String name;
  final String descriptor;
  final List<UseValues> uses = new ArrayList<>(1);
  int firstStoreLine;

  FieldFacts(String name, String descriptor) {
    this.name = name;
    this.descriptor = descriptor;
  }
}
