package dev.genaiguidelines.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Medians and the number formats of the results table. */
final class Stats {

  private Stats() {}

  /** The median; for an even count, the mean of the middle two. */
  static double median(List<? extends Number> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.stream().mapToDouble(Number::doubleValue).toArray();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  static String seconds(double nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  static String millis(double millis) {
    return millis >= 100
        ? String.format(Locale.ROOT, "%,.0f ms", millis)
        : String.format(Locale.ROOT, "%.1f ms", millis);
  }

  static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.3f×", ratio);
  }

  static String mebibytes(double bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static String list(List<Double> values, java.util.function.DoubleFunction<String> format) {
    StringBuilder out = new StringBuilder();
    for (double value : values) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(format.apply(value));
    }
    return out.toString();
  }
}
