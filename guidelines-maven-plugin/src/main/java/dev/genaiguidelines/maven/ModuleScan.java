package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.report.UnreadableFile;
import dev.genaiguidelines.maven.scan.UnreadableClass;
import dev.genaiguidelines.policy.Rule;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import java.nio.file.Path;
import java.util.List;

/**
 * What one module's compiled classes hold, with source files already relative to the report's
 * root.
 *
 * @param unreadable class files the scanner could not parse, relative to the classes directory
 * @param classCount the class files read; 0 when the module has no classes directory
 */
record ModuleScan(
    CompiledModule module,
    List<UseDeclaration> uses,
    List<UndeclaredCall> calls,
    List<UnreadableClass> unreadable,
    int classCount) {

  ModuleScan {
    uses = List.copyOf(uses);
    calls = List.copyOf(calls);
    unreadable = List.copyOf(unreadable);
  }

  /**
   * One line per unreadable class file, naming it, for the build log. The reason is already
   * quoted; the file's name is quoted here, since a file system allows line breaks in it.
   */
  List<String> unreadableMessages() {
    return unreadable.stream()
        .map(u -> "Cannot read class file "
            + Rule.visible(module.display(module.classesDirectory().resolve(u.path()))) + ": "
            + u.reason()
            + ". Rebuild it (mvn clean verify); if it comes from another tool, report the file to"
            + " the GenAI guidelines project.")
        .toList();
  }

  /** The unreadable class files as the reports list them, relative to {@code reportRoot}. */
  List<UnreadableFile> unreadableFiles(Path reportRoot) {
    Path root = reportRoot.toAbsolutePath().normalize();
    return unreadable.stream()
        .map(u -> new UnreadableFile(CompiledModule.slashes(
            root.relativize(module.classesDirectory().resolve(u.path()))), u.reason()))
        .sorted()
        .toList();
  }
}
