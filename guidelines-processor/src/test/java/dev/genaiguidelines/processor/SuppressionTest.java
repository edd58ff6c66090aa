package dev.genaiguidelines.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @SuppressWarnings("GAIxxx")} silences that rule's warnings, never its errors. */
class SuppressionTest {

  /** A use with a valid approval it does not need: one GAI007 warning. */
  private static java.util.List<String> unneededApproval() {
    return Sources.use("hero-creature").string("approval", "APR-2025-0042").annotationLines();
  }

  @TempDir Path dir;

  private Compilation compile(JavaFileObject source) {
    return Policies.compile(Policies.write(dir, Policies.STUDIO), source);
  }

  @Test
  void suppressingTheRuleOnTheElementSilencesItsWarning() {
    JavaFileObject source = Sources.source("com.studio.Shot", Sources.lines(
        "@SuppressWarnings(\"GAI007\")",
        unneededApproval(),
        "public class Shot {}"));
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void twinSuppressingAnotherRuleLeavesTheWarning() {
    JavaFileObject source = Sources.source("com.studio.Shot", Sources.lines(
        "@SuppressWarnings({\"GAI006\", \"unchecked\"})",
        unneededApproval(),
        "public class Shot {}"));
    Compilation compilation = compile(source);
    assertThat(compilation).hadWarningContaining("[GAI007] use 'hero-creature'")
        .inFile(source)
        .onLineContaining("approval = \"APR-2025-0042\"");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void suppressingTheRuleOnTheEnclosingClassSilencesAMethodsWarning() {
    JavaFileObject source = Sources.source("com.studio.Shot", Sources.lines(
        "@SuppressWarnings(\"GAI007\")",
        "public class Shot {",
        "  static class Pass {",
        Sources.indent(Sources.indent(unneededApproval())),
        "    void render() {}",
        "  }",
        "}"));
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void suppressingARuleNeverSilencesItsError() {
    JavaFileObject source = Sources.source("com.studio.Shot", Sources.lines(
        "@SuppressWarnings(\"GAI104\")",
        Sources.use("hero-creature").set("output", "Output.FINAL_DELIVERABLE").annotationLines(),
        "public class Shot {}"));
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("[GAI104] use 'hero-creature'")
        .inFile(source)
        .onLineContaining("output = Output.FINAL_DELIVERABLE");
    assertThat(compilation).hadErrorCount(1);
  }
}
