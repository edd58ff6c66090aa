package dev.genaiguidelines.maven.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same uses and policy give the same bytes, whatever order they arrive in. */
class DeterminismTest {

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void twoWritesGiveTheSameBytes(ReportFormat format) {
    assertArrayEquals(
        ReportFixtures.bytes(format, ReportFixtures.CONTEXT, ReportFixtures.assessment()),
        ReportFixtures.bytes(format, ReportFixtures.CONTEXT, ReportFixtures.assessment()));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void inputOrderDoesNotLeakIntoTheReport(ReportFormat format) {
    assertArrayEquals(
        ReportFixtures.bytes(format, ReportFixtures.CONTEXT, ReportFixtures.assessment()),
        ReportFixtures.bytes(format, ReportFixtures.CONTEXT, ReportFixtures.reversed()));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void noWallClockAbsolutePathOrCarriageReturn(ReportFormat format) {
    String report = new String(
        ReportFixtures.bytes(format, ReportFixtures.CONTEXT, ReportFixtures.assessment()),
        StandardCharsets.UTF_8);
    assertFalse(report.contains(String.valueOf(java.time.Year.now().getValue() + 1)),
        "a year after this one cannot come from the fixture");
    assertFalse(report.contains("/work/") || report.contains(System.getProperty("user.dir")),
        "absolute path");
    assertFalse(report.contains("\r"), "platform line separator");
    assertTrue(report.endsWith("\n"), "ends with a newline");
  }
}
