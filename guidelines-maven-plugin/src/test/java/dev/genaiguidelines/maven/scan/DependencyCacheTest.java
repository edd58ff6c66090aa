package dev.genaiguidelines.maven.scan;

import static dev.genaiguidelines.maven.scan.DependencyJars.calling;
import static dev.genaiguidelines.maven.scan.DependencyJars.jar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.maven.scan.DependencyScanner.Dependency;
import dev.genaiguidelines.maven.scan.DependencyScanner.Result;
import dev.genaiguidelines.policy.DetectionMarkers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dependency scan's cache under the build directory: an unchanged class path is answered
 * from it, a changed jar is read again while the others still come from it, and an entry that is
 * damaged, forged in another format or made for other markers is never trusted. Every result says
 * how many analyses came from the cache.
 */
class DependencyCacheTest {

  private static final String KIT = "com/example/aikit/Kit";
  private static final WrapperCalls.Via VIA = new WrapperCalls.Via(
      "com.example:aikit:1.0 com.example.aikit.Kit#ask()", "com.openai");

  @TempDir Path temp;
  private Path cache;
  private Path aikit;
  private Path plain;

  @BeforeEach
  void jars() throws IOException {
    cache = temp.resolve("target/genai-guidelines/dependency-cache");
    aikit = jar(temp.resolve("repo/aikit-1.0.jar"),
        Map.of(KIT + ".class", calling(KIT, "com/openai/Client", "chat")));
    plain = jar(temp.resolve("repo/plain-1.0.jar"),
        Map.of("com/example/plain/Util.class", calling("com/example/plain/Util", null, null)));
  }

  private Result scan(DetectionMarkers markers) {
    return new DependencyScanner(MarkerCatalog.builtIn(), markers, cache).scan(List.of(
        new Dependency("com.example", "aikit", "1.0", aikit),
        new Dependency("com.example", "plain", "1.0", plain)));
  }

  private Result scan() {
    return scan(MarkerCatalog.builtIn().detection());
  }

  @Test
  void aSecondScanOfTheSameJarsComesFromTheCacheWithTheSameResult() {
    Result first = scan();
    Result second = scan();

    assertEquals(Map.of(KIT + ".ask()V", VIA), first.wrappers().exact());
    assertEquals(List.of(2, 0), List.of(first.analysed(), first.fromCache()));
    assertEquals(List.of(2, 2), List.of(second.analysed(), second.fromCache()));
    assertEquals(first.wrappers(), second.wrappers());
    assertEquals(first.sdks(), second.sdks());
    assertEquals(first.warnings(), second.warnings());
  }

  @Test
  void anUnchangedJarIsNotReadAgainSinceTheIndexTrustsItsPathSizeAndTime() throws IOException {
    scan();
    // The same size and time with other bytes: what the index trusts, documented in
    // DependencyCache; a real change moves the time, as the next test shows.
    FileTime time = Files.getLastModifiedTime(aikit);
    byte[] other = new byte[(int) Files.size(aikit)];
    Files.write(aikit, other);
    Files.setLastModifiedTime(aikit, time);

    Result second = scan();

    assertEquals(Map.of(KIT + ".ask()V", VIA), second.wrappers().exact());
    assertEquals(List.of(), second.warnings());
    assertEquals(2, second.fromCache());
  }

  @Test
  void aChangedJarIsAnalysedAgainWhileTheOtherComesFromTheCache() throws IOException {
    scan();
    jar(aikit, Map.of(KIT + ".class", calling(KIT, null, null)));
    Files.setLastModifiedTime(aikit,
        FileTime.fromMillis(Files.getLastModifiedTime(aikit).toMillis() + 2000));

    Result second = scan();

    assertEquals(WrapperCalls.NONE, second.wrappers());
    assertEquals(List.of(2, 1), List.of(second.analysed(), second.fromCache()));
  }

  @Test
  void aDamagedOrForgedEntryIsNotTrustedAndTheJarsAreReadAgain() throws IOException {
    scan();
    List<Path> entries;
    try (Stream<Path> files = Files.walk(cache)) {
      entries = files.filter(Files::isRegularFile).toList();
    }
    assertTrue(entries.size() >= 4, "index, two jars and the class path: " + entries);
    for (Path entry : entries) {
      Files.writeString(entry, "forged");
    }

    Result second = scan();

    assertEquals(Map.of(KIT + ".ask()V", VIA), second.wrappers().exact());
    assertEquals(List.of(2, 0), List.of(second.analysed(), second.fromCache()));
  }

  @Test
  void aClassPathsResultCopiedUnderAnotherClassPathsNameIsNotTrusted() throws IOException {
    scan();
    Path both = onlyEntry(Set.of());
    Result plainAlone = scanPlain();
    Path plainEntry = onlyEntry(Set.of(both));
    assertEquals(List.of(1, 1), List.of(plainAlone.analysed(), plainAlone.fromCache()));
    // The entry's name is a hash of its key, not a digest: the key inside is what is trusted.
    Files.copy(both, plainEntry, StandardCopyOption.REPLACE_EXISTING);

    Result again = scanPlain();

    assertEquals(WrapperCalls.NONE, again.wrappers());
    assertEquals(List.of(1, 1), List.of(again.analysed(), again.fromCache()));
  }

  private Result scanPlain() {
    return new DependencyScanner(MarkerCatalog.builtIn(), MarkerCatalog.builtIn().detection(),
        cache).scan(List.of(new Dependency("com.example", "plain", "1.0", plain)));
  }

  /** The one class path entry in the cache that is not in {@code known}. */
  private Path onlyEntry(Set<Path> known) throws IOException {
    List<Path> entries;
    try (Stream<Path> files = Files.list(cache.resolve("classpaths"))) {
      entries = files.filter(file -> !known.contains(file)).toList();
    }
    assertEquals(1, entries.size(), "one new class path entry: " + entries);
    return entries.get(0);
  }

  @Test
  void anEntryMadeForOtherMarkersIsNotUsed() {
    scan();
    DetectionMarkers more = MarkerCatalog.effective(
        new DetectionMarkers(List.of("com.example.plain"), List.of()));

    Result second = scan(more);

    assertEquals(List.of(2, 0), List.of(second.analysed(), second.fromCache()));
    assertEquals(Map.of(KIT + ".ask()V", VIA), second.wrappers().exact());
  }
}
