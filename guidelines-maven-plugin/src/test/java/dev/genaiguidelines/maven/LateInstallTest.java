package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn install guidelines:report-aggregate}: Maven installed the root before the aggregate
 * was attached, so the goal installs the root's aggregate reports itself. Regression test for
 * the aggregate that was attached but never reached the local repository.
 */
class LateInstallTest {

  @TempDir Path reactor;

  private final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();
  private MavenProject root;
  private MavenProject previs;
  private Path localRepository;

  @BeforeEach
  void reactorOfOneModule() throws Exception {
    harness.start();
    Files.writeString(reactor.resolve("genai-policy.yaml"), AggregatePoliciesTest.ROOT_POLICY);
    FixtureCompiler.compile(reactor.resolve("previs"),
        Map.of("com/example/previs/Storyboards.java", AggregatePoliciesTest.BOARDS));
    root = MojoHarness.project(reactor, "studio-reactor");
    root.getModel().setPackaging("pom");
    previs = MojoHarness.project(reactor.resolve("previs"), "previs");
    localRepository = reactor.resolve("local-repo");
  }

  @AfterEach
  void stop() throws Exception {
    harness.stop();
  }

  private void run(List<String> goals, List<MavenProject> built, Map<String, String> properties)
      throws Exception {
    Consumer<MavenSession> setUp = session -> session.getRequest().setGoals(goals);
    Mojo mojo = harness.aggregateMojo(root, built, List.of(root, previs), properties, log, setUp);
    harness.useLocalRepository(mojo, localRepository, false).execute();
  }

  private Path installed(String extension) {
    return localRepository.resolve("com/example/studio/studio-reactor/1.0/studio-reactor-1.0-"
        + "genai-compliance." + extension);
  }

  @Test
  void afterInstallTheAttachedAggregateIsInstalledByteForByte() throws Exception {
    run(List.of("install", "guidelines:report-aggregate"), List.of(root, previs), Map.of());
    for (String extension : List.of("json", "html", "sarif", "cdx.json", "md")) {
      assertTrue(Files.isRegularFile(installed(extension)), extension);
    }
    assertEquals(Files.readString(reactor.resolve("target/genai-compliance/genai-compliance.json")),
        Files.readString(installed("json")));
    assertTrue(log.lines().contains("[INFO] GenAI aggregate report: installed 5 reports of"
        + " com.example.studio:studio-reactor:pom:1.0 into the local repository, because Maven"
        + " installed the root before this goal attached them"), log.lines().toString());
    assertTrue(log.lines().stream().noneMatch(l -> l.contains("not deployed")),
        log.lines().toString());
  }

  @Test
  void afterVerifyNothingIsInstalled() throws Exception {
    run(List.of("verify", "guidelines:report-aggregate"), List.of(root, previs), Map.of());
    assertFalse(Files.exists(installed("json")));
    assertTrue(log.lines().stream().noneMatch(l -> l.contains("installed")),
        log.lines().toString());
  }

  @Test
  void afterDeployItIsInstalledAndTheLogSaysItWasNotDeployed() throws Exception {
    run(List.of("deploy", "guidelines:report-aggregate"), List.of(root, previs), Map.of());
    assertTrue(Files.isRegularFile(installed("json")));
    assertTrue(log.lines().contains("[WARNING] GenAI aggregate report: not deployed, because"
        + " Maven deployed com.example.studio:studio-reactor:pom:1.0 before this goal attached"
        + " it. The modules' reports were deployed, and a later build's guidelines.baseline"
        + " merges them when the aggregate is not published."), log.lines().toString());
  }

  @Test
  void mavenInstallSkipIsRespected() throws Exception {
    run(List.of("install", "guidelines:report-aggregate"), List.of(root, previs),
        Map.of("maven.install.skip", "true"));
    assertFalse(Files.exists(installed("json")));
    assertTrue(log.lines().contains("[INFO] GenAI aggregate report: not installed, because"
        + " maven.install.skip is true"), log.lines().toString());
  }

  @Test
  void attachFalseInstallsNothing() throws Exception {
    run(List.of("install", "guidelines:report-aggregate"), List.of(root, previs),
        Map.of("guidelines.attach", "false"));
    assertFalse(Files.exists(installed("json")));
  }

  @Test
  void whileTheRootIsStillInItsLifecycleItsOwnInstallPublishesTheReports() throws Exception {
    // The root not built yet: the install plugin will install what this goal attached.
    Mojo mojo = harness.mojo("report-aggregate", root, Map.of(), log, List.of(root, previs),
        session -> {
          session.setProjects(List.of(root, previs));
          session.getRequest().setGoals(List.of("install"));
          session.getResult().addBuildSummary(
              new org.apache.maven.execution.BuildSuccess(previs, 1));
        });
    harness.useLocalRepository(mojo, localRepository, false).execute();
    assertFalse(Files.exists(installed("json")));
    assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("[INFO] Attached 5 GenAI")),
        log.lines().toString());
    assertTrue(log.lines().stream().noneMatch(l -> l.contains("installed")),
        log.lines().toString());
  }
}
