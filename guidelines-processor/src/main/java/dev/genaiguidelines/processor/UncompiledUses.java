package dev.genaiguidelines.processor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * Reads the uses of a package's types that this compilation does not compile, from the class
 * files an earlier compilation of the same module left in the class output, so that the
 * package's provider, which this compilation writes again, still lists them.
 *
 * <p>{@code @GenAiUse} is retained at run time, so javac reads its values from class files; the
 * class output is on the class path in every incremental build (Maven, Gradle, IDEs). Only types
 * whose class file is in this module's class output count: the same package may be split over a
 * dependency on the class path, or be the main code's package while tests compile, and those
 * types' uses are listed by their own module's provider.
 */
final class UncompiledUses {

  private final DeclarationReader reader;
  private final Filer filer;

  UncompiledUses(DeclarationReader reader, Filer filer) {
    this.reader = reader;
    this.filer = filer;
  }

  /** The elements read, each with its uses as found in its class file. */
  record Found(Element origin, List<SourceUse> uses) {}

  /**
   * The uses in {@code pkg} outside this compilation: on its package-info unless that is
   * compiled, and on every top-level type not named in {@code compiledTypes}, their members and
   * nested types. Our own providers, which declare no use, are not read.
   */
  List<Found> of(PackageElement pkg, boolean packageInfoCompiled, Set<String> compiledTypes) {
    List<Found> found = new ArrayList<>();
    if (!packageInfoCompiled && inClassOutput(pkg, "package-info")) {
      List<SourceUse> uses = reader.read(pkg);
      if (!uses.isEmpty()) {
        found.add(new Found(pkg, uses));
      }
    }
    for (Element member : pkg.getEnclosedElements()) {
      if (!(member instanceof TypeElement type)
          || compiledTypes.contains(type.getQualifiedName().toString())
          || ProviderName.isCurrent(type.getSimpleName())
          || !inClassOutput(pkg, type.getSimpleName().toString())
          || type.getNestingKind() != NestingKind.TOP_LEVEL) {
        continue;
      }
      List<SourceUse> uses = new ArrayList<>();
      collect(type, uses);
      if (!uses.isEmpty()) {
        found.add(new Found(type, uses));
      }
    }
    return found;
  }

  private void collect(Element element, List<SourceUse> uses) {
    if (!reader.isRecordAccessorCopy(element)) {
      uses.addAll(reader.read(element));
    }
    for (Element member : element.getEnclosedElements()) {
      if (member instanceof TypeElement || member.getKind() == ElementKind.FIELD
          || member.getKind() == ElementKind.ENUM_CONSTANT
          || member.getKind() == ElementKind.METHOD
          || member.getKind() == ElementKind.CONSTRUCTOR) {
        collect(member, uses);
      }
    }
  }

  /**
   * True when the class output holds {@code simpleName.class} of {@code pkg}. A compiler that
   * cannot say (an in-memory or IDE file manager) gets false: a use missing until the next full
   * build is better than one listed by two modules.
   */
  private boolean inClassOutput(PackageElement pkg, String simpleName) {
    try (InputStream in = filer.getResource(StandardLocation.CLASS_OUTPUT,
        pkg.getQualifiedName(), simpleName + ".class").openInputStream()) {
      return true;
    } catch (IOException | IllegalArgumentException | IllegalStateException absentOrUnknown) {
      return false;
    }
  }
}
