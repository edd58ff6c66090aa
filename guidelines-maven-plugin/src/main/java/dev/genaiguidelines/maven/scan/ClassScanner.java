package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.policy.DetectionMarkers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * Reads a classes directory or a jar, every class file and text resource in it, and finds every
 * {@code @GenAiUse} declaration and every GenAI call that no declaration covers (GAI301).
 *
 * <p>What is a call: a call of a method or constructor, a field access, a method handle or a
 * class literal of a type in a marker package; {@code Class.forName}, {@code loadClass} or
 * {@code MethodHandles.Lookup.findClass} after the constant naming a class in one; a call of a
 * method of an AI-service interface of the artifact (one whose methods, parameters or type carry
 * an annotation from a marker package, as LangChain4j's {@code @SystemMessage} does); a string
 * constant that holds a marker host in any letter case; and a marker host on a line of a text
 * resource ({@link TextResources}), reported as the resource's path. No class is skipped for its
 * package, its interfaces or its synthetic flag; only the generated forms {@link GeneratedShape}
 * recognises, whose content is no call, contribute none. A module with AI-service interfaces is
 * read twice: the first pass finds the interfaces, the second their callers.
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
 * <p>Each element reports a target once: with the first line it is reached on and how many
 * times. A class file above {@link #MAX_CLASS_BYTES} or a text resource above
 * {@link TextResources#MAX_BYTES} is reported as unreadable before it is read.
 *
 * <p>A scanner holds no state between scans, so one instance may serve several threads.
 */
public final class ClassScanner {

  /** The one ASM API version every visitor of the scanner is written against. */
  static final int ASM_API = Opcodes.ASM9;

  /**
   * How many threads read a large jar at most: the build has finished compiling when the scan
   * runs, so the machine's cores are idle, and two already halve a cold scan.
   */
  static final int THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

  /** Above this a class file is reported as too large instead of read (javac's stay far below). */
  static final int MAX_CLASS_BYTES = 16 << 20;

  private final MarkerMatcher matcher;
  private final int threads;

  /** A scanner that looks for calls matching {@code markers} (see MarkerCatalog). */
  public ClassScanner(DetectionMarkers markers) {
    this(markers, WrapperCalls.NONE);
  }

  /**
   * A scanner that also reports a call of a dependency method {@code wrappers} lists (GAI301
   * with {@code via}).
   */
  public ClassScanner(DetectionMarkers markers, WrapperCalls wrappers) {
    this(markers, wrappers, THREADS);
  }

  /** The same, reading a large jar with at most {@code threads} threads. */
  ClassScanner(DetectionMarkers markers, WrapperCalls wrappers, int threads) {
    this.matcher = new MarkerMatcher(Objects.requireNonNull(markers, "markers"))
        .withWrappers(Objects.requireNonNull(wrappers, "wrappers"));
    this.threads = threads;
  }

  /**
   * What a dependency's classes tell the wrapper-call analysis.
   *
   * @param types every class read whole, outside the marker packages, in path order
   * @param unreadable the class files that could not be read
   * @param classCount how many class files the dependency holds
   */
  record CallGraph(List<TypeSummary> types, List<UnreadableClass> unreadable, int classCount) {}

  /**
   * Reads every class file of a dependency (a jar, or a reactor module's classes directory),
   * with its code when {@code readsCode} holds for its path, except those in a marker package
   * (the SDK, whose methods are the GenAI call), and hands every file's name to {@code names}.
   * Text resources are not read: a dependency's configuration is judged where it is used.
   *
   * @throws IOException when a file cannot be read, or the jar is no zip file
   */
  CallGraph callGraph(Path dependency, Consumer<String> names, Predicate<String> readsCode)
      throws IOException {
    ScanState first = new ScanState(true);
    ArtifactFiles.walkFiles(dependency, new Reader(matcher, first, names, readsCode));
    ScanState state = first;
    if (!first.services().isEmpty()) {
      state = new ScanState(true);
      ArtifactFiles.walkFiles(dependency,
          new Reader(matcher.withServices(first.services()), state, name -> { }, readsCode));
    }
    return new CallGraph(state.callGraph(), state.unreadable(), state.classCount);
  }

  /** A class file of an SDK's own package, multi-release versions included. */
  static boolean inMarkerPackage(MarkerMatcher matcher, String path) {
    String type = path.substring(0, path.length() - ".class".length());
    if (type.startsWith(DependencyScanner.VERSIONS)) {
      int slash = type.indexOf('/', DependencyScanner.VERSIONS.length());
      type = slash < 0 ? type : type.substring(slash + 1);
    }
    return matcher.packageMarkerOf(type) != null;
  }

  /** The markers this scanner matches, for a dependency's header pass. */
  MarkerMatcher matcher() {
    return matcher;
  }

  /**
   * Scans every class file and text resource of {@code artifact}, a classes directory or a jar,
   * in sorted path order. A missing path gives an empty result with no digest.
   *
   * @throws IOException when a file cannot be read, or the jar is no zip file
   */
  public ScanResult scan(Path artifact) throws IOException {
    if (Files.notExists(artifact)) {
      return new ScanState().finish("");
    }
    List<ScanState> runs = new ArrayList<>();
    String sha256 = ArtifactFiles.walk(artifact, run -> reader(matcher, runs), threads);
    ScanState first = ScanState.joined(runs);
    if (first.services().isEmpty()) {
      return first.finish(sha256);
    }
    MarkerMatcher withServices = matcher.withServices(first.services());
    List<ScanState> again = new ArrayList<>();
    ArtifactFiles.walk(artifact, run -> reader(withServices, again), threads, false);
    return ScanState.joined(again).finish(sha256);
  }

  /** A reader of one run of a jar's entries, into a state of its own added to {@code runs}. */
  private static Reader reader(MarkerMatcher matcher, List<ScanState> runs) {
    ScanState state = new ScanState();
    runs.add(state);
    return new Reader(matcher, state, null, null);
  }

  /** Hands each file of the artifact to the class or resource reading it. */
  private static final class Reader implements ArtifactFiles.Visitor {
    private final MarkerMatcher matcher;
    private final ConstantPoolPrefilter prefilter;
    private final ScanState state;
    /** For a dependency's call graph: where every file name goes; null for a module's scan. */
    private final Consumer<String> names;
    /** For a dependency: the class files whose code is read (see WrapperRelevance). */
    private final Predicate<String> readsCode;

    Reader(MarkerMatcher matcher, ScanState state, Consumer<String> names,
        Predicate<String> readsCode) {
      this.matcher = matcher;
      this.readsCode = readsCode;
      this.prefilter = matcher.prefilter();
      this.state = state;
      this.names = names;
    }

    @Override
    public void file(String path, long size, ArtifactFiles.Content content) throws IOException {
      if (names != null) {
        names.accept(path);
        if (path.endsWith(".class") && inMarkerPackage(matcher, path)) {
          state.classCount++;
          return;
        }
      }
      if (path.endsWith(".class")) {
        state.classCount++;
        byte[] bytes;
        try {
          bytes = size > MAX_CLASS_BYTES ? null : content.read(MAX_CLASS_BYTES);
        } catch (IOException e) {
          if (names == null) {
            throw e;
          }
          // In a dependency, one damaged entry costs that class, not the jar's other classes.
          state.unreadable(path, "cannot be read from the jar (" + e + ")");
          return;
        }
        if (bytes == null) {
          state.unreadable(path, tooLarge(size, MAX_CLASS_BYTES, "a class file"));
        } else {
          readClass(path, bytes);
        }
      } else if (names == null && TextResources.isTextResource(path)) {
        state.resourceCount++;
        byte[] bytes = size > TextResources.MAX_BYTES ? null : content.read(TextResources.MAX_BYTES);
        if (bytes == null) {
          state.unreadable(path, tooLarge(size, TextResources.MAX_BYTES, "a text resource"));
          return;
        }
        String problem = TextResources.notTextProblem(bytes);
        if (problem != null) {
          state.unreadable(path, problem);
          return;
        }
        for (TextResources.Hit hit : TextResources.hosts(bytes, matcher)) {
          state.resourceHost(path, hit.host(), hit.line());
        }
      }
    }

    @Override
    public void unreadable(String path, String reason) {
      if (names != null) {
        names.accept(path);
      }
      state.unreadable(path, reason);
    }


    private static String tooLarge(long size, int limit, String what) {
      return "too large to scan (" + (size > limit ? size + " bytes" : "more than " + limit
          + " bytes") + "; the scan reads " + what + " of up to " + (limit >> 20) + " MiB)";
    }

    private void readClass(String path, byte[] bytes) {
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
        if (names != null ? readsCode.test(path) : prefilter.mayMatter(reader, bytes)) {
          // Only a read of the method bodies takes ASM into what the Code attributes hold.
          String codeProblem = layout.codeProblem();
          if (codeProblem != null) {
            state.unreadable(path, codeProblem);
            return;
          }
          // A dependency's line numbers are never shown: its calls are named by element.
          flags = names != null ? ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES
              : ClassReader.SKIP_FRAMES;
        }
        reader.accept(new ClassPass(matcher, path, state), flags);
      } catch (RuntimeException | AssertionError e) {
        // ASM reports corrupt bytes with unchecked exceptions of many kinds, and its Type throws
        // AssertionError for a descriptor of a kind it deems impossible, such as "(()V".
        state.unreadable(path, ClassFileCheck.failureReason(e));
      } catch (StackOverflowError e) {
        // ASM reads nested annotation values recursively; javac nests them a few levels, a
        // crafted file a million. The overflow unwinds ASM's frames only, and the pass has
        // handed nothing to the state yet, so the scan can go on with the next file.
        state.unreadable(path, "malformed class file (annotation values nested too deep to read)");
      }
    }
  }
}
