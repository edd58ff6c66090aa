package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/**
 * Text a crafted class file, sidecar or baseline may carry to forge build-log lines: a control
 * character, CR LF followed by a fake Maven line, a line separator and a right-to-left override.
 */
final class HostileText {

  /** As a crafted file holds it. */
  static final String RAW = "evil\u0007\r\n[INFO] BUILD SUCCESS\u2028\u202Egnp";

  /** As the build log must show it: on one line, every invisible character escaped. */
  static final String QUOTED = "evil\\u0007\\u000D\\u000A[INFO] BUILD SUCCESS\\u2028\\u202Egnp";

  private HostileText() {}

  /** Fails unless every line is one line with no raw control, separator or bidi character. */
  static void assertOneLineEach(List<String> lines) {
    for (String line : lines) {
      assertTrue(line.codePoints().noneMatch(HostileText::forges), () -> "forged: " + line);
    }
  }

  private static boolean forges(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }
}
