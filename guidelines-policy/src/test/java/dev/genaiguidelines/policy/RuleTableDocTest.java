package dev.genaiguidelines.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's rule table is the rule enum, row for row, so the docs cannot drift. */
class RuleTableDocTest {

  static String expectedRows() {
    StringBuilder rows = new StringBuilder();
    for (Rule rule : Rule.values()) {
      String defaults = rule.defaultVerdict().map(Enum::name)
          .orElseGet(() -> rule.defaultSeverity().orElseThrow().name());
      rows.append("| ").append(rule.id()).append(" | ").append(rule.ruleName()).append(" | ")
          .append(defaults).append(" | ").append(rule.description()).append(" |\n");
    }
    return rows.toString();
  }

  @Test
  void readmeListsEveryRuleAsTheEnumDoes() throws IOException {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    String begin = "| rule | name | default | when it fires |\n|---|---|---|---|\n";
    int start = text.indexOf(begin) + begin.length();
    int end = text.indexOf("<!-- rules:end -->", start);
    assertEquals(expectedRows(), text.substring(start, end),
        "README.md's rule table is out of date; paste the expected rows between the markers");
  }
}
