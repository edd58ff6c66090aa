package dev.genaiguidelines.processor;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Reads and writes the module's {@code META-INF/services} file that names its catalog providers
 * for {@link java.util.ServiceLoader}, in the class output.
 */
final class ServicesFile {

  /** Where {@code GenAiCatalog.load()} looks, relative to the class output. */
  static final String PATH =
      "META-INF/services/dev.genaiguidelines.annotations.GenAiCatalog$Provider";

  private ServicesFile() {}

  /** What an earlier compilation left in the class output. */
  sealed interface Existing permits Absent, Found, AlreadyWritten, Unreadable {}

  /** No services file yet. */
  record Absent() implements Existing {}

  /** The provider names listed, in file order, without comments or duplicates. */
  record Found(List<String> names) implements Existing {}

  /** A file written earlier in this compilation, by another processor: it cannot be reopened. */
  record AlreadyWritten(String reason) implements Existing {}

  /** A file that is there but cannot be read; {@code reason} says why. */
  record Unreadable(String reason) implements Existing {}

  /** Reads the services file an earlier compilation wrote, if any. */
  static Existing read(Filer filer) {
    FileObject file;
    try {
      file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
    } catch (FileNotFoundException | NoSuchFileException absent) {
      return new Absent();
    } catch (FilerException reopened) {
      return new AlreadyWritten(reopened.getMessage());
    } catch (IOException | IllegalArgumentException | IllegalStateException cannot) {
      // Some compilers (IDEs, in-memory file managers) cannot read back their class output.
      return new Unreadable(String.valueOf(cannot));
    }
    if (file == null) {
      return new Absent();
    }
    try (InputStream in = file.openInputStream()) {
      return new Found(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (FileNotFoundException | NoSuchFileException absent) {
      return new Absent();
    } catch (IOException | IllegalArgumentException | IllegalStateException cannot) {
      return new Unreadable(String.valueOf(cannot));
    }
  }

  /** The names in a services file: one a line, {@code #} starts a comment. */
  static List<String> parse(String content) {
    Set<String> names = new LinkedHashSet<>();
    for (String line : content.split("\r\n|\r|\n")) {
      int comment = line.indexOf('#');
      String name = (comment < 0 ? line : line.substring(0, comment)).strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return new ArrayList<>(names);
  }

  /** The file's content: the names as given, one a line, each ended by a newline. */
  static String format(Collection<String> names) {
    StringBuilder content = new StringBuilder();
    names.forEach(name -> content.append(name).append('\n'));
    return content.toString();
  }

  /**
   * Writes the file with {@code names}, in the order given.
   *
   * @throws javax.annotation.processing.FilerException when the file was already written in
   *     this compilation (by this or another processor)
   */
  static void write(Filer filer, Collection<String> names) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
    try (OutputStream out = file.openOutputStream()) {
      out.write(format(names).getBytes(StandardCharsets.UTF_8));
    }
  }
}
