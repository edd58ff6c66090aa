package dev.genaiguidelines.processor;

import com.google.auto.service.AutoService;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.Rule;
import dev.genaiguidelines.policy.RuleKind;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Checks every {@code @GenAiUse} of the compilation against the studio policy while the code
 * compiles: ERROR findings and unapproved verdicts are compile errors on the attribute at fault,
 * WARNING findings are warnings and checks set to INFO are notes (a
 * {@code @SuppressWarnings("GAIxxx")} silences both), and one closing note counts the uses by
 * verdict. It also generates the module's run-time catalog for {@code GenAiCatalog.load()} (see
 * {@link CatalogGenerator}).
 *
 * <p>Options: {@code -Agenai.policy=PATH} (else {@code genai-policy.yaml} is looked up from the
 * module directory, else the built-in rules apply) and {@code -Agenai.asOf=YYYY-MM-DD} (the day
 * approvals and consents are judged valid on; today by default).
 *
 * <p>Each use is judged in the round that finds it, while its element still leads to its source.
 * Duplicate ids (GAI002) can only be judged once every file is known, in the last round, which
 * finds the uses again by name. The processor never claims the annotations and never lets an
 * exception escape: a crash becomes one compile error.
 */
@AutoService(Processor.class)
public final class GenAiUseProcessor extends AbstractProcessor {

  private final Consumer<UseDeclaration> beforeEvaluation;

  private Elements elements;
  private ElementNames names;
  private DeclarationReader reader;
  private Diagnostics diagnostics;
  private CatalogGenerator catalog;

  private boolean policyLoaded;
  private PolicyEvaluator evaluator;
  /** How to add a policy file, until it is printed; null once printed or when not needed. */
  private String policyHint;
  /** Set after a broken policy or a crash: the compilation is not judged any further. */
  private boolean stopped;

  private final List<JudgedUse> judged = new ArrayList<>();
  private final UseTally tally = new UseTally();

  /** What is being checked, for the message should something crash. */
  private String checking = "the compilation";
  private Element checkingElement;

  /** The processor javac discovers through {@code META-INF/services}. */
  public GenAiUseProcessor() {
    this(use -> {});
  }

