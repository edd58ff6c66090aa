package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.policy.DetectionMarkers;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * Reads compiled classes once each and finds every {@code @GenAiUse} declaration and every GenAI
 * call that no declaration covers (GAI301).
 *
 * <p>Naming of undeclared calls: a call is reported as the method that holds it. A call in a
 * lambda body is reported as the method whose code creates the lambda (through nested lambdas),
 * found from the invokedynamic's LambdaMetafactory arguments. A call in a method of an anonymous
 * or local class is reported as that class's method ({@code com.x.Foo$1#run()}), since that is
 * where the code is, while its coverage still comes from the enclosing method. A compile-time
 * constant that holds a marker host is no call by itself: javac copies it into every method that
 * uses it, and each use is reported there, at its line. A call in a static initializer, which no
 * declaration can name, is reported as the static field it initializes, or as the type when it
 * initializes none.
 *
 * <p>Coverage: a call is covered by a {@code @GenAiUse} on the method holding it, on the method
 * creating its lambda, on the method a local or anonymous class sits in, on any enclosing type,
 * or in its package's {@code package-info}; beyond the contract, a call in a field's initializer
 * (the code an initializer or constructor runs before storing that field) is covered by a
 * declaration on the field.
 *
 * <p>A scanner holds no state between scans, so one instance may serve several threads.
 */
public final class ClassScanner {

  /** The one ASM API version every visitor of the scanner is written against. */
  static final int ASM_API = Opcodes.ASM9;

  private final MarkerMatcher matcher;
  private final ConstantPoolPrefilter prefilter;

  /** A scanner that looks for calls matching {@code markers} (see Policy.effectiveMarkers()). */
  public ClassScanner(DetectionMarkers markers) {
    this.matcher = new MarkerMatcher(Objects.requireNonNull(markers, "markers"));
    this.prefilter = matcher.prefilter();
  }

  /**
   * Scans every .class file under classesDirectory (recursively, in sorted path order). A missing
   * directory gives an empty result with classCount 0.
   *
   * @throws IOException when a file cannot be read, or the path is a file, not a directory
   */
  public ScanResult scan(Path classesDirectory) throws IOException {
    if (Files.notExists(classesDirectory)) {
      return new ScanResult(List.of(), List.of(), List.of(), 0);
    }
    if (!Files.isDirectory(classesDirectory)) {
      throw new NotDirectoryException(classesDirectory.toString());
    }
    ScanState state = new ScanState();
    int classCount = scanDirectory(classesDirectory, "", state);
    return state.finish(classCount);
  }

  private void read(String path, byte[] bytes, ScanState state) {
    String problem = ClassFileCheck.headerProblem(bytes);
    ClassFileCheck.Layout layout = null;
    if (problem == null) {
      layout = ClassFileCheck.layout(bytes);
      problem = layout.problem();
    }
    if (problem != null) {
      state.unreadable(path, problem);
      return;
    }
    try {
      // The pass hands its findings to the state only from visitEnd, so a class that fails
      // half-way contributes nothing but its unreadable entry.
      ClassReader reader = new ClassReader(bytes);
      // Most classes of a pipeline never touch GenAI: their method bodies, the bulk of every
      // class file, need not be decoded at all.
      int flags = ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES;
      if (prefilter.mayMatter(reader, bytes)) {
        // Only a read of the method bodies takes ASM into what the Code attributes hold.
        String codeProblem = layout.codeProblem();
        if (codeProblem != null) {
          state.unreadable(path, codeProblem);
          return;
        }
        flags = ClassReader.SKIP_FRAMES;
      }
      reader.accept(new ClassPass(matcher, path, state), flags);
    } catch (RuntimeException | AssertionError e) {
      // ASM reports corrupt bytes with unchecked exceptions of many kinds, and its Type throws
      // AssertionError for a descriptor of a kind it deems impossible, such as "(()V".
      state.unreadable(path, ClassFileCheck.failureReason(e));
    } catch (StackOverflowError e) {
      // ASM reads nested annotation values recursively; javac nests them a few levels, a crafted
      // file a million. The overflow unwinds ASM's frames only, and the pass has handed nothing
      // to the state yet, so the scan can go on with the next file.
      state.unreadable(path, "malformed class file (annotation values nested too deep to read)");
    }
  }

  /**
   * Reads the class files below {@code directory} in the order of their relative paths with '/'
   * separators, so results do not depend on the file system. Only one directory's listing is held
   * per level, never a list of every path: a module's classes cost memory only for what they
   * declare. Sorting each listing by name, with '/' after directory names, gives exactly the
   * order of the whole relative paths. Symbolic links below the directory are not followed.
   *
   * @return how many class files were read
   */
  private int scanDirectory(Path directory, String prefix, ScanState state) throws IOException {
    List<String> keys = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        BasicFileAttributes attributes =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String name = entry.getFileName().toString();
        if (attributes.isDirectory()) {
          keys.add(name + '/');
        } else if (attributes.isRegularFile() && name.endsWith(".class")) {
          keys.add(name);
        }
      }
    }
    keys.sort(null);
    int count = 0;
    for (String key : keys) {
      if (key.endsWith("/")) {
        String name = key.substring(0, key.length() - 1);
        count += scanDirectory(directory.resolve(name), prefix + key, state);
      } else {
        read(prefix + key, Files.readAllBytes(directory.resolve(key)), state);
        count++;
      }
    }
    return count;
  }
}
