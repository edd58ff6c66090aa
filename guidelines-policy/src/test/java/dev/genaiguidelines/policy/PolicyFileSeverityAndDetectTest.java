package dev.genaiguidelines.policy;

import static dev.genaiguidelines.policy.PolicyFileReaderTest.assertError;
import static dev.genaiguidelines.policy.PolicyFileReaderTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code severity:} and {@code detect:} sections. */
class PolicyFileSeverityAndDetectTest {
  private static final String RULES = "GAI001-GAI010, GAI101-GAI111, GAI301-GAI302";

  // --- severity: CHECK and DETECTION rules ---

  @Test
  void checkAndDetectionRulesTakeAnySeverityIgnoringCase() throws Exception {
    Policy policy = parse("severity:\n  GAI007: off\n  GAI006: Error\n  GAI003: INFO\n"
        + "  GAI301: warning\n");

    assertEquals(Map.of(Rule.GAI003, Severity.INFO, Rule.GAI006, Severity.ERROR,
        Rule.GAI007, Severity.OFF, Rule.GAI301, Severity.WARNING), policy.severities());
    assertEquals(Map.of(), policy.verdicts());
  }

  @Test
  void integrityRulesCannotBeLoweredByAnyLayer() {
    assertError("severity:\n  GAI001: OFF\n", "genai-policy.yaml:2:11: GAI001 (invalid-declaration)"
        + " guards the integrity of the judgement and is always ERROR; no policy can set it to"
        + " OFF. Fix: remove GAI001 from severity:");
    assertError("severity:\n  GAI002: WARNING\n", "genai-policy.yaml:2:11: GAI002 (duplicate-id)"
        + " guards the integrity of the judgement and is always ERROR; no policy can set it to"
        + " WARNING. Fix: remove GAI002 from severity:");
    assertError("severity:\n  GAI009: INFO\n", "genai-policy.yaml:2:11: GAI009 (unsigned-reference)"
        + " guards the integrity of the judgement and is always ERROR; no policy can set it to"
        + " INFO. Fix: remove GAI009 from severity:");
    assertError("severity:\n  GAI010: off\n", "genai-policy.yaml:2:11: GAI010"
        + " (changed-since-approval) guards the integrity of the judgement and is always ERROR;"
        + " no policy can set it to OFF. Fix: remove GAI010 from severity:");
  }

  @Test
  void twinIntegrityRulesMayBeSaidToBeError() throws Exception {
    Policy policy = parse("severity:\n  GAI001: ERROR\n  GAI010: error\n");

    assertEquals(Map.of(Rule.GAI001, Severity.ERROR, Rule.GAI010, Severity.ERROR),
        policy.severities());
  }

  @Test
  void unknownSeverityValue() {
    assertError("severity:\n  GAI007: MUTE\n", "genai-policy.yaml:2:11: 'GAI007' in severity: "
        + "expected ERROR, WARNING, INFO or OFF, got 'MUTE'");
  }

  @Test
  void verdictOnACheckRule() {
    assertError("severity:\n  GAI003: PROHIBITED\n", "genai-policy.yaml:2:11: 'GAI003' in "
        + "severity: expected ERROR, WARNING, INFO or OFF, got 'PROHIBITED'");
  }

  @Test
  void booleanOrMissingSeverity() {
    assertError("severity:\n  GAI007: false\n", "genai-policy.yaml:2:11: 'GAI007' in severity: "
        + "expected ERROR, WARNING, INFO or OFF, got the boolean false");
    assertError("severity:\n  GAI007:\n", "genai-policy.yaml:2:10: 'GAI007' in severity: "
        + "expected ERROR, WARNING, INFO or OFF, got no value");
  }

  @Test
  void unknownRule() {
    assertError("severity:\n  GAI999: OFF\n", "genai-policy.yaml:2:3: unknown rule 'GAI999' in "
        + "severity; expected a rule of netflix-2025: " + RULES);
  }

