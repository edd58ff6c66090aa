package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.genaiguidelines.policy.PolicyFileException;
import dev.genaiguidelines.policy.PolicyFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which policy applies: the option, the file found from the module, or the built-in rules. */
class PolicyLookupTest {

  @TempDir Path dir;

  @Test
  void theOptionNamesThePolicyFile() {
    Path policy = Policies.write(dir.resolve("config"), Policies.STUDIO);
    assertThat(Policies.compile(policy,
            Sources.use("storyboards").string("tool", "open-sketch").onClass("com.studio.A")))
        .succeededWithoutWarnings();
  }

  @Test
  void anOptionNamingNoFileIsOneError() {
    Path missing = dir.resolve("missing.yaml");
    Compilation compilation =
        Policies.compile(missing, Sources.use("storyboards").onClass("com.studio.A"));
    assertThat(compilation).hadErrorContaining("[genai] -Agenai.policy=" + missing
        + ": no such file. Fix: give the path of genai-policy.yaml");
    assertThat(compilation.diagnostics()).hasSize(1);
  }

  @Test
  void aBrokenPolicyFileIsOneErrorAtItsLineAndNothingIsJudged() throws IOException {
    Path policy = Policies.write(dir, "policy: netflix-2025\ntools:\n  - id: [unclosed\n");
    String expected = assertThrows(PolicyFileException.class,
        () -> PolicyFileReader.read(policy, dir)).getMessage();

    Compilation compilation = Policies.compile(policy,
        Sources.use("storyboards").string("tool", "mystery-gen").onClass("com.studio.A"));

    assertThat(expected).matches(java.util.regex.Pattern.quote(policy.toString()) + ":\\d+:\\d+: .+");
    assertThat(compilation).hadErrorContaining(expected);
    assertThat(compilation.diagnostics()).hasSize(1);
  }

  /** A tool entry whose key on line 5, column 5 is {@code enterpriseSecure}: a typo. */
  private static final String TYPO = """
      policy: netflix-2025
      tools:
        - id: runway-gen4
          vendor: Runway
          enterpriseSecure: true
          trainsOnInputs: false
          retainsInputs: false
      """;

  @Test
  void aTypoInAKeyIsOneErrorAtItsLineAndColumnListingTheExpectedKeys() {
    Path policy = Policies.write(dir, TYPO);

    Compilation compilation = Policies.compile(policy,
        Sources.use("storyboards").string("tool", "mystery-gen").onClass("com.studio.A"));

    // Nothing is judged with a broken policy: no GAI101 for the unregistered tool.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation.diagnostics()).hasSize(1);
    assertThat(compilation.diagnostics().get(0).getMessage(Locale.ROOT)).isEqualTo(policy
        + ":5:5: unknown key 'enterpriseSecure' in tool 'runway-gen4'; expected one of: id,"
        + " vendor, enterpriseSecured, trainsOnInputs, retainsInputs, agreement (did you mean"
        + " 'enterpriseSecured'?)");
  }

  @Test
  void twinTheKeySpelledRightCompiles() {
    Path policy = Policies.write(dir, TYPO.replace("enterpriseSecure:", "enterpriseSecured:"));

    assertThat(Policies.compile(policy, Sources.use("storyboards").onClass("com.studio.A")))
        .succeededWithoutWarnings();
  }

