package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.Mojo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code mvn guidelines:help}: maven-plugin-plugin's generated help goal, run from plugin.xml. */
class HelpGoalTest {

  @TempDir Path project;

  @RegisterExtension final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();

  private String help(Map<String, String> properties) throws Exception {
    Mojo help = harness.mojo("help", MojoHarness.project(project, "pipeline"), properties, log);
    help.execute();
    List<String> lines = log.lines();
    assertEquals(1, lines.size(), "help logs one block");
    assertTrue(lines.get(0).startsWith("[INFO] GenAI Guidelines :: Maven Plugin 0.1.0-SNAPSHOT\n"),
        lines.get(0));
    return lines.get(0);
  }

  @Test
  void helpListsEveryGoalWithItsPrefix() throws Exception {
    String text = help(Map.of());

    assertTrue(text.contains("\nThis plugin has 7 goals:\n"), text);
    for (String goal : List.of("approval-request", "check", "delivery-check", "help", "report",
        "report-aggregate", "site-report")) {
      assertTrue(text.contains("\nguidelines:" + goal + "\n"), "goal " + goal + " in\n" + text);
    }
    // Without -Ddetail no parameter is listed.
    assertFalse(text.contains("User property: guidelines."), text);
  }

  @Test
  void helpForOneGoalInDetailListsItsParametersAndUserPropertiesOnly() throws Exception {
    String text = help(Map.of("goal", "check", "detail", "true"));

    assertTrue(text.contains("\nguidelines:check\n"), text);
    assertTrue(text.contains("User property: guidelines.failOnViolation"), text);
    assertTrue(text.contains("User property: guidelines.failOnUndeclared"), text);
    // Another goal's only parameter is not shown.
    assertFalse(text.contains("guidelines:report\n"), text);
    assertFalse(text.contains("guidelines.deliveryDirectory"), text);
  }
}
