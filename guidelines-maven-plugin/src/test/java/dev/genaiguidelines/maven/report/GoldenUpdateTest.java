package dev.genaiguidelines.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The update mode fails whenever it rewrites, and only then. */
class GoldenUpdateTest {

  @TempDir Path dir;

  @Test
  void aChangedFileIsRewrittenAndTheTestFails() throws Exception {
    Path file = dir.resolve("genai-compliance.md");
    Files.writeString(file, "old\n");
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> GoldenUpdate.rewriteAndFailIfChanged(file, "new\n", "report.golden.update"));
    assertEquals("rewrote " + file + " (-Dreport.golden.update=true): review the diff, then run"
        + " the tests again without the flag", e.getMessage());
    assertEquals("new\n", Files.readString(file));
  }

  @Test
  void aMissingFileIsWrittenAndTheTestFails() throws Exception {
    Path file = dir.resolve("incomplete/genai-compliance.md");
    assertThrows(AssertionFailedError.class,
        () -> GoldenUpdate.rewriteAndFailIfChanged(file, "new\n", "report.golden.update"));
    assertEquals("new\n", Files.readString(file));
  }

  @Test
  void twinAnUnchangedFileIsLeftAloneAndTheTestPasses() throws Exception {
    Path file = dir.resolve("genai-compliance.md");
    Files.writeString(file, "same\n");
    FileTime before = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(file, before);
    GoldenUpdate.rewriteAndFailIfChanged(file, "same\n", "report.golden.update");
    assertEquals(before, Files.getLastModifiedTime(file));
  }
}
