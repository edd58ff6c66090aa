package dev.genaiguidelines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The machine the table was measured on, for the README. */
final class MachineInfo {

  private MachineInfo() {}

  static List<String> describe() {
    List<String> lines = new ArrayList<>();
    lines.add("CPUs (available processors): " + Runtime.getRuntime().availableProcessors());
    lines.add("CPU model: " + firstValue(Path.of("/proc/cpuinfo"), "model name"));
    String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
    if (!memory.equals("n/a")) {
      long kib = Long.parseLong(memory.replaceAll("[^0-9]", ""));
      memory = String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
    }
    lines.add("memory: " + memory);
    lines.add("JDK: " + System.getProperty("java.vm.vendor") + " "
        + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.home")
        + ")");
    lines.add("OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version")
        + " " + System.getProperty("os.arch"));
    return lines;
  }

  private static String firstValue(Path file, String key) {
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException unavailable) {
      // Not Linux.
    }
    return "n/a";
  }
}
