package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's parameter table lists exactly the user properties the goals accept, as the
 * generated plugin descriptor declares them, so the docs cannot drift from the code.
 */
class ReadmeParametersTest {

  private static Set<String> matches(String text, Pattern pattern) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  @Test
  void readmeTableListsEveryUserPropertyOfThePluginDescriptor() throws IOException {
    String descriptor = Files.readString(
        Path.of("target", "classes", "META-INF", "maven", "plugin.xml"), StandardCharsets.UTF_8);
    Set<String> declared = matches(descriptor, Pattern.compile("\\$\\{(guidelines\\.[A-Za-z]+)}"));

    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String table = readme.substring(readme.indexOf("<!-- parameters:begin"),
        readme.indexOf("<!-- parameters:end -->"));
    Set<String> documented = matches(table, Pattern.compile("\\| `(guidelines\\.[A-Za-z]+)` \\|"));

    assertEquals(declared, documented,
        "README.md's parameter table and the goals' user properties differ");
  }
}
