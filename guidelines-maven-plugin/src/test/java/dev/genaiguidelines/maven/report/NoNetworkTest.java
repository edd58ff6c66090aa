package dev.genaiguidelines.maven.report;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.genaiguidelines.maven.scan.ClassScanner;
import dev.genaiguidelines.maven.scan.ScanResult;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.PolicyFileReader;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.Verdict;
import dev.genaiguidelines.processor.GenAiUseProcessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AsynchronousChannelProvider;
import java.nio.channels.spi.SelectorProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing in a build opens a socket: the processor (through compile-testing, with a policy
 * file), the scanner, the evaluator and all five report writers, CycloneDX validation included,
 * run under {@link NoNetwork}'s guards, and the guards record no attempt.
 *
 * <p>The guards are process-wide and permanent, so this class runs only in the plugin's
 * {@code no-network} surefire execution, a JVM of its own started with the NIO providers and an
 * empty hosts file; anywhere else (say {@code -Dtest=NoNetworkTest} in the default execution)
 * it is skipped, saying why.
 */
class NoNetworkTest {
  static final String PROVIDER_PROPERTY = "java.nio.channels.spi.SelectorProvider";

  private static final String POLICY = """
      policy: netflix-2025
      tools:
        - id: runway-gen4
          vendor: Runway
          enterpriseSecured: true
          trainsOnInputs: false
          retainsInputs: false
      approvals:
        - id: APR-2025-0042
          uses: [crowd-extension]
          approvedBy: Studio Legal
          date: 2025-09-01
      detect:
        hosts: [ai-gateway.studio.internal]
      """;

  private static final JavaFileObject SOURCE = JavaFileObjects.forSourceString(
      "com.studio.vfx.CrowdExtender", """
          package com.studio.vfx;

          import dev.genaiguidelines.annotations.*;

          @GenAiUse(id = "crowd-extension", tool = "runway-gen4",
              purpose = "Extends crowds in wide shots.", output = Output.FINAL_DELIVERABLE,
              inputs = DataInput.PRODUCTION_MATERIAL, creates = Creates.BACKGROUND_ELEMENT,
              approval = "APR-2025-0042")
          public class CrowdExtender {
            String extend(com.openai.client.OpenAIClient client) {
              return client.chat("extend the crowd");
            }
          }

          class QuickDub {
            static final String GATEWAY = "https://ai-gateway.studio.internal/dub";
            java.net.URI gateway() { return java.net.URI.create(GATEWAY); }
          }
          """);

  private static final JavaFileObject SDK = JavaFileObjects.forSourceString(
      "com.openai.client.OpenAIClient", """
          package com.openai.client;
          public class OpenAIClient {
            public String chat(String prompt) { return prompt; }
          }
          """);

  @BeforeAll
  static void installGuards() throws IOException {
    assumeTrue(NoNetwork.isGuardedJvm(),
        "runs only in the plugin's no-network surefire execution, whose JVM starts with -D"
            + PROVIDER_PROPERTY + "; the guards it installs are permanent for the JVM");
    NoNetwork.install();
  }

  /** The guards catch what they claim to, or the test below proves nothing. */
  @Test
  void theGuardsRefuseAndRecordEveryKindOfConnection() {
    NoNetwork.clear();

    assertThrows(IllegalStateException.class, () -> new Socket("127.0.0.1", 9).close());
    assertThrows(IllegalStateException.class, () -> new ServerSocket(0).close());
    assertThrows(IllegalStateException.class, () -> new DatagramSocket().close());
    assertThrows(IOException.class, SocketChannel::open);
    assertThrows(IOException.class, DatagramChannel::open);
    assertThrows(IOException.class, AsynchronousSocketChannel::open);
    assertThrows(IOException.class,
        () -> URI.create("https://api.openai.com/v1/models").toURL().openStream().close());
    assertThrows(IllegalArgumentException.class,
        () -> ProxySelector.getDefault().select(URI.create("https://api.openai.com/")));
    assertThrows(UnknownHostException.class, () -> InetAddress.getByName("api.openai.com"));

    assertEquals(List.of("java.net.Socket", "java.net.ServerSocket", "java.net.DatagramSocket",
        "SocketChannel", "DatagramChannel", "AsynchronousSocketChannel",
        "URL https://api.openai.com/v1/models", "proxy selection for https://api.openai.com/"),
        NoNetwork.attempts());
    assertTrue(SelectorProvider.provider() instanceof NoNetworkSelectorProvider);
    assertTrue(AsynchronousChannelProvider.provider()
        instanceof NoNetworkAsynchronousChannelProvider);
    NoNetwork.clear();
  }

  @Test
  void aWholeBuildOpensNoSocket(@TempDir Path project) throws Exception {
    NoNetwork.clear();
    Path policyFile = Files.writeString(project.resolve("genai-policy.yaml"), POLICY);

    Compilation compilation = Compiler.javac()
        .withProcessors(new GenAiUseProcessor())
        .withOptions("-Agenai.policy=" + policyFile, "-Agenai.asOf=2026-01-01")
        .compile(SOURCE, SDK);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining(
        "[genai] 1 GenAI use: 0 socialize, 1 approved, 0 needs approval, 0 prohibited");

    Path classes = Files.createDirectories(project.resolve("classes"));
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target =
            classes.resolve(file.toUri().getPath().replaceFirst("^.*?/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }

    Policy policy = PolicyFileReader.read(policyFile, project);
    ScanResult scan = new ClassScanner(dev.genaiguidelines.maven.scan.MarkerCatalog.effective(policy.detect())).scan(classes);
    assertEquals(List.of("crowd-extension"),
        scan.uses().stream().map(UseDeclaration::id).toList());
    assertEquals(List.of("com.studio.vfx.QuickDub#gateway()"),
        scan.undeclaredCalls().stream().map(call -> call.element()).toList());

    Assessment assessment = new PolicyEvaluator(policy, LocalDate.of(2026, 1, 1))
        .assess(scan.uses(), scan.undeclaredCalls(), true);
    assertEquals(Verdict.APPROVED, assessment.uses().get(0).verdict());

    ReportContext context = new ReportContext("dev.studio", "vfx", "1.0", Optional.empty());
    for (ReportFormat format : ReportFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      format.write(context, assessment, out);
      assertTrue(out.size() > 0, format::id);
      if (format == ReportFormat.CYCLONEDX) {
        // The validator resolves the schema's $refs: it must find them bundled, not online.
        assertEquals(List.of(), new JsonParser().validate(out.toByteArray(), Version.VERSION_16)
            .stream().map(ParseException::getMessage).toList());
      }
    }

    assertEquals(List.of(), NoNetwork.attempts());
  }
}
