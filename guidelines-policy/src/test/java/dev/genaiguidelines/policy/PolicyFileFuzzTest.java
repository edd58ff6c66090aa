package dev.genaiguidelines.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mangles the SPEC's example a thousand times (fixed seed, so failures reproduce): every
 * outcome must be a policy or a located {@link PolicyFileException}, never another exception.
 */
class PolicyFileFuzzTest {
  private static final String YAML_CHARACTERS = " \n\t\r:-[]{}&*!|>'\"#%@`,?~.0aZ\u00e9\uFEFF\\";

  @Test
  void mangledFilesFailOnlyWithLocatedPolicyFileExceptions() {
    Random random = new Random(20250901L);
    int parsed = 0;
    int rejected = 0;
    for (int round = 0; round < 1000; round++) {
      String yaml = mangle(PolicyFileReaderTest.SPEC_EXAMPLE, random);
      try {
        PolicyFileReader.parse(yaml, Path.of("genai-policy.yaml"), "genai-policy.yaml");
        parsed++;
      } catch (PolicyFileException e) {
        rejected++;
        long lines = yaml.lines().count();
        assertTrue(e.line() >= 0 && e.line() <= lines + 1, () -> e.getMessage() + "\n" + yaml);
        assertTrue(e.getMessage().startsWith("genai-policy.yaml"), e::getMessage);
        assertTrue(!e.problem().isBlank(), () -> "blank problem for\n" + yaml);
      } catch (RuntimeException | StackOverflowError e) {
        fail("leaked " + e + " for\n" + yaml, e);
      }
    }
    assertEquals(1000, parsed + rejected);
    // both outcomes must occur, or the mangling tests nothing
    assertTrue(parsed > 50, "parsed " + parsed);
    assertTrue(rejected > 500, "rejected " + rejected);
  }

  private static String mangle(String text, Random random) {
    StringBuilder yaml = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(yaml.length());
      char c = YAML_CHARACTERS.charAt(random.nextInt(YAML_CHARACTERS.length()));
      switch (random.nextInt(4)) {
        case 0 -> yaml.deleteCharAt(at);
        case 1 -> yaml.insert(at, c);
        case 2 -> yaml.setCharAt(at, c);
        default -> {
          int from = random.nextInt(yaml.length());
          yaml.insert(at, yaml.substring(from, Math.min(yaml.length(), from + random.nextInt(40))));
        }
      }
    }
    return yaml.toString();
  }
}
