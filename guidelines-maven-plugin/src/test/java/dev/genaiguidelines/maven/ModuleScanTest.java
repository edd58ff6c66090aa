package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.maven.scan.UnreadableClass;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleScanTest {

  private static final CompiledModule MODULE =
      new CompiledModule("", Path.of("/work/pipeline"), Path.of("target/classes"), List.of());

  private static List<String> messages(String path) {
    return new ModuleScan(MODULE, List.of(), List.of(),
        List.of(new UnreadableClass(path, "truncated class file (ends after 50 bytes)")),
        new dev.genaiguidelines.maven.report.ScanScope("target/classes", "", 1, 0))
        .unreadableMessages();
  }

  @Test
  void anUnreadableClassIsNamedRelativeToTheProject() {
    assertEquals(List.of("Cannot read class file target/classes/com/x/Broken.class: truncated"
        + " class file (ends after 50 bytes). Rebuild it (mvn clean verify); if it comes from"
        + " another tool, report the file to the GenAI guidelines project."),
        messages("com/x/Broken.class"));
  }

  @Test
  void aFileNameWithLineBreaksStaysOnOneLine() {
    List<String> lines = messages("com/x/" + HostileText.RAW + ".class");
    assertEquals(List.of("Cannot read class file target/classes/com/x/" + HostileText.QUOTED
        + ".class: truncated class file (ends after 50 bytes). Rebuild it (mvn clean verify); if"
        + " it comes from another tool, report the file to the GenAI guidelines project."),
        lines);
    HostileText.assertOneLineEach(lines);
  }
}
