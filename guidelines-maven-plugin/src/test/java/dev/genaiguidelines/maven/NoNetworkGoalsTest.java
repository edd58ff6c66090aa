package dev.genaiguidelines.maven;

import static dev.genaiguidelines.maven.DeliveryFixtures.CROWD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.genaiguidelines.maven.report.NoNetwork;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals themselves open no socket: {@code check}, {@code report} (every format, attached)
 * and {@code delivery-check} run through the plugin harness under {@link NoNetwork}'s guards,
 * and the guards record no attempt; a twin proves that an attempt made while a goal runs is
 * caught. Like {@code NoNetworkTest}, it runs only in the plugin's {@code no-network} surefire
 * execution, whose guards stay installed for the JVM.
 */
class NoNetworkGoalsTest {

  /** The policy adds a gateway host, so detection reads its own markers too. */
  private static final String POLICY = MojoFixtures.POLICY + """
      detect:
        hosts: [ai-gateway.studio.internal]
      """;

  private static final String DUB = """
      package com.example.dub;

      public class QuickDub {
        static final String GATEWAY = "https://ai-gateway.studio.internal/dub";
        public java.net.URI gateway() {
          return java.net.URI.create(GATEWAY);
        }
      }
      """;

  @TempDir Path project;

  @RegisterExtension final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();

  @BeforeAll
  static void installGuards() throws Exception {
    assumeTrue(NoNetwork.isGuardedJvm(), "runs only in the plugin's no-network surefire"
        + " execution; the guards it installs are permanent for the JVM");
    NoNetwork.install();
  }

  /** The network attempts {@code goal} makes, with the guards recording from a clean slate. */
  private static List<String> attemptsOf(Executable goal) throws Throwable {
    NoNetwork.clear();
    goal.execute();
    List<String> attempts = NoNetwork.attempts();
    NoNetwork.clear();
    return attempts;
  }

  private void compileModule() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", MojoFixtures.BOARDS,
        "com/example/dub/QuickDub.java", DUB));
    Files.writeString(project.resolve("genai-policy.yaml"), POLICY);
  }

  @Test
  void checkAndReportOpenNoSocket() throws Throwable {
    compileModule();
    MavenProject maven = MojoHarness.project(project, "pipeline");

    List<String> attempts = attemptsOf(() -> {
      harness.mojo("report", maven, Map.of(), log).execute();
      MojoFailureException e = assertThrows(MojoFailureException.class,
          () -> harness.mojo("check", maven, Map.of(), log).execute());
      assertEquals("GenAI guidelines check failed: 1 undeclared GenAI call. Each is listed above"
          + " with its file, line and fix.", e.getMessage());
    });

    assertEquals(List.of(), attempts);
    assertEquals(5, maven.getAttachedArtifacts().size());
    assertTrue(log.lines().contains("[ERROR] src/main/java/com/example/dub/QuickDub.java:6:"
        + " [GAI301] call in com.example.dub.QuickDub#gateway(): calls ai-gateway.studio.internal"
        + " (marker 'ai-gateway.studio.internal') with no @GenAiUse covering it (Netflix GenAI"
        + " guidance, every intended use is shared with the studio, so every use is declared once"
        + " and well). Fix: declare the use with @GenAiUse on"
        + " com.example.dub.QuickDub#gateway(), its class or its package."),
        log.lines().toString());
  }

  @Test
  void deliveryCheckOpensNoSocket() throws Throwable {
    DeliveryFixtures.catalogModule(project, "com.example.vfx.CrowdExtender_GenAiUses", CROWD);
    Files.writeString(project.resolve("genai-policy.yaml"), DeliveryFixtures.POLICY);
    Path delivery = Files.createDirectories(project.resolve("delivery"));
    DeliveryFixtures.render(delivery, "shots/shot_010.exr", "crowd 010", CROWD);
    MavenProject maven = MojoHarness.project(project, "pipeline");

    List<String> attempts = attemptsOf(() -> harness.mojo("delivery-check", maven,
        Map.of("guidelines.deliveryDirectory", "delivery", "guidelines.asOf", "2026-06-01"), log)
        .execute());

    assertEquals(List.of(), attempts);
    assertEquals("[INFO] Delivery check passed: 1 asset with GenAI provenance, all cleared for"
        + " delivery.", log.lines().get(log.lines().size() - 1));
  }

  /** The twin: a socket and a URL opened while a goal runs are refused and recorded. */
  @Test
  void aConnectionMadeWhileAGoalRunsIsCaught() throws Throwable {
    compileModule();
    MavenProject maven = MojoHarness.project(project, "pipeline");

    List<String> attempts = attemptsOf(() -> {
      harness.mojo("report", maven, Map.of(), log).execute();
      assertThrows(IllegalStateException.class, () -> new Socket("127.0.0.1", 9).close());
      assertThrows(java.io.IOException.class,
          () -> URI.create("https://api.openai.com/v1/models").toURL().openStream().close());
    });

    assertEquals(List.of("java.net.Socket", "URL https://api.openai.com/v1/models"), attempts);
  }
}