  @Test
  void ruleIdsAreUpperCase() {
    assertError("severity:\n  gai007: OFF\n", "genai-policy.yaml:2:3: unknown rule 'gai007' in "
        + "severity; expected a rule of netflix-2025: " + RULES + " (did you mean 'GAI007'?)");
  }

  @Test
  void ruleNameInsteadOfId() {
    assertError("severity:\n  unneeded-approval: OFF\n", "genai-policy.yaml:2:3: unknown rule "
        + "'unneeded-approval' in severity; expected a rule of netflix-2025: " + RULES
        + " (did you mean 'GAI007'?)");
  }

  @Test
  void ruleSetTwice() {
    assertError("severity:\n  GAI007: OFF\n  GAI007: ERROR\n", "genai-policy.yaml:3:3: duplicate "
        + "key 'GAI007' in severity; it is first set on line 2");
  }

  @Test
  void severityAsAList() {
    assertError("severity: [GAI007]\n", "genai-policy.yaml:1:11: 'severity' at the top level: "
        + "expected a mapping of rule ids to severities, e.g. GAI007: OFF, got a list");
  }

  // --- severity: VERDICT rules can only be made stricter ---

  @Test
  void verdictRuleMadeProhibited() throws Exception {
    Policy policy = parse("severity:\n  GAI104: prohibited\n  GAI110: PROHIBITED\n");

    assertEquals(Map.of(Rule.GAI104, Verdict.PROHIBITED, Rule.GAI110, Verdict.PROHIBITED),
        policy.verdicts());
    assertEquals(Verdict.PROHIBITED, policy.verdictOf(Rule.GAI104));
    assertEquals(Map.of(), policy.severities());
  }

  @Test
  void verdictRuleSetToItsDefaultIsANoOp() throws Exception {
    Policy policy = parse("severity:\n  GAI101: NEEDS_APPROVAL\n  GAI105: PROHIBITED\n");

    assertEquals(Map.of(Rule.GAI101, Verdict.NEEDS_APPROVAL, Rule.GAI105, Verdict.PROHIBITED),
        policy.verdicts());
    assertEquals(Verdict.NEEDS_APPROVAL, policy.verdictOf(Rule.GAI101));
  }

  @Test
  void verdictRuleCannotBeTurnedOff() {
    assertError("severity:\n  GAI104: OFF\n", "genai-policy.yaml:2:11: GAI104 is a verdict rule "
        + "of netflix-2025; it can only be made stricter (PROHIBITED), not set to OFF");
  }

  @Test
  void verdictRuleCannotTakeASeverity() {
    assertError("severity:\n  GAI108: warning\n", "genai-policy.yaml:2:11: GAI108 is a verdict "
        + "rule of netflix-2025; it can only be made stricter (PROHIBITED), not set to WARNING");
  }

  @Test
  void prohibitedRuleCannotBeWeakenedToNeedsApproval() {
    assertError("severity:\n  GAI102: NEEDS_APPROVAL\n", "genai-policy.yaml:2:11: GAI102 is a "
        + "verdict rule of netflix-2025; it can only be made stricter (PROHIBITED), not set to "
        + "NEEDS_APPROVAL");
    assertError("severity:\n  GAI105: needs_approval\n", "genai-policy.yaml:2:11: GAI105 is a "
        + "verdict rule of netflix-2025; it can only be made stricter (PROHIBITED), not set to "
        + "NEEDS_APPROVAL");
  }

  @Test
  void verdictRuleCannotBeMadeSocializeOrApproved() {
    assertError("severity:\n  GAI111: SOCIALIZE\n", "genai-policy.yaml:2:11: GAI111 is a verdict "
        + "rule of netflix-2025; it can only be made stricter (PROHIBITED), not set to SOCIALIZE");
    assertError("severity:\n  GAI103: APPROVED\n", "genai-policy.yaml:2:11: GAI103 is a verdict "
        + "rule of netflix-2025; it can only be made stricter (PROHIBITED), not set to APPROVED");
  }

