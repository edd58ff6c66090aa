package dev.genaiguidelines.maven.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The update mode of the golden-file tests: it rewrites a golden file that differs and then fails
 * the test, so a build run with the flag (a CI job, say) can never pass while it changes what it
 * compares with; a second run without the flag is the check.
 */
final class GoldenUpdate {

  private GoldenUpdate() {}

  /** Writes {@code content} to {@code file} if it differs, then fails naming the file. */
  static void rewriteAndFailIfChanged(Path file, String content, String flag) throws IOException {
    if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
      return;
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    fail("rewrote " + file + " (-D" + flag + "=true): review the diff, then run the tests again"
        + " without the flag");
  }
}
