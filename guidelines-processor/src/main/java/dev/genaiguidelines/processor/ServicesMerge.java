package dev.genaiguidelines.processor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Decides which providers the services file lists after a compilation: those it generated, and
 * those an earlier compilation registered that still hold, so that an IDE or incremental build
 * that recompiles only some sources still gets a complete catalog.
 *
 * <p>An earlier entry of ours is dropped when this compilation replaces it: a package it lists
 * (or, when its class cannot be read, its own package) has a source in this compilation, so this
 * compilation's provider lists its uses again, those of the types not compiled read from their
 * class files, or they are no uses any more. That also drops the per-type entries an
 * earlier version wrote, so a build after an upgrade lists no use twice. An entry of a package
 * this compilation did not touch is kept while its provider class is on the class path (and, for
 * an earlier version's per-type provider, its type). Entries this processor did not generate are
 * always kept.
 */
final class ServicesMerge {

  private ServicesMerge() {}

  /** The names to list, sorted, and a note for every entry dropped for want of its classes. */
  record Outcome(Set<String> names, List<String> notes) {}

  /**
   * Merges an earlier services file with this compilation's providers.
   *
   * @param before the names the earlier file listed
   * @param generated every provider this compilation wrote
   * @param replaced whether this compilation replaces the earlier provider of this binary name
   * @param onClassPath whether a type of this binary name is on the class path
   */
  static Outcome merge(Collection<String> before, Collection<String> generated,
      Predicate<String> replaced, Predicate<String> onClassPath) {
    Set<String> merged = new TreeSet<>(generated);
    List<String> notes = new ArrayList<>();
    for (String name : before) {
      Optional<ProviderName> parsed = ProviderName.parse(name);
      if (parsed.isEmpty()) {
        merged.add(name); // Not ours to judge.
        continue;
      }
      ProviderName provider = parsed.get();
      Optional<String> type = provider.type();
      if (replaced.test(name)) {
        if (!generated.contains(name) && !onClassPath.test(name)) {
          notes.add("[genai] " + ServicesFile.PATH + " no longer lists " + name + ", which this"
              + " compilation replaces: it is not on the class path, so the uses it listed of"
              + " types that this compilation did not compile, if any, could not be read from"
              + " their class files and are not listed"
              + " until the module is built in full (an incremental compilation needs the class"
              + " output on its class path).");
        }
      } else if (onClassPath.test(name) && type.map(onClassPath::test).orElse(true)) {
        merged.add(name);
      } else {
        notes.add("[genai] " + ServicesFile.PATH + " no longer lists " + name + ": it"
            + type.map(owner -> " or " + owner).orElse("") + " is not on the class path any"
            + " more (an incremental compilation needs the class output on its class path).");
      }
    }
    return new Outcome(merged, notes);
  }
}
