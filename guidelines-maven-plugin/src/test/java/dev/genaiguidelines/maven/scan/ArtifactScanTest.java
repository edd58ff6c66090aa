package dev.genaiguidelines.maven.scan;

import static dev.genaiguidelines.maven.scan.ClassScannerUsesTest.IMPORTS;
import static dev.genaiguidelines.maven.scan.ClassScannerUsesTest.use;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.policy.UndeclaredCall;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scanning what ships: a jar or classes directory, its text resources, and bad input. */
class ArtifactScanTest {

  private static final String PROPERTIES = """
      app.name=dubbing
      spring.ai.openai.base-url=https://API.openai.com
      # see https://api.openai.com/docs and api.openai.com again
      """;

  @TempDir Path temp;
  TestCompiler javac;

  @BeforeEach
  void setUp() throws IOException {
    javac = new TestCompiler(temp.resolve("javac"));
  }

  private ScanResult scan(Path artifact) throws IOException {
    return new ClassScanner(MarkerCatalog.builtIn().detection()).scan(artifact);
  }

  private Path jar(Map<String, byte[]> entries) throws IOException {
    return DependencyJars.jar(temp.resolve("studio-1.0.jar"), entries);
  }

  private static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void aHostInAShippedResourceIsACallOfThatResourceWithItsFirstLineAndCount() throws Exception {
    Path jar = jar(Map.of("application.properties", text(PROPERTIES),
        "META-INF/maven/com.studio/dub/pom.properties", text("url=https://api.openai.com\n"),
        "images/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0}));

    ScanResult result = scan(jar);
    assertEquals(List.of(new UndeclaredCall("application.properties", "api.openai.com",
        "api.openai.com", "", 2, "", 2)), result.undeclaredCalls());
    assertEquals(List.of(), result.unreadable());
    assertEquals(0, result.classCount());
    assertEquals(1, result.resourceCount());
    assertEquals(sha256(Files.readAllBytes(jar)), result.sha256());
  }

  @Test
  void aResourceIsCoveredByAUseInItsDirectorysPackageOrBelow() throws IOException {
    javac.source("com/studio/dub/Dub.java", "package com.studio.dub;\n" + IMPORTS
        + use("dub") + "\nclass Dub {}\n");
    Path classes = javac.compile();
    Files.writeString(classes.resolve("com/studio/dub/voice.yaml"), "host: api.elevenlabs.io\n");
    Files.writeString(classes.resolve("com/studio/voice.yaml"), "host: api.elevenlabs.io\n");
    Files.createDirectories(classes.resolve("com/other"));
    Files.writeString(classes.resolve("com/other/voice.yaml"), "host: api.elevenlabs.io\n");

    assertEquals(List.of(new UndeclaredCall("com/other/voice.yaml", "api.elevenlabs.io",
        "api.elevenlabs.io", "", 1)), scan(classes).undeclaredCalls());
  }

  @Test
  void aRootResourceIsCoveredByAPackageDeclarationButNotByATypes() throws IOException {
    javac.source("com/studio/Typed.java", "package com.studio;\n" + IMPORTS + use("typed")
        + "\nclass Typed {}\n");
    Path classes = javac.compile();
    Files.writeString(classes.resolve("application.yml"), "url: https://fal.run/x\n");
    assertEquals(List.of(new UndeclaredCall("application.yml", "fal.run", "fal.run", "", 1)),
        scan(classes).undeclaredCalls());

    javac.source("com/studio/package-info.java", use("studio") + "\npackage com.studio;\n"
        + IMPORTS);
    classes = javac.compile();
    Files.writeString(classes.resolve("application.yml"), "url: https://fal.run/x\n");
    assertEquals(List.of(), scan(classes).undeclaredCalls());
  }

  @Test
  void theJarThatShipsIsScannedWithItsClassesAndTheirLines() throws IOException {
    String file = "com/studio/Quick.java";
    javac.source(file, """
        package com.studio;
        class Quick {
          String run() { return new com.openai.client.OpenAIClient().chat("x"); } // call
        }
        """);
    Path classes = javac.compile();
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("META-INF/MANIFEST.MF", text("Manifest-Version: 1.0\n"));
    entries.put("com/studio/Quick.class",
        Files.readAllBytes(classes.resolve("com/studio/Quick.class")));

    ScanResult result = scan(jar(entries));
    int line = javac.lineOf(file, "// call");
    assertEquals(List.of(
            new UndeclaredCall("com.studio.Quick#run()",
                "com.openai.client.OpenAIClient#<init>()", "com.openai", file, line),
            new UndeclaredCall("com.studio.Quick#run()",
                "com.openai.client.OpenAIClient#chat(java.lang.String)", "com.openai", file,
                line)),
        result.undeclaredCalls());
    assertEquals(1, result.classCount());
  }

  @Test
  void aDirectorysDigestIsTheSha256sumOfItsSortedFiles() throws Exception {
    Path classes = Files.createDirectories(temp.resolve("classes/com"));
    Files.writeString(classes.resolve("b.txt"), "b\n");
    Files.writeString(temp.resolve("classes/a.bin"), "a");
    String manifest = sha256(text("a")) + "  a.bin\n" + sha256(text("b\n")) + "  com/b.txt\n";

    ScanResult result = scan(temp.resolve("classes"));
    assertEquals(sha256(text(manifest)), result.sha256());
    assertEquals(1, result.resourceCount());
  }

  @Test
  void hostileEntryNamesAreNamedAndNeverRead() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("../escape.properties", text("url=https://api.openai.com\n"));
    entries.put("/etc/evil.class", new byte[] {1});
    entries.put("com/studio/bad\u0007name.txt", text("api.openai.com"));
    entries.put("ok.txt", text("nothing here\n"));

    ScanResult result = scan(jar(entries));
    assertEquals(List.of(
            new UnreadableClass("../escape.properties",
                "entry name has a '..' segment; a jar entry is a plain relative path"),
            new UnreadableClass("/etc/evil.class",
                "entry name is an absolute path; a jar entry is a plain relative path"),
            new UnreadableClass("com/studio/bad\u0007name.txt",
                "entry name holds control character U+0007 at index 14; a jar entry is a plain"
                    + " relative path")),
        result.unreadable());
    assertEquals(List.of(), result.undeclaredCalls());
    assertEquals(1, result.resourceCount());
  }

  @Test
  void aDotOrDotDotSegmentAnywhereIsNamedAndNamesThatOnlyStartWithDotsAreNot() {
    assertEquals("entry name has a '.' segment; a jar entry is a plain relative path",
        ArtifactFiles.nameProblem("com/./Foo.class"));
    assertEquals("entry name has a '..' segment; a jar entry is a plain relative path",
        ArtifactFiles.nameProblem("com/studio/.."));
    assertEquals("entry name has a '.' segment; a jar entry is a plain relative path",
        ArtifactFiles.nameProblem("."));
    assertEquals(null, ArtifactFiles.nameProblem("com/..studio/.hidden/...txt"));
    assertEquals(null, ArtifactFiles.nameProblem("META-INF/versions/17/com/x/Foo.class"));
  }

  @Test
  void anEnormousResourceOrClassFileIsTooLargeAndNotRead() throws IOException {
    Path classes = Files.createDirectories(temp.resolve("classes"));
    writeZeros(classes.resolve("huge.json"), TextResources.MAX_BYTES + 1L);
    writeZeros(classes.resolve("Huge.class"), ClassScanner.MAX_CLASS_BYTES + 1L);

    ScanResult result = scan(classes);
    assertEquals(List.of(
            new UnreadableClass("Huge.class", "too large to scan (16777217 bytes; the scan"
                + " reads a class file of up to 16 MiB)"),
            new UnreadableClass("huge.json", "too large to scan (16777217 bytes; the scan"
                + " reads a text resource of up to 16 MiB)")),
        result.unreadable());
  }

  @Test
  void aResourceThatIsNotTextIsNamedAndATextTwinIsRead() throws IOException {
    Path classes = Files.createDirectories(temp.resolve("classes"));
    Files.write(classes.resolve("model.json"), new byte[] {'{', 0, 'a', '}'});
    Files.write(classes.resolve("utf16.json"),
        "\uFEFF{\"url\": \"https://api.openai.com\"}".getBytes(StandardCharsets.UTF_16BE));

    ScanResult result = scan(classes);
    assertEquals(List.of(new UnreadableClass("model.json", "not a text file (a NUL byte at"
            + " offset 1), although its name says it is one; a text resource must be text for"
            + " its hosts to be checked")),
        result.unreadable());
    assertEquals(List.of(new UndeclaredCall("utf16.json", "api.openai.com", "api.openai.com",
        "", 1)), result.undeclaredCalls());
  }

  private static void writeZeros(Path file, long size) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] block = new byte[1 << 16];
      for (long written = 0; written < size; written += block.length) {
        out.write(block, 0, (int) Math.min(block.length, size - written));
      }
    }
  }
}
