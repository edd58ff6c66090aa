package dev.genaiguidelines.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Wraps a processor and adds up the time javac spends inside its {@code init} and {@code process}
 * calls, wall and CPU: the processor's own cost, with the model completion it triggers. javac
 * runs processors on the thread that called it, so that thread's CPU time is the processor's.
 */
final class TimedProcessor implements Processor {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Processor delegate;
  private long nanos;
  private long cpuNanos;
  private long gcMillis;

  TimedProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  /** Wall time inside the processor. */
  long nanos() {
    return nanos;
  }

  /** CPU time of the compiling thread inside the processor. */
  long cpuNanos() {
    return cpuNanos;
  }

  /**
   * Time the JVM's collectors reported while inside the processor: pauses that stop the
   * processor's thread, which wall time counts and its CPU time does not.
   */
  long gcMillis() {
    return gcMillis;
  }

  private static long collectorMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public void init(ProcessingEnvironment processingEnv) {
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long gcStart = collectorMillis();
    try {
      delegate.init(processingEnv);
    } finally {
      nanos += System.nanoTime() - start;
      cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
      gcMillis += collectorMillis() - gcStart;
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long gcStart = collectorMillis();
    try {
      return delegate.process(annotations, roundEnv);
    } finally {
      nanos += System.nanoTime() - start;
      cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
      gcMillis += collectorMillis() - gcStart;
    }
  }

  @Override
  public Iterable<? extends Completion> getCompletions(Element element,
      AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
