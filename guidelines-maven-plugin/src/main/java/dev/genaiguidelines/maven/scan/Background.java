package dev.genaiguidelines.maven.scan;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work a goal hands to a thread of its own while it goes on: the jar's digest, a run of its
 * entries, a report format. The goals run after the compile, when the build's other cores are
 * idle, and every part of them runs cold, so two threads nearly halve them.
 *
 * <p>The threads are daemons, so a task that is never awaited (its goal failed first) cannot
 * keep the build's JVM from exiting; {@link #await} hands back what the task threw, as if the
 * caller had run it.
 */
public final class Background {

  private Background() {}

  /** Starts {@code work} on a new daemon thread named {@code genai-guidelines-<name>}. */
  public static <T> FutureTask<T> start(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, "genai-guidelines-" + name);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /** Waits for the task to end, whatever it ends with: for a caller that has failed already. */
  public static void join(FutureTask<?> task) {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException ignored) {
      // The caller reports its own failure.
    }
  }

  /** The task's result, or the IOException or unchecked failure it ended with. */
  public static <T> T await(FutureTask<T> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for " + task);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }
}
