package dev.genaiguidelines.maven;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.ExecutionListener;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Writes the aggregate report once every project of the reactor has finished, for
 * {@code report-aggregate} bound in a root that Maven builds before its modules.
 *
 * <p>It wraps the session's execution listener, passes every event on unchanged, and counts the
 * projects that succeed, fail or are skipped; the last one triggers the write, on whichever
 * builder thread reports it. The state lives in this instance, which belongs to one session's
 * request, so concurrent builds in one JVM never share it.
 *
 * <p>No mojo is left to fail by then, so a failure ({@code failOnNewEscalation}, or a report that
 * could not be written) is added to the session's result: Maven then ends with BUILD FAILURE and
 * prints the message, as for a failed goal, after the reactor summary.
 */
final class DeferredAggregate extends ForwardingExecutionListener {

  private final MavenExecutionResult result;
  private final AggregateWriter writer;
  private final Log log;
  private final Set<String> waitingFor;
  private final Set<String> notSucceeded = new TreeSet<>();
  private boolean written;

  private DeferredAggregate(ExecutionListener delegate, MavenExecutionResult result,
      AggregateWriter writer, Set<String> waitingFor, Log log) {
    super(delegate);
    this.result = result;
    this.writer = writer;
    this.waitingFor = waitingFor;
    this.log = log;
  }

  /**
   * Wraps the session's listener so {@code writer} runs when every project in {@code projects}
   * has finished; projects that already finished are counted at once.
   *
   * @return false when this session already waits to write the same directory
   */
  static boolean register(MavenSession session, List<MavenProject> projects,
      AggregateWriter writer, Log log) {
    MavenExecutionRequest request = session.getRequest();
    DeferredAggregate deferred;
    synchronized (request) {
      ExecutionListener current = request.getExecutionListener();
      for (ExecutionListener l = current; l instanceof DeferredAggregate d; l = d.delegate) {
        if (d.writer.outputDirectory().equals(writer.outputDirectory())) {
          return false;
        }
      }
      Set<String> ids = new LinkedHashSet<>();
      projects.forEach(p -> ids.add(p.getId()));
      deferred = new DeferredAggregate(current, session.getResult(), writer, ids, log);
      request.setExecutionListener(deferred);
    }
    // A project that finished before the listener was in place still has its build summary.
    for (MavenProject project : projects) {
      if (session.getResult() != null && session.getResult().getBuildSummary(project) != null) {
        deferred.finished(project, true);
      }
    }
    return true;
  }

  private void finished(MavenProject project, boolean succeeded) {
    if (project == null) {
      return;
    }
    List<String> failed;
    synchronized (this) {
      if (!succeeded) {
        notSucceeded.add(project.getArtifactId());
      }
      boolean last = waitingFor.remove(project.getId()) && waitingFor.isEmpty() && !written;
      if (!last) {
        return;
      }
      written = true;
      failed = List.copyOf(notSucceeded);
    }
    writeNow(failed);
  }

  private void writeNow(List<String> failed) {
    if (!failed.isEmpty()) {
      log.warn("GenAI aggregate report: " + String.join(", ", failed)
          + " did not build successfully; the report covers the classes they left.");
    }
    try {
      AggregateWriter.Written written = writer.write(failed);
      log.info("GenAI aggregate report: written after the last reactor project finished; it is"
          + " not attached, because the root project was already built. A later build's"
          + " guidelines.baseline merges the reports the modules attached; to attach the"
          + " aggregate itself, run mvn install guidelines:report-aggregate.");
      written.failure().ifPresent(failure -> fail(new MojoFailureException(
          "GenAI aggregate report of " + writer.rootArtifactId() + ", written after the last"
          + " reactor project finished: " + failure)));
    } catch (MojoExecutionException | RuntimeException e) {
      log.error("GenAI aggregate report could not be written: " + e.getMessage());
      fail(new MojoExecutionException("GenAI aggregate report of " + writer.rootArtifactId()
          + " could not be written: " + e.getMessage(), e));
    }
  }

  /** Ends the build with BUILD FAILURE and {@code failure}'s message. */
  private void fail(Exception failure) {
    if (result != null) {
      result.addException(failure);
    }
  }

  @Override
  public void projectSucceeded(ExecutionEvent event) {
    super.projectSucceeded(event);
    finished(event.getProject(), true);
  }

  @Override
  public void projectFailed(ExecutionEvent event) {
    super.projectFailed(event);
    finished(event.getProject(), false);
  }

  @Override
  public void projectSkipped(ExecutionEvent event) {
    super.projectSkipped(event);
    finished(event.getProject(), false);
  }

  @Override
  public void sessionEnded(ExecutionEvent event) {
    boolean late;
    List<String> missing;
    List<String> failed;
    synchronized (this) {
      late = !written;
      written = true;
      missing = List.copyOf(waitingFor);
      failed = List.copyOf(notSucceeded);
    }
    if (late) {
      // Some project never reported back (a listener replaced ours, or the build stopped early).
      log.warn("GenAI aggregate report: " + String.join(", ", missing)
          + " did not report back; writing the report from what was built.");
      writeNow(failed);
    }
    super.sessionEnded(event);
  }
}
