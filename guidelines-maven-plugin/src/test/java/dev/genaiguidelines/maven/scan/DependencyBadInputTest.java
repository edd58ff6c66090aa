package dev.genaiguidelines.maven.scan;

import static dev.genaiguidelines.maven.scan.DependencyJars.calling;
import static dev.genaiguidelines.maven.scan.DependencyJars.jar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.maven.scan.DependencyScanner.Dependency;
import dev.genaiguidelines.maven.scan.DependencyScanner.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dependencies the wrapper-call analysis cannot take at face value: a class file that is none,
 * an enormous class, a multi-release jar whose versioned class alone calls GenAI, a directory.
 * Each is a warning naming the dependency and the file, or is read as it is, never a crash.
 */
class DependencyBadInputTest {

  private static final DependencyScanner SCANNER = new DependencyScanner(MarkerCatalog.builtIn());
  private static final String KIT = "com/example/aikit/Kit";

  @TempDir Path temp;

  private static Dependency dep(String artifactId, Path file) {
    return new Dependency("com.example", artifactId, "1.0", file);
  }

  private static WrapperCalls.Via via(String artifactId) {
    return new WrapperCalls.Via("com.example:" + artifactId + ":1.0 com.example.aikit.Kit#ask()",
        "com.openai");
  }

  @Test
  void aClassFileThatIsNoneIsAWarningNamingTheJarAndTheFileAndTheRestIsStillAnalysed()
      throws IOException {
    Path broken = jar(temp.resolve("broken.jar"), Map.of(
        "com/example/aikit/Broken.class", "not a class".getBytes(),
        KIT + ".class", calling(KIT, "com/openai/Client", "chat")));

    Result result = SCANNER.scan(List.of(dep("broken", broken)));

    assertEquals(List.of("Cannot read 1 file of dependency com.example:broken:1.0 (broken.jar),"
        + " so wrapper calls through it are not found: com/example/aikit/Broken.class: not a"
        + " class file (bad magic 0x6E6F7420)."), result.warnings());
    assertEquals(Map.of(KIT + ".ask()V", via("broken")), result.wrappers().exact());
  }

  @Test
  void anEnormousClassIsAWarningNamingItAndIsNotRead() throws IOException {
    Path huge = temp.resolve("huge.jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(huge))) {
      out.putNextEntry(new ZipEntry("com/example/aikit/Huge.class"));
      out.write(new byte[ClassScanner.MAX_CLASS_BYTES + 1]);
      out.closeEntry();
    }

    Result result = SCANNER.scan(List.of(dep("huge", huge)));

    assertEquals(List.of("Cannot read 1 file of dependency com.example:huge:1.0 (huge.jar), so"
        + " wrapper calls through it are not found: com/example/aikit/Huge.class: too large to"
        + " scan (16777217 bytes; the scan reads a class file of up to 16 MiB)."),
        result.warnings());
    assertEquals(WrapperCalls.NONE, result.wrappers());
  }

  @Test
  void aMultiReleaseJarsVersionedClassCountsBesideItsBaseClass() throws IOException {
    Path multiRelease = jar(temp.resolve("mr.jar"), Map.of(
        "META-INF/MANIFEST.MF", "Multi-Release: true\n".getBytes(),
        KIT + ".class", calling(KIT, null, null),
        "META-INF/versions/21/" + KIT + ".class", calling(KIT, "com/openai/Client", "chat")));
    Path baseOnly = jar(temp.resolve("base.jar"), Map.of(
        "META-INF/MANIFEST.MF", "Multi-Release: true\n".getBytes(),
        KIT + ".class", calling(KIT, null, null),
        "META-INF/versions/21/com/example/aikit/Other.class",
        calling("com/example/aikit/Other", null, null)));

    Result result = SCANNER.scan(List.of(dep("mr", multiRelease)));
    Result twin = SCANNER.scan(List.of(dep("base", baseOnly)));

    assertEquals(List.of(), result.warnings());
    assertEquals(Map.of(KIT + ".ask()V", via("mr")), result.wrappers().exact());
    assertEquals(List.of(), twin.warnings());
    assertEquals(WrapperCalls.NONE, twin.wrappers());
  }