  @Test
  void withoutAPolicyTheFirstDiagnosticSaysHowToAddOne() {
    JavaFileObject source = Sources.use("storyboards").onClass("com.studio.A");
    Compilation compilation = Compiler.javac()
        .withProcessors(new GenAiUseProcessor())
        .withOptions("-Agenai.asOf=" + Policies.AS_OF)
        .compile(source, Sources.use("matte-paint").onClass("com.studio.B"));

    Diagnostic<? extends JavaFileObject> first = compilation.diagnostics().get(0);
    assertThat(first.getKind()).isEqualTo(Diagnostic.Kind.WARNING);
    assertThat(first.getMessage(Locale.ROOT)).isEqualTo("[genai] no genai-policy.yaml found "
        + "(classes are not written to a directory, so the module directory is unknown); the "
        + "built-in netflix-2025 rules apply with an empty tool registry. Add genai-policy.yaml "
        + "beside pom.xml (see README) or pass -Agenai.policy=PATH.");
    assertThat(compilation).hadWarningCount(1);
    // The built-in registry is empty, so every tool needs approval.
    assertThat(compilation)
        .hadErrorContaining("[GAI101] use 'storyboards': tool 'runway-gen4' is not in the tool "
            + "registry (no genai-policy.yaml was found)")
        .inFile(source)
        .onLineContaining("tool = \"runway-gen4\"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aMalformedAsOfIsOneError() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new GenAiUseProcessor())
        .withOptions("-Agenai.asOf=2026-13-01")
        .compile(Sources.use("storyboards").onClass("com.studio.A"));
    assertThat(compilation).hadErrorContaining("[genai] -Agenai.asOf=2026-13-01 is not a date. "
        + "Fix: write it as YYYY-MM-DD, e.g. -Agenai.asOf=2026-01-31");
    assertThat(compilation.diagnostics()).hasSize(1);
  }

  // Compile-testing compiles in memory; these compile into a real target/classes instead, so
  // the processor can find the module directory from its class output.

  @Test
  void findsThePolicyInTheReactorRootFromTheModulesClassOutput() throws IOException {
    Path root = reactor();
    Policies.write(root, Policies.STUDIO);

    List<Diagnostic<? extends JavaFileObject>> diagnostics = compileInto(
        root.resolve("vfx/target/classes"), List.of());

    assertThat(messages(diagnostics)).containsExactly(
        "NOTE [genai] 1 GenAI use: 1 socialize, 0 approved, 0 needs approval, 0 prohibited");
  }

  @Test
  void twinWithoutAPolicyFileTheHintNamesWhereItLooked() throws IOException {
    Path root = reactor();

    List<Diagnostic<? extends JavaFileObject>> diagnostics = compileInto(
        root.resolve("vfx/target/classes"), List.of());

    assertThat(messages(diagnostics).get(0)).isEqualTo("WARNING [genai] no genai-policy.yaml "
        + "found in studio-pipeline/vfx/ or its parents up to studio-pipeline/; the built-in "
        + "netflix-2025 rules apply with an empty tool registry. Add genai-policy.yaml beside "
        + "pom.xml (see README) or pass -Agenai.policy=PATH.");
  }

  @Test
  void theOptionWinsOverTheFileFoundFromTheModule() throws IOException {
    Path root = reactor();
    Policies.write(root, Policies.STUDIO);
    Path other = Policies.write(dir.resolve("other"), Policies.REGISTRY_ONLY);

    List<Diagnostic<? extends JavaFileObject>> diagnostics = compileInto(
        root.resolve("vfx/target/classes"), List.of("-Agenai.policy=" + other));

    // REGISTRY_ONLY does not know open-sketch; STUDIO does.
    assertThat(messages(diagnostics)).contains("ERROR [GAI101] use 'storyboards': tool "
        + "'open-sketch' is not in the tool registry of genai-policy.yaml, so its data practices "
        + "are unknown (Netflix GenAI guidance, a principle answered 'unsure' escalates the use to"
        + " written approval). Fix: add 'open-sketch' under tools: in genai-policy.yaml once the"
        + " studio has vetted it, or get written approval.");
  }

  /** {@code studio-pipeline/} with {@code .mvn/}, a pom and a module {@code vfx/}. */
  private Path reactor() throws IOException {
    Path root = dir.resolve("studio-pipeline");
    Files.createDirectories(root.resolve(".mvn"));
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    Files.createDirectories(root.resolve("vfx/target/classes"));
    Files.writeString(root.resolve("vfx/pom.xml"), "<project/>");
    return root;
  }

  /** Compiles one use with tool 'open-sketch' into {@code classes} with the system compiler. */
  private List<Diagnostic<? extends JavaFileObject>> compileInto(Path classes,
      List<String> extraOptions) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(collector, null, null)) {
      List<String> options = new ArrayList<>(List.of(
          "-d", classes.toString(),
          "-classpath", System.getProperty("java.class.path"),
          "-proc:only",
          "-Agenai.asOf=" + Policies.AS_OF));
      options.addAll(extraOptions);
      JavaCompiler.CompilationTask task = javac.getTask(null, files, collector, options, null,
          List.of(Sources.use("storyboards").string("tool", "open-sketch")
              .onClass("com.studio.vfx.Storyboards")));
      task.setProcessors(List.of(new GenAiUseProcessor()));
      task.call();
    }
    return collector.getDiagnostics();
  }

  private static List<String> messages(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
        .toList();
  }
}
