package dev.genaiguidelines.maven.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds marker hosts in the text resources an artifact ships ({@code application.properties},
 * a YAML or JSON configuration), line by line.
 *
 * <p>A text resource is a file whose name ends in {@code .properties}, {@code .yaml},
 * {@code .yml}, {@code .json}, {@code .xml}, {@code .conf} or {@code .txt} (in any case),
 * outside {@code META-INF/maven/}, where the build copies its own pom. Its bytes are read as
 * UTF-16 when they start with a UTF-16 byte order mark, else byte for byte as ISO-8859-1: every
 * host is ASCII, so a host reads the same in UTF-8, ISO-8859-1 or any ASCII-compatible
 * encoding, and no byte sequence is malformed. A file with a NUL byte and no byte order mark is
 * not text (a binary file, or UTF-16 with no mark, in which no host would be seen): it is
 * reported as unreadable rather than passed as clean.
 */
final class TextResources {

  /** Above this a resource is reported as too large instead of read. */
  static final int MAX_BYTES = 16 << 20;

  private static final Set<String> EXTENSIONS =
      Set.of("properties", "yaml", "yml", "json", "xml", "conf", "txt");

  private TextResources() {}

  /** A marker host on a line of a resource. */
  record Hit(String host, int line) {}

  /** True for a file of the artifact the scan reads as text. */
  static boolean isTextResource(String path) {
    if (path.startsWith("META-INF/maven/")) {
      return false;
    }
    int dot = path.lastIndexOf('.');
    int slash = path.lastIndexOf('/');
    return dot > slash + 1 && EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Why {@code bytes} are not text, or null when they are. */
  static String notTextProblem(byte[] bytes) {
    if (hasUtf16Mark(bytes)) {
      return null;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return "not a text file (a NUL byte at offset " + i + "), although its name says it is"
            + " one; a text resource must be text for its hosts to be checked";
      }
    }
    return null;
  }

  /** The marker hosts on each line of {@code bytes}, in line order. */
  static List<Hit> hosts(byte[] bytes, MarkerMatcher matcher) {
    String text = hasUtf16Mark(bytes)
        ? new String(bytes, StandardCharsets.UTF_16)
        : new String(bytes, StandardCharsets.ISO_8859_1);
    List<Hit> hits = new ArrayList<>(0);
    int line = 1;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (end > start) {
        for (String host : matcher.hostsIn(text.substring(start, end))) {
          hits.add(new Hit(host, line));
        }
      }
      line++;
      start = end + 1;
    }
    return hits;
  }

  private static boolean hasUtf16Mark(byte[] bytes) {
    return bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
  }
}
