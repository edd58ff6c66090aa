package dev.genaiguidelines.bench;

/**
 * A ratio measured on two clocks, and the one its target is judged on: wall time, as the targets
 * are stated, unless the machine was oversubscribed during the figure (its median load above its
 * CPUs), when wall time mostly measures the other processes and CPU time is judged instead.
 */
record Judged(double wall, double cpu, boolean onCpu) {

  /** Judges on CPU time when {@code medianLoad} exceeds the available processors. */
  static Judged of(double wall, double cpu, double medianLoad) {
    return new Judged(wall, cpu,
        !Double.isNaN(cpu) && medianLoad > Runtime.getRuntime().availableProcessors());
  }

  double value() {
    return onCpu ? cpu : wall;
  }

  /** The judged ratio first, the other in brackets. */
  String text() {
    return onCpu
        ? "CPU " + Stats.ratio(cpu) + " (wall " + Stats.ratio(wall) + ")"
        : "wall " + Stats.ratio(wall) + " (CPU " + Stats.ratio(cpu) + ")";
  }
}