  @Test
  void aDirectoryIsAnalysedLikeAJarAndNeverTakenFromTheCache() throws IOException {
    Path classes = temp.resolve("aikit/target/classes");
    Files.createDirectories(classes.resolve("com/example/aikit"));
    Files.write(classes.resolve(KIT + ".class"), calling(KIT, "com/openai/Client", "chat"));
    DependencyScanner cached = new DependencyScanner(MarkerCatalog.builtIn(),
        MarkerCatalog.builtIn().detection(), temp.resolve("cache"));

    Result first = cached.scan(List.of(dep("aikit", classes)));
    Result second = cached.scan(List.of(dep("aikit", classes)));

    assertEquals(Map.of(KIT + ".ask()V", via("aikit")), first.wrappers().exact());
    assertEquals(first.wrappers(), second.wrappers());
    assertEquals(List.of(1, 0), List.of(second.analysed(), second.fromCache()));
  }

  @Test
  void aJarWhoseEntryIsCutShortIsAWarningNamingTheFile() throws IOException {
    Path whole = jar(temp.resolve("whole.jar"), Map.of(
        KIT + ".class", calling(KIT, "com/openai/Client", "chat")));
    byte[] bytes = Files.readAllBytes(whole);
    Path damaged = temp.resolve("damaged.jar");
    // The entry's compressed bytes are overwritten: the central directory still lists it.
    for (int i = 60; i < 90; i++) {
      bytes[i] = (byte) 0xFF;
    }
    try (OutputStream out = Files.newOutputStream(damaged)) {
      out.write(bytes);
    }

    Result result = SCANNER.scan(List.of(dep("damaged", damaged)));

    assertEquals(1, result.warnings().size());
    // What inflating the damaged bytes says is zlib's wording: the test keeps to what is ours.
    String prefix = "Cannot read 1 file of dependency com.example:damaged:1.0 (damaged.jar), so"
        + " wrapper calls through it are not found: com/example/aikit/Kit.class: cannot be read"
        + " from the jar (java.util.zip.ZipException: ";
    String warning = result.warnings().get(0);
    assertEquals(prefix, warning.substring(0, Math.min(prefix.length(), warning.length())));
    assertEquals(WrapperCalls.NONE, result.wrappers());
  }
  /**
   * {@code calling(name, owner, "ask")} with its {@code return} replaced by an opcode that does
   * not exist: a class whose header and constant pool are sound and whose code is not.
   */
  private static byte[] corruptCode(String name, String owner) {
    byte[] bytes = calling(name, owner, "ask");
    for (int i = bytes.length - 4; i >= 0; i--) {
      if ((bytes[i] & 0xFF) == 0xB8 && (bytes[i + 3] & 0xFF) == 0xB1) {
        bytes[i + 3] = (byte) 0xFF;
        return bytes;
      }
    }
    throw new AssertionError("no invokestatic; return in " + name);
  }

  @Test
  void aClassWithCorruptCodeThatCallsNoWrapperIsNeverReadSoItIsNoWarning() throws IOException {
    // Lazy analysis: only classes whose pool names a GenAI call or a wrapper method have their
    // code read; header problems (above) are still found for every class.
    Path lonely = jar(temp.resolve("lonely.jar"), Map.of(
        KIT + ".class", calling(KIT, "com/openai/Client", "chat"),
        "com/example/aikit/Lonely.class", corruptCode("com/example/aikit/Lonely",
            "com/example/aikit/Other")));

    Result result = SCANNER.scan(List.of(dep("lonely", lonely)));

    assertEquals(List.of(), result.warnings());
    assertEquals(Map.of(KIT + ".ask()V", via("lonely")), result.wrappers().exact());
  }

  @Test
  void aClassWithCorruptCodeThatCallsAWrapperIsReadAndIsAWarningNamingIt() throws IOException {
    Path caller = jar(temp.resolve("caller.jar"), Map.of(
        KIT + ".class", calling(KIT, "com/openai/Client", "chat"),
        "com/example/aikit/Caller.class", corruptCode("com/example/aikit/Caller", KIT)));

    Result result = SCANNER.scan(List.of(dep("caller", caller)));

    assertEquals(1, result.warnings().size());
    assertTrue(result.warnings().get(0).startsWith("Cannot read 1 file of dependency"
        + " com.example:caller:1.0 (caller.jar), so wrapper calls through it are not found:"
        + " com/example/aikit/Caller.class: malformed class file ("), result.warnings().get(0));
    assertEquals(Map.of(KIT + ".ask()V", via("caller")), result.wrappers().exact());
  }
}
