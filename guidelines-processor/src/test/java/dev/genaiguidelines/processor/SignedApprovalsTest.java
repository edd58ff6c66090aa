package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.nio.file.Path;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed approvals at compile time: GAI009 on the {@code approval} value, and the closing note
 * that says the processor left the project binding to {@code check}.
 */
class SignedApprovalsTest {

  private static final String SIGNED_POLICY = Policies.STUDIO + """
      approvers:
        - name: Studio Legal
          key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINm0Q9tafdaumgrrVrM7hQmDruMR+X6JdJCpA0QIbF0T test
      requireSignedApprovals: true
      """;

  @TempDir Path dir;

  private Compilation compile(String... extraOptions) {
    JavaFileObject source = Sources.use("hero-creature").set("output", "Output.FINAL_DELIVERABLE")
        .string("approval", "APR-2025-0042").onClass("com.studio.vfx.Shot");
    String[] options = new String[2 + extraOptions.length];
    options[0] = "-Agenai.policy=" + Policies.write(dir, SIGNED_POLICY);
    options[1] = "-Agenai.asOf=" + Policies.AS_OF;
    System.arraycopy(extraOptions, 0, options, 2, extraOptions.length);
    return Compiler.javac().withProcessors(new GenAiUseProcessor()).withOptions((Object[]) options)
        .compile(source);
  }

  @Test
  void anUnsignedApprovalIsGai009OnTheApprovalValueAndTheNoteNamesWhatIsLeftToCheck() {
    Compilation compilation = compile();

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[GAI009] use 'hero-creature': approval 'APR-2025-0042' carries no"
            + " signature, and genai-policy.yaml requires signed approvals")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("approval = \"APR-2025-0042\"");
    assertThat(compilation.notes().stream().map(n -> n.getMessage(Locale.ROOT)).toList())
        .contains("[genai] signed approvals and consents were verified, but not the project they"
            + " are bound to: the compiler does not know it. guidelines:check judges that; or pass"
            + " -Agenai.project=groupId:artifactId to judge it here too.");
  }

  @Test
  void twinWithTheProjectOptionTheNoteIsNotNeeded() {
    Compilation compilation = compile("-Agenai.project=com.studio:vfx");

    assertThat(compilation).hadErrorContaining("[GAI009]");
    assertThat(compilation.notes().stream().map(n -> n.getMessage(Locale.ROOT))
        .filter(n -> n.contains("not the project")).toList()).isEmpty();
  }

  @Test
  void aProjectOptionThatIsNotCoordinatesIsOneClearError() {
    Compilation compilation = compile("-Agenai.project=vfx");

    assertThat(compilation).hadErrorContaining("[genai] -Agenai.project=vfx is not"
        + " groupId:artifactId. Fix: write it as -Agenai.project=com.studio:vfx-pipeline, or leave"
        + " it out");
  }
}
