package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Dgolden.update=true} fails whenever it rewrites a golden file, and only then. */
class GoldenUpdateTest {

  @TempDir Path dir;

  @Test
  void aChangedFileIsRewrittenAndTheTestFails() throws Exception {
    Path file = dir.resolve("Provider.java");
    Files.writeString(file, "old");
    AssertionError e = assertThrows(AssertionError.class,
        () -> CatalogSources.rewriteAndFailIfChanged(file, "new"));
    assertThat(e).hasMessageThat().isEqualTo("rewrote " + file + " (-Dgolden.update=true):"
        + " review the diff, then run the tests again without the flag");
    assertThat(Files.readString(file)).isEqualTo("new");
  }

  @Test
  void twinAnUnchangedFileIsLeftAloneAndTheTestPasses() throws Exception {
    Path file = dir.resolve("Provider.java");
    Files.writeString(file, "same");
    FileTime before = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(file, before);
    CatalogSources.rewriteAndFailIfChanged(file, "same");
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
  }
}
