package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.report.ScanScope;
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
 * @param unreadable files the scanner could not read, relative to the jar or classes directory
 * @param scope what was scanned, its digest and the files read; no files when the module has no
 *     jar and no classes directory
 */
record ModuleScan(
    CompiledModule module,
    List<UseDeclaration> uses,
    List<UndeclaredCall> calls,
    List<UnreadableClass> unreadable,
    ScanScope scope) {

  ModuleScan {
    uses = List.copyOf(uses);
    calls = List.copyOf(calls);
    unreadable = List.copyOf(unreadable);
  }

  /** The class files read. */
  int classCount() {
    return scope.classes();
  }

  /**
   * A file of the scan as messages and reports name it, relative to {@code root}: a jar entry as
   * {@code target/x.jar!/<its name as the jar spells it>} (never resolved as a path, so a
   * hostile {@code ../} name is shown as it is), else the file below the classes directory.
   */
  private String located(String path, Path root) {
    Path base = root.toAbsolutePath().normalize();
    return module.jar() != null
        ? CompiledModule.slashes(base.relativize(module.jar())) + "!/" + path
        : CompiledModule.slashes(base.relativize(module.classesDirectory().resolve(path)));
  }

  /**
   * One line per unreadable class file, naming it, for the build log. The reason is already
   * quoted; the file's name is quoted here, since a file system allows line breaks in it.
   */
  List<String> unreadableMessages() {
    return unreadable.stream()
        .map(u -> "Cannot read " + (u.path().endsWith(".class") ? "class file " : "file ")
            + Rule.visible(located(u.path(), module.basedir())) + ": "
            + u.reason()
            + ". Rebuild it (mvn clean verify); if it comes from another tool, report the file to"
            + " the GenAI guidelines project.")
        .toList();
  }

  /** The unreadable class files as the reports list them, relative to {@code reportRoot}. */
  List<UnreadableFile> unreadableFiles(Path reportRoot) {
    Path root = reportRoot.toAbsolutePath().normalize();
    return unreadable.stream()
        .map(u -> new UnreadableFile(located(u.path(), root), u.reason()))
        .sorted()
        .toList();
  }
}
