package dev.genaiguidelines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Samples the machine's one-minute load average while a figure runs, so the table can say how
 * busy the machine was. Linux only; elsewhere it reports nothing.
 */
final class LoadMonitor implements AutoCloseable {

  private static final Path LOADAVG = Path.of("/proc/loadavg");

  private final List<Double> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  LoadMonitor() {
    sample();
    thread = new Thread(() -> {
      while (running) {
        try {
          Thread.sleep(2_000);
        } catch (InterruptedException e) {
          return;
        }
        sample();
      }
    }, "load-monitor");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    try {
      String[] fields = Files.readString(LOADAVG).trim().split("\\s+");
      synchronized (samples) {
        samples.add(Double.parseDouble(fields[0]));
      }
    } catch (IOException | RuntimeException unavailable) {
      // Not Linux: the summary says so.
    }
  }

  /**
   * Waits, at most {@code maxSeconds}, until the one-minute load average is below the number of
   * CPUs, so the load a figure leaves behind (the average lags by a minute) is not counted
   * against the next one.
   */
  static void settle(int maxSeconds) throws InterruptedException {
    int cpus = Runtime.getRuntime().availableProcessors();
    for (int waited = 0; waited < maxSeconds; waited += 5) {
      try {
        String[] fields = Files.readString(LOADAVG).trim().split("\\s+");
        if (Double.parseDouble(fields[0]) < cpus) {
          return;
        }
      } catch (IOException | RuntimeException unavailable) {
        return;
      }
      Thread.sleep(5_000);
    }
  }

  /** The median one-minute load so far, or NaN where it cannot be read. */
  double median() {
    synchronized (samples) {
      return samples.isEmpty() ? Double.NaN : Stats.median(samples);
    }
  }

  /** {@code min / median / max} of the samples, or "n/a". */
  String summary() {
    synchronized (samples) {
      if (samples.isEmpty()) {
        return "n/a";
      }
      double min = samples.stream().mapToDouble(Double::doubleValue).min().orElse(0);
      double max = samples.stream().mapToDouble(Double::doubleValue).max().orElse(0);
      return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", min, Stats.median(samples), max);
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    sample();
  }
}
