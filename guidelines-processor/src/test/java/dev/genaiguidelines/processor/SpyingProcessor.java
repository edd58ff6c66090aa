package dev.genaiguidelines.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Runs a {@link GenAiUseProcessor} and records what a build tool sees of it: what each {@code
 * process} call returned, and every file it asked the {@link Filer} for, with the originating
 * elements it gave (which Gradle's incremental compilation relies on).
 *
 * <p>The processor sees a wrapped environment, as under Gradle: javac's own types (the {@code
 * Trees} API) are not reachable through it.
 */
final class SpyingProcessor implements Processor {

  /** One file the processor created: {@code SOURCE com.a.GenAiUses_1234abcd <- [com.a.A]}. */
  record FilerCall(String kind, String name, List<String> origins) {}

  private final Processor delegate;
  final List<Boolean> returned = new ArrayList<>();
  final List<FilerCall> created = new ArrayList<>();

  SpyingProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public void init(ProcessingEnvironment env) {
    delegate.init(new Environment(env, new RecordingFiler(env.getFiler())));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean claimed = delegate.process(annotations, round);
    returned.add(claimed);
    return claimed;
  }

  @Override
  public Iterable<? extends Completion> getCompletions(Element element,
      AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }

  private static List<String> names(Element... elements) {
    return Arrays.stream(elements)
        .map(e -> e instanceof QualifiedNameable named
            ? named.getQualifiedName().toString() : e.toString())
        .toList();
  }

  private final class RecordingFiler implements Filer {
    private final Filer filer;

    RecordingFiler(Filer filer) {
      this.filer = filer;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... origins)
        throws IOException {
      created.add(new FilerCall("SOURCE", name.toString(), names(origins)));
      return filer.createSourceFile(name, origins);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... origins)
        throws IOException {
      created.add(new FilerCall("CLASS", name.toString(), names(origins)));
      return filer.createClassFile(name, origins);
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence pkg,
        CharSequence relativeName, Element... origins) throws IOException {
      created.add(new FilerCall("RESOURCE", relativeName.toString(), names(origins)));
      return filer.createResource(location, pkg, relativeName, origins);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence pkg,
        CharSequence relativeName) throws IOException {
      return filer.getResource(location, pkg, relativeName);
    }
  }

  /** The compiler's environment with another filer, and nothing javac-specific. */
  private record Environment(ProcessingEnvironment env, Filer filer)
      implements ProcessingEnvironment {

    @Override
    public Map<String, String> getOptions() {
      return env.getOptions();
    }

    @Override
    public Messager getMessager() {
      return env.getMessager();
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Elements getElementUtils() {
      return env.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return env.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return env.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return env.getLocale();
    }
  }
}