  @Test
  void unknownVerdictValue() {
    assertError("severity:\n  GAI104: BLOCK\n", "genai-policy.yaml:2:11: 'GAI104' in severity: "
        + "expected PROHIBITED (GAI104 is a verdict rule, which can only be made stricter), got "
        + "'BLOCK'");
  }

  // --- detect ---

  @Test
  void detectAddsPackagesAndHosts() throws Exception {
    Policy policy = parse("detect:\n  packages: [com.example.ai, org.studio.llm_client]\n"
        + "  hosts: [ai.studio.internal, https://llm.example.com/v1]\n");

    assertEquals(new DetectionMarkers(List.of("com.example.ai", "org.studio.llm_client"),
        List.of("ai.studio.internal", "https://llm.example.com/v1")), policy.detect());
  }

  @Test
  void detectWithEmptyListsOrOneKey() throws Exception {
    assertEquals(new DetectionMarkers(List.of(), List.of("ai.internal")),
        parse("detect:\n  packages:\n  hosts: [ai.internal]\n").detect());
  }

  @Test
  void packageThatIsNotAJavaPackageName() {
    assertError("detect:\n  packages: [com..aigateway]\n", "genai-policy.yaml:2:14: 'packages' in "
        + "detect: 'com..aigateway' is not a Java package name; write a package prefix like "
        + "com.example.aigateway");
    assertError("detect:\n  packages: [com.example.*]\n", "genai-policy.yaml:2:14: 'packages' in "
        + "detect: 'com.example.*' is not a Java package name; write a package prefix like "
        + "com.example.aigateway");
  }

  @Test
  void packagesWrittenAsASingleValue() {
    assertError("detect:\n  packages: com.example.ai\n", "genai-policy.yaml:2:13: 'packages' in "
        + "detect: expected a list of Java package names, got 'com.example.ai'; write "
        + "[com.example.ai]");
  }

  @Test
  void blankHost() {
    assertError("detect:\n  hosts: ['  ']\n", "genai-policy.yaml:2:11: 'hosts' in detect: "
        + "expected a host name or part of one, like ai-gateway.studio.internal, got '  '");
  }

  @Test
  void hostWithSpaces() {
    assertError("detect:\n  hosts: [ai gateway]\n", "genai-policy.yaml:2:11: 'hosts' in detect: "
        + "expected a host name or part of one, like ai-gateway.studio.internal, got 'ai gateway'");
  }

  @Test
  void hostThatIsAMapping() {
    assertError("detect:\n  hosts:\n    - host: ai.internal\n", "genai-policy.yaml:3:7: 'hosts' in"
        + " detect: expected a string, got a mapping");
  }

  @Test
  void unknownDetectKey() {
    assertError("detect:\n  host: [ai.internal]\n", "genai-policy.yaml:2:3: unknown key 'host' in "
        + "detect; expected one of: packages, hosts (did you mean 'hosts'?)");
  }

  @Test
  void detectAsAList() {
    assertError("detect: [com.example.ai]\n", "genai-policy.yaml:1:9: 'detect' at the top level: "
        + "expected a mapping with the keys packages, hosts, got a list");
  }

  /** DetectionMarkers writes equals, hashCode and toString out (see its comment). */
  @Test
  void detectionMarkersAreEqualByPackagesAndHostsAndPrintAsARecord() {
    DetectionMarkers markers = new DetectionMarkers(List.of("com.b", "com.a"), List.of("x.io"));
    DetectionMarkers same = new DetectionMarkers(List.of("com.a", "com.b"), List.of("x.io"));
    assertEquals(markers, same);
    assertEquals(markers.hashCode(), same.hashCode());
    assertNotEquals(markers, new DetectionMarkers(List.of("com.a"), List.of("x.io")));
    assertNotEquals(markers, new DetectionMarkers(List.of("com.a", "com.b"), List.of("y.io")));
    assertEquals("DetectionMarkers[packages=[com.a, com.b], hosts=[x.io]]", markers.toString());
  }
}
