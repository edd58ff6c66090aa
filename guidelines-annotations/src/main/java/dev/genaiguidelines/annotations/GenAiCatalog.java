package dev.genaiguidelines.annotations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Every {@link GenAiUse} compiled into the modules on a class path, as the annotation processor
 * recorded them, for pipeline code that stamps, audits or gates generated material at run time.
 *
 * <p>Each module compiled with the guidelines processor holds a generated {@link Provider} for
 * every package that declares uses, registered in {@code
 * META-INF/services/dev.genaiguidelines.annotations.GenAiCatalog$Provider}.
 * {@link #load()} finds them with {@link ServiceLoader} only: no reflection on user classes, no
 * class-path scanning. A provider that cannot be loaded or fails makes {@code load} throw: a
 * catalog never silently lacks a module's uses.
 *
 * <p>Ids are unique within a module, but two modules may declare the same id. {@link #all()} is
 * sorted by id, then element; {@link #find(String)} returns the first use with an id in that
 * order, and {@link #findAll(String)} every one. Loading reads every provider once, so keep the
 * catalog rather than loading it per call. Instances are immutable and thread-safe.
 */
public final class GenAiCatalog {

  /**
   * Lists compiled uses; the guidelines processor generates one implementation per module that
   * declares uses.
   *
   * <p>An implementation is a public class with a public no-argument constructor, named in its
   * jar's {@code META-INF/services/dev.genaiguidelines.annotations.GenAiCatalog$Provider}. It
   * only returns constants, for example:
   *
   * <pre>{@code
   * public final class StudioVfxGenAiCatalog implements GenAiCatalog.Provider {
   *   @Override
   *   public List<GenAiUseDescriptor> uses() {
   *     return List.of(
   *         new GenAiUseDescriptor("crowd-extension", "com.studio.vfx.CrowdExtender",
   *             "runway-gen4", "Extends crowd plates with generated far-background extras.",
   *             Output.FINAL_DELIVERABLE, List.of(DataInput.PRODUCTION_MATERIAL),
   *             List.of(Creates.BACKGROUND_ELEMENT), Context.FICTION, false, "",
   *             "APR-2025-0042", "", "APPROVED"));
   *   }
   * }
   * }</pre>
   */
  public interface Provider {
    /** The uses it lists, in any order; never null. Called once per {@link #load()}. */
    List<GenAiUseDescriptor> uses();
  }

  private static final Comparator<GenAiUseDescriptor> ORDER =
      Comparator.comparing(GenAiUseDescriptor::id).thenComparing(GenAiUseDescriptor::element);

  private static final String SERVICES_FILE =
      "META-INF/services/" + Provider.class.getName();

  private final List<GenAiUseDescriptor> all;
  private final Map<String, List<GenAiUseDescriptor>> byId;

  private GenAiCatalog(List<GenAiUseDescriptor> uses) {
    List<GenAiUseDescriptor> sorted = new ArrayList<>(uses);
    sorted.sort(ORDER); // stable: equal id and element keep provider order
    this.all = List.copyOf(sorted);
    Map<String, List<GenAiUseDescriptor>> index = new LinkedHashMap<>();
    for (GenAiUseDescriptor use : all) {
      index.computeIfAbsent(use.id(), id -> new ArrayList<>()).add(use);
    }
    index.replaceAll((id, list) -> List.copyOf(list));
    this.byId = Map.copyOf(index);
  }

  /**
   * Loads the catalog from the thread's context class loader, or from the loader of this class
   * when the thread has none.
   *
   * @throws IllegalStateException when a provider cannot be loaded or fails; the message names
   *     it and says what to do
   */
  public static GenAiCatalog load() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return load(loader != null ? loader : GenAiCatalog.class.getClassLoader());
  }

  /**
   * Loads the catalog from every provider {@code loader} can see; a null loader means the system
   * class loader, as with {@link ServiceLoader#load(Class, ClassLoader)}.
   *
   * @throws IllegalStateException when a provider cannot be loaded or fails; the message names
   *     it and says what to do
   */
  public static GenAiCatalog load(ClassLoader loader) {
    List<ServiceLoader.Provider<Provider>> found;
    try {
      found = new ArrayList<>(ServiceLoader.load(Provider.class, loader).stream().toList());
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException(
          "Cannot load the GenAI catalog: " + e.getMessage() + ". Every " + SERVICES_FILE
              + " must name a public class with a public no-argument constructor that implements"
              + " GenAiCatalog.Provider; rebuild the module that holds it, or remove its stale jar"
              + " from the class path.",
          e);
    }
    // Class-path order is an accident of the build; provider order must not be.
    found.sort(Comparator.comparing(p -> p.type().getName()));
    List<GenAiUseDescriptor> uses = new ArrayList<>();
    for (ServiceLoader.Provider<Provider> provider : found) {
      uses.addAll(usesOf(provider));
    }
    return new GenAiCatalog(uses);
  }

  private static List<GenAiUseDescriptor> usesOf(ServiceLoader.Provider<Provider> provider) {
    String name = provider.type().getName();
    List<GenAiUseDescriptor> uses;
    try {
      uses = provider.get().uses();
    } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
      Throwable cause = e instanceof ServiceConfigurationError && e.getCause() != null
          ? e.getCause() : e;
      throw failed(name, "failed: " + cause, e);
    }
    if (uses == null) {
      throw failed(name, "returned null instead of a list of uses", null);
    }
    for (int i = 0; i < uses.size(); i++) {
      if (uses.get(i) == null) {
        throw failed(name, "returned a null use at index " + i, null);
      }
    }
    return uses;
  }

  private static IllegalStateException failed(String provider, String what, Throwable cause) {
    return new IllegalStateException(
        "GenAI catalog provider " + provider + " " + what + ". The catalog will not load without"
            + " its module's uses: rebuild that module with the guidelines processor (and the"
            + " same guidelines-annotations version), or remove its jar from the class path.",
        cause);
  }

  /**
   * A catalog of exactly these uses, for tests and tools that assemble one without {@link
   * ServiceLoader}.
   */
  public static GenAiCatalog of(Collection<GenAiUseDescriptor> uses) {
    for (GenAiUseDescriptor use : uses) {
      Objects.requireNonNull(use, "use");
    }
    return new GenAiCatalog(List.copyOf(uses));
  }

  /**
   * The use with this id; when several modules declare it, the first by element name. Use
   * {@link #findAll(String)} where that ambiguity matters.
   */
  public Optional<GenAiUseDescriptor> find(String useId) {
    List<GenAiUseDescriptor> uses = findAll(useId);
    return uses.isEmpty() ? Optional.empty() : Optional.of(uses.get(0));
  }

  /** Every use with this id, sorted by element; empty when none. */
  public List<GenAiUseDescriptor> findAll(String useId) {
    return byId.getOrDefault(Objects.requireNonNull(useId, "useId"), List.of());
  }

  /** Every use, sorted by id, then element. */
  public List<GenAiUseDescriptor> all() {
    return all;
  }

  @Override
  public String toString() {
    return "GenAiCatalog[" + all.size() + (all.size() == 1 ? " use]" : " uses]");
  }
}
