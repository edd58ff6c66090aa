package dev.genaiguidelines.maven.baseline;

import java.util.Comparator;
import java.util.Objects;

/**
 * What identifies a use from one release to the next: its id, and in an aggregate report the
 * module it is declared in.
 *
 * @param module the module (artifactId), or "" in a single project's report
 */
public record UseKey(String module, String id) implements Comparable<UseKey> {

  private static final Comparator<UseKey> ORDER =
      Comparator.comparing(UseKey::id).thenComparing(UseKey::module);

  public UseKey {
    module = Objects.requireNonNullElse(module, "");
    Objects.requireNonNull(id, "id");
  }

  /**
   * {@code id}, or {@code module/id} when the use is in a module: the form the JSON report's
   * {@code added} and {@code removed} lists use. Neither an artifactId nor a use id can contain a
   * slash, so it splits unambiguously.
   */
  @Override
  public String toString() {
    return module.isEmpty() ? id : module + '/' + id;
  }

  /** By id, then module, as the reports sort uses. */
  @Override
  public int compareTo(UseKey other) {
    return ORDER.compare(this, other);
  }
}
