package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.maven.baseline.BaselineReader;
import dev.genaiguidelines.maven.baseline.BaselineReport;
import dev.genaiguidelines.maven.report.ReportContext;
import dev.genaiguidelines.maven.report.ReportFormat;
import dev.genaiguidelines.policy.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.maven.execution.AbstractExecutionListener;
import org.apache.maven.execution.BuildSuccess;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.ExecutionListener;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report-aggregate bound in a root that Maven builds first: waiting for the last module. */
class DeferredAggregateTest {

  private static final String STORYBOARD = """
      package com.example.previs;

      import dev.genaiguidelines.annotations.Creates;
      import dev.genaiguidelines.annotations.DataInput;
      import dev.genaiguidelines.annotations.GenAiUse;

      public class Storyboards {
        @GenAiUse(id = "storyboard-frames", tool = "studio-gen", purpose = "Drafts frames.",
            output = dev.genaiguidelines.annotations.Output.TEMPORARY,
            inputs = DataInput.NONE, creates = Creates.PREVIS)
        public String draft(String shot) {
          return shot;
        }
      }
      """;

  @TempDir Path reactor;

  private final RecordingLog log = new RecordingLog();
  private final Recording delegate = new Recording();

  // Maven 3.9 deprecates every MavenSession constructor; only the container builds one for real.
  @SuppressWarnings("deprecation")
  private MavenSession session(List<MavenProject> projects) {
    DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
    request.setExecutionListener(delegate);
    MavenSession session =
        new MavenSession(null, null, request, new DefaultMavenExecutionResult());
    session.setProjects(projects);
    return session;
  }

  private MavenProject module(String name) {
    return MojoHarness.project(reactor.resolve(name), name);
  }

  private MavenProject root() {
    MavenProject root = MojoHarness.project(reactor, "studio-reactor");
    root.getModel().setPackaging("pom");
    return root;
  }

  private AggregateWriter writer(List<MavenProject> projects) {
    return new AggregateWriter(
        ReactorPolicies.of(new ComplianceRun(Policy.builtIn(), LocalDate.of(2026, 1, 15))),
        List.of(ReportFormat.JSON), new ReportContext("com.example.studio", "studio-reactor", "1.0",
            Optional.empty()), reactor.resolve("target/genai-compliance"), reactor, projects, log);
  }

  private Path report() {
    return reactor.resolve("target/genai-compliance/genai-compliance.json");
  }

  private static ExecutionEvent event(ExecutionEvent.Type type, MavenSession session,
      MavenProject project) {
    return new ExecutionEvent() {
      @Override public Type getType() { return type; }
      @Override public MavenSession getSession() { return session; }
      @Override public MavenProject getProject() { return project; }
      @Override public MojoExecution getMojoExecution() { return null; }
      @Override public Exception getException() { return null; }
    };
  }

  @Test
  void writesOnceTheLastProjectFinishesAndPassesEveryEventOn() throws Exception {
    MavenProject root = root();
    MavenProject previs = module("previs");
    MavenProject vfx = module("vfx");
    FixtureCompiler.compile(reactor.resolve("previs"),
        Map.of("com/example/previs/Storyboards.java", STORYBOARD));
    MavenSession session = session(List.of(root, previs, vfx));

    assertTrue(DeferredAggregate.register(session, List.of(previs, vfx),
        writer(List.of(root, previs, vfx)), log));
    ExecutionListener listener = session.getRequest().getExecutionListener();

    listener.projectStarted(event(ExecutionEvent.Type.ProjectStarted, session, previs));
    listener.projectSucceeded(event(ExecutionEvent.Type.ProjectSucceeded, session, previs));
    assertFalse(Files.exists(report()), "written before vfx finished");
    listener.projectSucceeded(event(ExecutionEvent.Type.ProjectSucceeded, session, vfx));
    assertTrue(Files.isRegularFile(report()));
    assertTrue(Files.readString(report()).contains("\"sourceFile\": \"previs/src/main/java/com/"
        + "example/previs/Storyboards.java\""), Files.readString(report()));

    listener.sessionEnded(event(ExecutionEvent.Type.SessionEnded, session, root));
    assertEquals(List.of("ProjectStarted previs", "ProjectSucceeded previs",
        "ProjectSucceeded vfx", "SessionEnded studio-reactor"), delegate.events);
    assertEquals(1, log.lines().stream()
        .filter(l -> l.startsWith("[INFO] GenAI aggregate report of 1 module: 1 use")).count(),
        log.lines().toString());
    assertTrue(log.lines().contains("[INFO] GenAI aggregate report: written after the last reactor"
        + " project finished; it is not attached, because the root project was already built. A"
        + " later build's guidelines.baseline merges the reports the modules attached; to attach"
        + " the aggregate itself, run mvn install guidelines:report-aggregate."),
        log.lines().toString());
    assertEquals(List.of(), session.getResult().getExceptions());
  }

