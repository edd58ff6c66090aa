package dev.genaiguidelines.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One reason record per rule, and a finding that keeps its parts apart until it is rendered. */
class ReasonTest {

  @Test
  void everyRuleHasExactlyOneReasonRecord() throws ReflectiveOperationException {
    Map<Rule, Class<?>> byRule = new EnumMap<>(Rule.class);
    for (Class<?> type : Reason.class.getPermittedSubclasses()) {
      Reason reason = example(type);
      Class<?> earlier = byRule.put(reason.rule(), type);
      assertEquals(null, earlier, reason.rule() + " has two reasons");
    }
    assertEquals(Set.of(Rule.values()), byRule.keySet());
  }

  @Test
  void everyRulesHelpIsItsFixWithDotsForTheValues() throws ReflectiveOperationException {
    for (Class<?> type : Reason.class.getPermittedSubclasses()) {
      Reason reason = example(type);
      // These rules' fixes are all in the finding; their help says it in general.
      if (reason.rule() != Rule.GAI001 && reason.rule() != Rule.GAI008
          && reason.rule() != Rule.GAI009) {
        assertEquals(reason.rule().helpText(), reason.fix(), reason.rule().id());
      }
    }
  }

  @Test
  void theMessageComposesThePartsOnOneLine() {
    Finding finding = new Finding(Severity.ERROR, "hero", UseAttribute.TOOL, "use 'hero'",
        new Reason.ToolKeepsData("a. Fix: b\n", "retains inputs"), "f.yaml sets it.");
    assertEquals("use 'hero': tool 'a. Fix: b\n' retains inputs (" + finding.citation() + ").",
        finding.problem());
    assertEquals("use a registered tool that neither trains on nor retains inputs; no approval"
        + " can clear this. f.yaml sets it.", finding.remedy());
    assertEquals("[GAI102] use 'hero': tool 'a. Fix: b\\u000A' retains inputs (Netflix GenAI"
        + " guidance, principle 2: tools must not store, reuse or train on production inputs or"
        + " outputs). Fix: use a registered tool that neither trains on nor"
        + " retains inputs; no approval can clear this. f.yaml sets it.", finding.message());
  }

  @Test
  void withoutANoteTheMessageEndsAtTheFix() {
    Finding finding = new Finding(Severity.INFO, "hero", UseAttribute.OUTPUT, "use 'hero'",
        new Reason.FinalDeliverable(), "");
    assertEquals(Rule.GAI104, finding.rule());
    assertEquals("get written approval and name it with approval = \"...\", or keep the output"
        + " TEMPORARY.", finding.remedy());
  }

  @Test
  void withSeverityChangesOnlyTheSeverity() {
    Finding info = new Finding(Severity.INFO, "hero", UseAttribute.OUTPUT, "use 'hero'",
        new Reason.FinalDeliverable(), "");
    Finding error = info.withSeverity(Severity.ERROR);
    assertEquals(Severity.ERROR, error.severity());
    assertEquals(info.message(), error.message());
    assertNotEquals(info, error);
  }

  /** A reason of {@code type} with "..." for every string and a date for every date. */
  private static Reason example(Class<?> type) throws ReflectiveOperationException {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = types[i] == LocalDate.class ? LocalDate.of(2026, 1, 1) : "...";
    }
    return (Reason) type.getDeclaredConstructor(types).newInstance(values);
  }
}