  /** For tests: {@code beforeEvaluation} sees every use read, just before it is judged. */
  GenAiUseProcessor(Consumer<UseDeclaration> beforeEvaluation) {
    this.beforeEvaluation = Objects.requireNonNull(beforeEvaluation, "beforeEvaluation");
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(DeclarationReader.USE_TYPE, DeclarationReader.LIST_TYPE);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(PolicySetup.POLICY_OPTION, PolicySetup.AS_OF_OPTION, PolicySetup.PROJECT_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    elements = processingEnv.getElementUtils();
    names = new ElementNames(elements, processingEnv.getTypeUtils());
    reader = new DeclarationReader(elements, names);
    diagnostics = new Diagnostics(processingEnv);
    catalog = new CatalogGenerator(processingEnv, reader, diagnostics);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    if (stopped) {
      return false;
    }
    try {
      if (roundEnv.processingOver()) {
        finish();
      } else {
        judgeRound(roundEnv);
      }
    } catch (RuntimeException | LinkageError | AssertionError crash) {
      stopped = true;
      reportCrash(crash);
    }
    return false;
  }

  private void judgeRound(RoundEnvironment roundEnv) {
    catalog.recordRoots(roundEnv.getRootElements());
    Set<Element> annotated = new LinkedHashSet<>();
    for (String name : List.of(DeclarationReader.USE_TYPE, DeclarationReader.LIST_TYPE)) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        annotated.addAll(roundEnv.getElementsAnnotatedWith(type));
      }
    }
    if (!annotated.isEmpty() && policyReady(true)) {
      for (Element element : inSourceOrder(annotated, roundEnv)) {
        if (reader.isRecordAccessorCopy(element)) {
          continue;
        }
        for (SourceUse use : reader.read(element)) {
          judge(use);
        }
      }
    }
    if (stopped) {
      return;
    }
    checking = "the run-time catalog";
    checkingElement = null;
    catalog.writeProviders(this::judgeQuietly);
    checking = "the compilation";
  }

  /**
   * The verdict of a use the catalog read from a class file, for its provider: judged as it was
   * when compiled, and never reported again. Null when there is no policy to judge it by.
   */
  private UseEvaluation judgeQuietly(UseDeclaration declaration) {
    return policyReady(false) ? evaluator.evaluate(declaration) : null;
  }

  /**
   * The annotated elements file by file, each file top to bottom, so diagnostics read in the
   * order of the source rather than grouped by how the annotation was written.
   */
  private static List<Element> inSourceOrder(Set<Element> annotated, RoundEnvironment roundEnv) {
    Set<Element> remaining = new LinkedHashSet<>(annotated);
    List<Element> ordered = new ArrayList<>();
    for (Element root : roundEnv.getRootElements()) {
      collect(root, remaining, ordered);
    }
    ordered.addAll(remaining);
    return ordered;
  }

  private static void collect(Element element, Set<Element> remaining, List<Element> ordered) {
    if (remaining.remove(element)) {
      ordered.add(element);
    }
    // A package's enclosed elements are all its types, compiled here or not: only types are
    // walked into.
    if (element instanceof TypeElement) {
      for (Element member : element.getEnclosedElements()) {
        collect(member, remaining, ordered);
      }
    }
  }

  /**
   * Loads the policy on first need; false when it cannot be used (reported once). Its hint (how
   * to add a policy file) waits for the first use of this compilation's sources: uses read back
   * from class files were told when they were compiled.
   */
  private boolean policyReady(boolean forSources) {
    if (!policyLoaded) {
      policyLoaded = true;
      PolicySetup.Outcome outcome =
          PolicySetup.load(processingEnv.getOptions(), processingEnv.getFiler(), LocalDate.now(),
              GenAiUseProcessor.class.getClassLoader());
      if (outcome instanceof PolicySetup.Ready ready) {
        evaluator = ready.evaluator();
        policyHint = ready.hint();
      } else if (outcome instanceof PolicySetup.Failed failed) {
        diagnostics.print(Diagnostic.Kind.ERROR, failed.message());
        stopped = true;
      }
    }
    if (forSources && policyHint != null) {
      diagnostics.print(Diagnostic.Kind.WARNING, policyHint);
      policyHint = null;
    }
    return evaluator != null && !stopped;
  }

  private void judge(SourceUse use) {
    UseDeclaration declaration = use.declaration();
    checkingElement = use.element();
    checking = declaration == null
        ? "a use on " + names.of(use.element())
        : "use '" + declaration.id() + "' on " + declaration.element();
    for (SourceUse.Problem problem : use.problems()) {
      diagnostics.print(Diagnostic.Kind.ERROR, problem.message(), use, problem.attribute(),
          problem.value());
    }
    if (declaration == null) {
      return;
    }
    beforeEvaluation.accept(declaration);
    UseEvaluation evaluation = evaluator.evaluate(declaration);
    for (Finding finding : evaluation.findings()) {
      report(finding, use);
    }
    tally.add(evaluation.verdict());
    judged.add(new JudgedUse(declaration, UseSite.of(use, names)));
    catalog.add(use, evaluation);
  }

  private void finish() {
    checking = "the run-time catalog";
    checkingElement = null;
    catalog.writeServicesFile();
    checking = "duplicate use ids";
    checkingElement = null;
    if (evaluator == null || tally.total() == 0) {
      return;
    }
    reportDuplicates();
    diagnostics.print(Diagnostic.Kind.NOTE, tally.summary());
    if (evaluator.policy().trust().requireSignedApprovals() && evaluator.project().isEmpty()) {
      // Said once: the statement binds the project, which only -Agenai.project tells javac.
      diagnostics.print(Diagnostic.Kind.NOTE, "[genai] signed approvals and consents were"
          + " verified, but not the project they are bound to: the compiler does not know it."
          + " guidelines:check judges that; or pass -A" + PolicySetup.PROJECT_OPTION
          + "=groupId:artifactId to judge it here too.");
    }
  }

  /** GAI002 over every use of the compilation, whatever file or round it came from. */
  private void reportDuplicates() {
    Map<String, List<JudgedUse>> byId = new TreeMap<>();
    for (JudgedUse use : judged) {
      if (!use.declaration().id().isBlank()) {
        byId.computeIfAbsent(use.declaration().id(), id -> new ArrayList<>()).add(use);
      }
    }
    for (List<JudgedUse> sameId : byId.values()) {
      if (sameId.size() < 2) {
        continue;
      }
      for (JudgedUse use : sameId) {
        List<String> others = sameId.stream()
            .filter(other -> other != use)
            .map(other -> other.declaration().element())
            .sorted()
            .toList();
        for (Finding finding : evaluator.evaluate(use.declaration(), others).findings()) {
          if (finding.rule() == Rule.GAI002) {
            Optional<SourceUse> found = use.site().find(elements, names, reader);
            if (found.isPresent()) {
              report(finding, found.get());
            } else if (kindOf(finding) != null) {
              diagnostics.print(kindOf(finding), finding.message());
            }
          }
        }
      }
    }
  }

  private void report(Finding finding, SourceUse use) {
    Diagnostic.Kind kind = kindOf(finding);
    if (kind == null
        || kind != Diagnostic.Kind.ERROR
            && Suppressions.suppressed(use.element(), finding.rule())) {
      return;
    }
    diagnostics.print(kind, finding.message(), use, finding.attribute().javaName());
  }

  /**
   * ERROR and WARNING print as such, and a check the policy set to INFO as a note, as Error
   * Prone prints a suggestion: the studio asked to see it. A verdict rule's finding is INFO only
   * when a valid approval cleared it; that is the use's verdict, counted in the closing note,
   * and printing it on every compile would bury the notes that were asked for. OFF is silent.
   */
  private static Diagnostic.Kind kindOf(Finding finding) {
    switch (finding.severity()) {
      case ERROR:
        return Diagnostic.Kind.ERROR;
      case WARNING:
        return Diagnostic.Kind.WARNING;
      case INFO:
        return finding.rule().kind() == RuleKind.VERDICT ? null : Diagnostic.Kind.NOTE;
      default:
        return null;
    }
  }

  private void reportCrash(Throwable crash) {
    String message = crash instanceof LinkageError
        ? "[genai] cannot check " + checking + ": " + crash + ". Fix: put guidelines-processor "
            + "on the annotation processor path with its dependencies (Maven resolves them for "
            + "annotationProcessorPaths)."
        : "[genai] internal error while checking " + checking + ": " + crash
            + ". This is a bug in guidelines-processor; please report it with this message and"
            + " the stack trace in the note that follows.";
    printError(message);
    // Always, not behind an option: a crash may not happen again when rerun, and the error
    // asks for a report. A note keeps the error one line, fails nothing (-Werror included),
    // and comes right after it.
    List<String> trace = new ArrayList<>();
    trace.add("[genai] stack trace of the error above:");
    trace.addAll(CrashTrace.lines(crash));
    diagnostics.printLines(Diagnostic.Kind.NOTE, trace);
  }

  private void printError(String message) {
    try {
      if (checkingElement != null) {
        diagnostics.print(Diagnostic.Kind.ERROR, message, checkingElement);
        return;
      }
    } catch (RuntimeException elementGone) {
      // Fall through: the message names the use, the position is only a convenience.
    }
    diagnostics.print(Diagnostic.Kind.ERROR, message);
  }

  /** A use judged in an earlier round, kept by name for the duplicate check. */
  private record JudgedUse(UseDeclaration declaration, UseSite site) {}
}