  /**
   * A deferred aggregate of previs compared with a baseline that had no use, once previs has
   * finished: storyboard-frames is new and needs approval (studio-gen is not registered).
   */
  private MavenSession finishedSinceAnEmptyBaseline(boolean failOnNewEscalation)
      throws Exception {
    MavenProject root = root();
    MavenProject previs = module("previs");
    FixtureCompiler.compile(reactor.resolve("previs"),
        Map.of("com/example/previs/Storyboards.java", STORYBOARD));
    MavenSession session = session(List.of(root, previs));
    BaselineReport empty = BaselineReader.parse("{\"schemaVersion\": 1, \"uses\": []}",
        reactor.resolve("1.0.json"), "1.0");
    DeferredAggregate.register(session, List.of(previs), writer(List.of(root, previs))
        .comparedWith(Optional.of(empty), failOnNewEscalation), log);
    session.getRequest().getExecutionListener()
        .projectSucceeded(event(ExecutionEvent.Type.ProjectSucceeded, session, previs));
    return session;
  }

  @Test
  void aNewEscalationUnderFailOnNewEscalationFailsTheBuildThroughTheSessionResult()
      throws Exception {
    MavenSession session = finishedSinceAnEmptyBaseline(true);
    assertTrue(Files.isRegularFile(report()));
    List<Throwable> failures = session.getResult().getExceptions();
    assertEquals(1, failures.size(), failures.toString());
    assertTrue(failures.get(0) instanceof MojoFailureException, failures.toString());
    assertEquals("GenAI aggregate report of studio-reactor, written after the last reactor project"
        + " finished: GenAI guidelines: 1 use is new or changed since 1.0 with a verdict of"
        + " APPROVED, NEEDS_APPROVAL or PROHIBITED (listed above), and"
        + " guidelines.failOnNewEscalation is true. Have each reviewed for this release, then"
        + " build without guidelines.failOnNewEscalation.", failures.get(0).getMessage());
    assertTrue(log.lines().contains("[ERROR] GenAI use 'previs/storyboard-frames' is new since"
        + " 1.0, with verdict NEEDS_APPROVAL"), log.lines().toString());
  }

  @Test
  void withoutFailOnNewEscalationTheSameChangesFailNothing() throws Exception {
    MavenSession session = finishedSinceAnEmptyBaseline(false);
    assertTrue(log.lines().contains("[INFO]   added   previs/storyboard-frames (NEEDS_APPROVAL)"),
        log.lines().toString());
    assertEquals(List.of(), session.getResult().getExceptions());
  }

