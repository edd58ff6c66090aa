package dev.genaiguidelines.bench;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long each goal of a build ran, read from Maven's own timestamps: with {@link #OPTIONS}
 * every log line starts with the time it was written, and a goal runs from its {@code --- goal
 * ---} header to the next header, or to the separator Maven prints after the last goal. What
 * Maven does before it announces a goal (resolving the dependencies the goal requires) is
 * charged to the goal before it.
 */
final class MojoTimeline {

  /** Puts the time of day, to the millisecond, at the start of every line Maven logs. */
  static final List<String> OPTIONS = List.of("-Dorg.slf4j.simpleLogger.showDateTime=true",
      "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
  /** {@code 10:05:01.123 [INFO] --- compiler:3.14.0:compile (default-compile) @ module ---}. */
  private static final Pattern HEADER = Pattern.compile(
      "^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) \\[INFO\\] --- (\\S+) \\(([^)]+)\\) @ \\S+ ---$");
  private static final Pattern SEPARATOR =
      Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) \\[INFO\\] -{40,}$");

  /**
   * One goal's run.
   *
   * @param goal as Maven names it, {@code prefix:version:goal}
   * @param execution the execution id
   */
  record Mojo(String goal, String execution, double millis) {}

  private MojoTimeline() {}

  /** Every goal of the build, in the order they ran. */
  static List<Mojo> read(String log, Path where) {
    List<Mojo> mojos = new ArrayList<>();
    Matcher open = null;
    for (String line : log.split("\\R")) {
      Matcher header = HEADER.matcher(line);
      Matcher separator = SEPARATOR.matcher(line);
      boolean isHeader = header.matches();
      if (open != null && (isHeader || separator.matches())) {
        String end = isHeader ? header.group(1) : separator.group(1);
        mojos.add(new Mojo(open.group(2), open.group(3), millisBetween(open.group(1), end)));
        open = null;
      }
      if (isHeader) {
        open = header;
      }
    }
    if (open != null || mojos.isEmpty()) {
      throw new IllegalStateException("No timed goals in " + where + ": the build must run with "
          + OPTIONS + " and end with Maven's separator line.");
    }
    return mojos;
  }

  /** The run of the goal with this execution id. */
  static Optional<Mojo> execution(List<Mojo> mojos, String execution) {
    return mojos.stream().filter(mojo -> mojo.execution().equals(execution)).findFirst();
  }

  private static double millisBetween(String start, String end) {
    long millis = ChronoUnit.MILLIS.between(LocalTime.parse(start, TIME),
        LocalTime.parse(end, TIME));
    return millis < 0 ? millis + 24 * 3600_000L : millis; // past midnight
  }
}
