package dev.genaiguidelines.processor;

import dev.genaiguidelines.policy.Rule;
import javax.lang.model.element.Element;

/**
 * {@code @SuppressWarnings("GAI007")} on an element or any element around it silences that
 * rule's warnings and notes there. Errors are never suppressed: a violation must be fixed or
 * approved.
 */
final class Suppressions {

  private Suppressions() {}

  /** True when {@code element} or one of its enclosing elements suppresses {@code rule}. */
  static boolean suppressed(Element element, Rule rule) {
    for (Element current = element; current != null; current = current.getEnclosingElement()) {
      SuppressWarnings suppress = current.getAnnotation(SuppressWarnings.class);
      if (suppress != null) {
        for (String name : suppress.value()) {
          if (rule.id().equalsIgnoreCase(name.strip())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
