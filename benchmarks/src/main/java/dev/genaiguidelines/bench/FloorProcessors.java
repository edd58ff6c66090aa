package dev.genaiguidelines.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Processors that do the least a kind of processor must, so figure 1's breakdown can tell what
 * javac charges any processor from what the guidelines processor adds. Public, so
 * {@code cold-javac.sh} can name them to a fresh javac with {@code -processor}.
 */
public final class FloorProcessors {

  static final String USE = "dev.genaiguidelines.annotations.GenAiUse";
  static final String USE_LIST = "dev.genaiguidelines.annotations.GenAiUse.List";

  private FloorProcessors() {}

  /** Claims {@code @GenAiUse} and its container, as the guidelines processor does. */
  private abstract static class OnGenAiUse extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(USE, USE_LIST);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }
  }

  /**
   * Claims nothing and does nothing but say once that it ran (so a build log shows it was on the
   * processor path): what javac costs with any processor at all.
   */
  public static final class NoOp extends OnGenAiUse {
    /** The note it prints in its first round. */
    public static final String NOTE = "[bench] the no-op processor ran";
    private boolean noted;

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!noted) {
        noted = true;
        processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, NOTE);
      }
      return false;
    }
  }

  /**
   * Reads every {@code @GenAiUse} with its values and, in the first round, generates one empty
   * class: the floor of a processor that checks the declarations and generates a catalog. The
   * generated source joins the second round javac runs for any processor (every source entered
   * again) and is compiled with the rest.
   */
  public static final class ReadAndGenerate extends OnGenAiUse {
    private boolean generated;
    private int valuesRead;

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (String name : new String[] {USE, USE_LIST}) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
        if (type == null) {
          continue;
        }
        for (Element element : round.getElementsAnnotatedWith(type)) {
          for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            valuesRead += processingEnv.getElementUtils()
                .getElementValuesWithDefaults(mirror).size();
          }
        }
      }
      if (!generated && valuesRead > 0) {
        generated = true;
        try (Writer out = processingEnv.getFiler()
            .createSourceFile("dev.genaiguidelines.bench.floor.Generated").openWriter()) {
          out.write("package dev.genaiguidelines.bench.floor;\n\nfinal class Generated {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
