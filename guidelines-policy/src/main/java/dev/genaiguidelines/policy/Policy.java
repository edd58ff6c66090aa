package dev.genaiguidelines.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A studio policy: the built-in rule set it extends, the tool registry, the ledger of approvals
 * and consents, per-rule overrides and extra detection markers.
 *
 * @param name the built-in rule set, {@code netflix-2025}
 * @param source where it came from, for reports: the policy file's path relative to the project
 *     (never absolute), or {@code built-in} when there is no file
 * @param sha256 hex SHA-256 of the policy file's bytes, or "" without a file
 * @param approvalsConfigured true when the file has an {@code approvals:} section (even empty),
 *     so approval ids can be verified
 * @param consentsConfigured the same for {@code consents:}
 * @param severities overridden severities of CHECK and DETECTION rules
 * @param verdicts overridden (stricter) verdicts of VERDICT rules
 * @param detect markers added to the plugin's built-in ones
 * @param trust where the policy came from and who may sign its ledger
 */
public record Policy(
    String name,
    String source,
    String sha256,
    Map<String, Tool> tools,
    Map<String, Approval> approvals,
    Map<String, Consent> consents,
    boolean approvalsConfigured,
    boolean consentsConfigured,
    Map<Rule, Severity> severities,
    Map<Rule, Verdict> verdicts,
    DetectionMarkers detect,
    Trust trust) {

  /** The only built-in rule set so far. */
  public static final String NETFLIX_2025 = "netflix-2025";

  /** The source recorded for a policy with no file. */
  public static final String BUILT_IN_SOURCE = "built-in";

  public Policy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    sha256 = Objects.requireNonNullElse(sha256, "");
    tools = Collections.unmodifiableMap(new TreeMap<>(tools));
    approvals = Collections.unmodifiableMap(new TreeMap<>(approvals));
    consents = Collections.unmodifiableMap(new TreeMap<>(consents));
    severities = Collections.unmodifiableMap(copy(severities));
    verdicts = Collections.unmodifiableMap(copy(verdicts));
    detect = Objects.requireNonNullElse(detect, DetectionMarkers.NONE);
    trust = Objects.requireNonNullElse(trust, Trust.NONE);
  }

  /** A policy read from one file, or none, with no approvers. */
  public Policy(String name, String source, String sha256, Map<String, Tool> tools,
      Map<String, Approval> approvals, Map<String, Consent> consents, boolean approvalsConfigured,
      boolean consentsConfigured, Map<Rule, Severity> severities, Map<Rule, Verdict> verdicts,
      DetectionMarkers detect) {
    this(name, source, sha256, tools, approvals, consents, approvalsConfigured,
        consentsConfigured, severities, verdicts, detect,
        sha256 == null || sha256.isEmpty() ? Trust.NONE
            : new Trust(List.of(new PolicyLayer(source, sha256, false)), List.of(), false));
  }

  /**
   * Where the policy's files came from and who may sign approvals.
   *
   * @param layers the files read, the studio's first; empty for the built-in rules
   * @param approvers who may sign approvals and consents
   * @param requireSignedApprovals true when every approval and consent a use names must carry a
   *     verifying signature by an approver (GAI009)
   */
  public record Trust(List<PolicyLayer> layers, List<Approver> approvers,
      boolean requireSignedApprovals) {

    /** No file, no approvers. */
    public static final Trust NONE = new Trust(List.of(), List.of(), false);

    public Trust {
      layers = List.copyOf(layers);
      approvers = List.copyOf(approvers);
    }
  }

  /** The studio policy artifact's layer, when the policy came from one. */
  public Optional<PolicyLayer> studioLayer() {
    return trust.layers().stream().filter(PolicyLayer::studio).findFirst();
  }

  /**
   * Where the policy comes from, as reports vouch for it: the studio artifact's {@code
   * groupId:artifactId:version}, else the policy file's path, else {@code built-in}.
   */
  public String origin() {
    return studioLayer().map(PolicyLayer::origin).orElse(source);
  }

  /** The approver whose key has {@code fingerprint}, if any. */
  public Optional<Approver> approverWithFingerprint(String fingerprint) {
    return trust.approvers().stream().filter(a -> a.fingerprint().equals(fingerprint)).findFirst();
  }

  private static <V> Map<Rule, V> copy(Map<Rule, V> map) {
    Map<Rule, V> copy = new EnumMap<>(Rule.class);
    copy.putAll(map);
    return copy;
  }

  /** The built-in rules with an empty registry and no ledger: what applies without a file. */
  public static Policy builtIn() {
    return new Policy(NETFLIX_2025, BUILT_IN_SOURCE, "", Map.of(), Map.of(), Map.of(), false,
        false, Map.of(), Map.of(), null);
  }

  /** True when no policy file was found. */
  public boolean isBuiltInOnly() {
    return BUILT_IN_SOURCE.equals(source);
  }

  /** The effective severity of a CHECK or DETECTION rule. */
  public Severity severityOf(Rule rule) {
    Severity override = severities.get(rule);
    return override != null ? override : rule.defaultSeverity().orElse(Severity.ERROR);
  }

  /** The effective verdict of a VERDICT rule. */
  public Verdict verdictOf(Rule rule) {
    Verdict override = verdicts.get(rule);
    return override != null ? override : rule.defaultVerdict().orElse(Verdict.NEEDS_APPROVAL);
  }

  public Optional<Tool> tool(String id) {
    return Optional.ofNullable(tools.get(id));
  }
}
