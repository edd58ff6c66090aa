package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledModuleTest {

  @TempDir Path reactor;

  private static void touch(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "class X {}");
  }

  @Test
  void sourcePathIsRelativeToTheProjectThroughTheSourceRootThatHoldsTheFile() throws IOException {
    Path vfx = reactor.resolve("vfx");
    touch(vfx.resolve("src/main/java/com/x/Crowd.java"));
    touch(vfx.resolve("target/generated-sources/annotations/com/x/Catalog.java"));
    CompiledModule module = new CompiledModule("vfx", vfx, Path.of("target/classes"),
        List.of(vfx.resolve("src/main/java"),
            vfx.resolve("target/generated-sources/annotations")));

    assertEquals("src/main/java/com/x/Crowd.java", module.sourcePath("com/x/Crowd.java", vfx));
    assertEquals("target/generated-sources/annotations/com/x/Catalog.java",
        module.sourcePath("com/x/Catalog.java", vfx));
    // In an aggregate the same file is relative to the reactor root.
    assertEquals("vfx/src/main/java/com/x/Crowd.java",
        module.sourcePath("com/x/Crowd.java", reactor));
  }

  @Test
  void aFileNoSourceRootHoldsIsAssumedUnderSrcMainJava() {
    Path vfx = reactor.resolve("vfx");
    CompiledModule module = new CompiledModule("", vfx, Path.of("target/classes"),
        List.of(Path.of("src/main/kotlin")));
    assertEquals("src/main/java/com/x/Gone.java", module.sourcePath("com/x/Gone.java", vfx));
    assertEquals("vfx/src/main/java/com/x/Gone.java",
        module.sourcePath("com/x/Gone.java", reactor));
  }

  @Test
  void anUnknownSourceFileStaysEmpty() {
    CompiledModule module = new CompiledModule("", reactor, Path.of("target/classes"), List.of());
    assertEquals("", module.sourcePath("", reactor));
  }

  @Test
  void relativeSourceRootsAndClassesDirectoryResolveAgainstTheModule() throws IOException {
    touch(reactor.resolve("src/main/java/com/x/A.java"));
    CompiledModule module = new CompiledModule("", reactor, Path.of("target/classes"),
        List.of(Path.of("src/main/java")));
    assertEquals(reactor.toAbsolutePath().resolve("target/classes"), module.classesDirectory());
    assertEquals("target/classes", module.display(module.classesDirectory()));
    assertTrue(module.hasJavaSources());
    assertFalse(module.isCompiled());
    Files.createDirectories(reactor.resolve("target/classes"));
    assertTrue(module.isCompiled());
  }

  @Test
  void aProjectWithoutJavaFilesHasNoJavaSources() throws IOException {
    Files.createDirectories(reactor.resolve("src/main/java"));
    Files.writeString(reactor.resolve("src/main/java/readme.txt"), "none");
    CompiledModule module = new CompiledModule("", reactor, Path.of("target/classes"),
        List.of(Path.of("src/main/java"), Path.of("src/missing")));
    assertFalse(module.hasJavaSources());
  }
}
