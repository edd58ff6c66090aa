package dev.genaiguidelines.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays a project's own policy file over the studio's published policy. The reader has already
 * refused everything a project may not do there (tools, approvers, weaker severities, replacing
 * a ledger entry), so what is left only adds: ledger entries, stricter rules, detect markers.
 */
final class PolicyLayers {

  private PolicyLayers() {}

  static Policy over(Policy studio, String name, String source, String sha256, PolicyLayer layer,
      Map<String, Approval> approvals, Map<String, Consent> consents, boolean approvalsConfigured,
      boolean consentsConfigured, Map<Rule, Severity> severities, Map<Rule, Verdict> verdicts,
      DetectionMarkers detect) {
    Map<String, Approval> allApprovals = new TreeMap<>(studio.approvals());
    allApprovals.putAll(approvals);
    Map<String, Consent> allConsents = new TreeMap<>(studio.consents());
    allConsents.putAll(consents);
    Map<Rule, Severity> allSeverities = new EnumMap<>(Rule.class);
    allSeverities.putAll(studio.severities());
    allSeverities.putAll(severities);
    Map<Rule, Verdict> allVerdicts = new EnumMap<>(Rule.class);
    allVerdicts.putAll(studio.verdicts());
    allVerdicts.putAll(verdicts);
    List<PolicyLayer> layers = new ArrayList<>(studio.trust().layers());
    layers.add(layer);
    DetectionMarkers markers = detect == null ? studio.detect() : studio.detect().plus(detect);
    return new Policy(name, source, sha256, studio.tools(), allApprovals, allConsents,
        studio.approvalsConfigured() || approvalsConfigured,
        studio.consentsConfigured() || consentsConfigured, allSeverities, allVerdicts, markers,
        new Policy.Trust(layers, studio.trust().approvers(),
            studio.trust().requireSignedApprovals()));
  }
}
