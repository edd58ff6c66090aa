package dev.genaiguidelines.maven;

import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.ExecutionListener;

/**
 * An execution listener that passes every event on to the listener it wraps (which may be
 * null), so a subclass overrides only the events it acts on and calls {@code super} for them.
 *
 * <p>It implements the interface itself rather than extending Maven's
 * {@code AbstractExecutionListener}: a new abstract method in a later Maven then fails the
 * compile, and {@code ForwardingExecutionListenerTest} fails for a new default method, so no
 * event can be swallowed unnoticed. A {@code java.lang.reflect.Proxy} would forward by itself,
 * but {@link DeferredAggregate} finds itself in a chain of wrapped listeners by its type.
 */
abstract class ForwardingExecutionListener implements ExecutionListener {

  /** The listener events go on to, or null. */
  protected final ExecutionListener delegate;

  protected ForwardingExecutionListener(ExecutionListener delegate) {
    this.delegate = delegate;
  }

  @Override
  public void projectDiscoveryStarted(ExecutionEvent event) {
    if (delegate != null) {
      delegate.projectDiscoveryStarted(event);
    }
  }

  @Override
  public void sessionStarted(ExecutionEvent event) {
    if (delegate != null) {
      delegate.sessionStarted(event);
    }
  }

  @Override
  public void sessionEnded(ExecutionEvent event) {
    if (delegate != null) {
      delegate.sessionEnded(event);
    }
  }

  @Override
  public void projectSkipped(ExecutionEvent event) {
    if (delegate != null) {
      delegate.projectSkipped(event);
    }
  }

  @Override
  public void projectStarted(ExecutionEvent event) {
    if (delegate != null) {
      delegate.projectStarted(event);
    }
  }

  @Override
  public void projectSucceeded(ExecutionEvent event) {
    if (delegate != null) {
      delegate.projectSucceeded(event);
    }
  }

  @Override
  public void projectFailed(ExecutionEvent event) {
    if (delegate != null) {
      delegate.projectFailed(event);
    }
  }

  @Override
  public void mojoSkipped(ExecutionEvent event) {
    if (delegate != null) {
      delegate.mojoSkipped(event);
    }
  }

  @Override
  public void mojoStarted(ExecutionEvent event) {
    if (delegate != null) {
      delegate.mojoStarted(event);
    }
  }

  @Override
  public void mojoSucceeded(ExecutionEvent event) {
    if (delegate != null) {
      delegate.mojoSucceeded(event);
    }
  }

  @Override
  public void mojoFailed(ExecutionEvent event) {
    if (delegate != null) {
      delegate.mojoFailed(event);
    }
  }

  @Override
  public void forkStarted(ExecutionEvent event) {
    if (delegate != null) {
      delegate.forkStarted(event);
    }
  }

  @Override
  public void forkSucceeded(ExecutionEvent event) {
    if (delegate != null) {
      delegate.forkSucceeded(event);
    }
  }

  @Override
  public void forkFailed(ExecutionEvent event) {
    if (delegate != null) {
      delegate.forkFailed(event);
    }
  }

  @Override
  public void forkedProjectStarted(ExecutionEvent event) {
    if (delegate != null) {
      delegate.forkedProjectStarted(event);
    }
  }

  @Override
  public void forkedProjectSucceeded(ExecutionEvent event) {
    if (delegate != null) {
      delegate.forkedProjectSucceeded(event);
    }
  }

  @Override
  public void forkedProjectFailed(ExecutionEvent event) {
    if (delegate != null) {
      delegate.forkedProjectFailed(event);
    }
  }
}
