package dev.genaiguidelines.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the module directory is found from the class output, with javac's Filer and with the
 * Eclipse compiler's batch Filer, whose {@code getResource} throws for a file not written yet.
 */
class ModuleDirectoriesTest {

  @TempDir Path dir;

  /** A Filer that answers as the named compiler does, recording what was asked. */
  private static final class FakeFiler implements Filer {
    final Path classes;
    final boolean getResourceThrows;
    final boolean createResourceThrows;
    final List<String> calls = new ArrayList<>();

    FakeFiler(Path classes, boolean getResourceThrows, boolean createResourceThrows) {
      this.classes = classes;
      this.getResourceThrows = getResourceThrows;
      this.createResourceThrows = createResourceThrows;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence pkg,
        CharSequence relativeName, Element... originatingElements) throws IOException {
      calls.add("createResource " + location.getName() + " '" + pkg + "' " + relativeName);
      if (createResourceThrows) {
        throw new IOException("no class output");
      }
      return fileObject(relativeName);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence pkg,
        CharSequence relativeName) throws IOException {
      calls.add("getResource " + location.getName() + " '" + pkg + "' " + relativeName);
      if (getResourceThrows) {
        // What ECJ's BatchFilerImpl throws for a file that does not exist yet.
        throw new FileNotFoundException("Resource does not exist : " + location + "//"
            + relativeName);
      }
      return fileObject(relativeName);
    }

    private FileObject fileObject(CharSequence relativeName) {
      return new SimpleJavaFileObject(classes.resolve(relativeName.toString()).toUri(),
          JavaFileObject.Kind.OTHER) {};
    }
  }

  private Path module() throws IOException {
    Path module = Files.createDirectories(dir.resolve("studio/vfx"));
    Files.writeString(dir.resolve("studio/pom.xml"), "<project/>");
    Files.createDirectories(dir.resolve("studio/.mvn"));
    Files.writeString(module.resolve("pom.xml"), "<project/>");
    return module;
  }

  @Test
  void javacsFilerAnswersGetResourceForAFileNotWrittenYet() throws IOException {
    Path module = module();
    FakeFiler javac = new FakeFiler(module.resolve("target/classes"), false, false);

    Optional<ModuleDirectories> found = ModuleDirectories.ofClassOutput(javac);

    assertEquals(Optional.of(new ModuleDirectories(module, dir.resolve("studio"))), found);
    assertEquals(List.of("getResource CLASS_OUTPUT '' genai-guidelines.probe"), javac.calls);
  }

  @Test
  void eclipseCompilersFilerThrowsFromGetResourceSoTheNameIsResolvedForOutput()
      throws IOException {
    Path module = module();
    FakeFiler ecj = new FakeFiler(module.resolve("target/classes"), true, false);

    Optional<ModuleDirectories> found = ModuleDirectories.ofClassOutput(ecj);

    assertEquals(Optional.of(new ModuleDirectories(module, dir.resolve("studio"))), found);
    assertEquals("studio/vfx/", found.get().displayModule());
    assertEquals(List.of("getResource CLASS_OUTPUT '' genai-guidelines.probe",
        "createResource CLASS_OUTPUT '' genai-guidelines.probe"), ecj.calls);
    // The probe is only named, never written.
    assertFalse(Files.exists(module.resolve("target/classes/genai-guidelines.probe")));
  }

  @Test
  void withoutAClassOutputNeitherCallFindsTheModule() throws IOException {
    Path module = module();
    FakeFiler none = new FakeFiler(module.resolve("target/classes"), true, true);

    assertEquals(Optional.empty(), ModuleDirectories.ofClassOutput(none));
    assertEquals(2, none.calls.size());
  }
}