  @Test
  void aReportThatCannotBeWrittenFailsTheBuild() throws Exception {
    MavenProject root = root();
    MavenProject previs = module("previs");
    MavenSession session = session(List.of(root, previs));
    // The report directory's parent is a file.
    Files.writeString(reactor.resolve("target"), "not a directory");
    DeferredAggregate.register(session, List.of(previs), writer(List.of(root, previs)), log);
    session.getRequest().getExecutionListener()
        .projectSucceeded(event(ExecutionEvent.Type.ProjectSucceeded, session, previs));
    List<Throwable> failures = session.getResult().getExceptions();
    assertEquals(1, failures.size(), failures.toString());
    assertTrue(failures.get(0).getMessage().startsWith("GenAI aggregate report of studio-reactor"
        + " could not be written: "), failures.get(0).getMessage());
    assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("[ERROR] GenAI aggregate report"
        + " could not be written: ")), log.lines().toString());
  }

  @Test
  void aProjectThatFinishedBeforeRegistrationIsCounted() throws Exception {
    MavenProject root = root();
    MavenProject previs = module("previs");
    MavenProject vfx = module("vfx");
    MavenSession session = session(List.of(root, previs, vfx));
    session.getResult().addBuildSummary(new BuildSuccess(previs, 10));

    DeferredAggregate.register(session, List.of(previs, vfx), writer(List.of(root, previs, vfx)),
        log);
    session.getRequest().getExecutionListener()
        .projectSucceeded(event(ExecutionEvent.Type.ProjectSucceeded, session, vfx));
    assertTrue(Files.isRegularFile(report()));
  }

  @Test
  void failedAndSkippedProjectsCountAndAreNamed() throws Exception {
    MavenProject root = root();
    MavenProject previs = module("previs");
    MavenProject vfx = module("vfx");
    MavenSession session = session(List.of(root, previs, vfx));
    DeferredAggregate.register(session, List.of(previs, vfx), writer(List.of(root, previs, vfx)),
        log);
    ExecutionListener listener = session.getRequest().getExecutionListener();
    listener.projectFailed(event(ExecutionEvent.Type.ProjectFailed, session, previs));
    listener.projectSkipped(event(ExecutionEvent.Type.ProjectSkipped, session, vfx));
    assertTrue(Files.isRegularFile(report()));
    assertTrue(log.lines().contains("[WARNING] GenAI aggregate report: previs, vfx did not build"
        + " successfully; the report covers the classes they left."), log.lines().toString());
  }

  @Test
  void theEndOfTheSessionWritesWhatWasBuiltWhenAProjectNeverReported() throws Exception {
    MavenProject root = root();
    MavenProject previs = module("previs");
    MavenProject vfx = module("vfx");
    MavenSession session = session(List.of(root, previs, vfx));
    DeferredAggregate.register(session, List.of(previs, vfx), writer(List.of(root, previs, vfx)),
        log);
    ExecutionListener listener = session.getRequest().getExecutionListener();
    listener.projectSucceeded(event(ExecutionEvent.Type.ProjectSucceeded, session, previs));
    assertFalse(Files.exists(report()));
    listener.sessionEnded(event(ExecutionEvent.Type.SessionEnded, session, root));
    assertTrue(Files.isRegularFile(report()));
    assertTrue(log.lines().contains("[WARNING] GenAI aggregate report: com.example.studio:vfx:jar:1.0"
        + " did not report back; writing the report from what was built."), log.lines().toString());
    assertEquals(List.of("ProjectSucceeded previs", "SessionEnded studio-reactor"),
        delegate.events);
  }

  @Test
  void aSessionWaitsOnlyOnceForTheSameDirectory() {
    MavenProject root = root();
    MavenProject previs = module("previs");
    MavenSession session = session(List.of(root, previs));
    AggregateWriter writer = writer(List.of(root, previs));
    assertTrue(DeferredAggregate.register(session, List.of(previs), writer, log));
    ExecutionListener first = session.getRequest().getExecutionListener();
    assertFalse(DeferredAggregate.register(session, List.of(previs), writer, log));
    assertSame(first, session.getRequest().getExecutionListener());
  }

  @Test
  void concurrentProjectEventsWriteExactlyOnce() throws Exception {
    MavenProject root = root();
    List<MavenProject> modules = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      modules.add(module("module-" + i));
    }
    List<MavenProject> all = new ArrayList<>(modules);
    all.add(0, root);
    MavenSession session = session(all);
    DeferredAggregate.register(session, modules, writer(all), log);
    ExecutionListener listener = session.getRequest().getExecutionListener();

    ExecutorService threads = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    for (MavenProject module : modules) {
      threads.submit(() -> {
        start.await();
        listener.projectSucceeded(event(ExecutionEvent.Type.ProjectSucceeded, session, module));
        return null;
      });
    }
    start.countDown();
    threads.shutdown();
    assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));

    assertEquals(64, delegate.events.size());
    assertEquals(1, log.lines().stream()
        .filter(l -> l.startsWith("[INFO] GenAI aggregate report of 0 modules: ")).count(),
        log.lines().toString());
    listener.sessionEnded(event(ExecutionEvent.Type.SessionEnded, session, root));
    assertEquals(1, log.lines().stream()
        .filter(l -> l.startsWith("[INFO] GenAI aggregate report of ")).count());
  }

  /** The listener Maven had installed, recording what reaches it. */
  private static final class Recording extends AbstractExecutionListener {
    final List<String> events = Collections.synchronizedList(new ArrayList<>());

    private void record(ExecutionEvent event) {
      events.add(event.getType() + " " + event.getProject().getArtifactId());
    }

    @Override public void projectStarted(ExecutionEvent event) { record(event); }
    @Override public void projectSucceeded(ExecutionEvent event) { record(event); }
    @Override public void projectFailed(ExecutionEvent event) { record(event); }
    @Override public void projectSkipped(ExecutionEvent event) { record(event); }
    @Override public void sessionEnded(ExecutionEvent event) { record(event); }
  }
}
