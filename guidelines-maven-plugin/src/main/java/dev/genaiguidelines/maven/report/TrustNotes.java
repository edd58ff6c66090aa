package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.LedgerReference;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.PolicyLayer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a report vouches for and how far: the policy's layers, the ledger entries the uses name
 * with who signed them, how the build enforces the policy, and the plain warnings a reader must
 * see first when enforcement was off, a policy layer came from the project itself, or dependency
 * analyses came from the build's cache.
 */
final class TrustNotes {

  private TrustNotes() {}

  /**
   * The warnings every human-readable report shows above everything else, in words; empty when
   * the studio's policy judged the build alone, {@code check} enforces all of it and every
   * dependency was analysed in this build.
   */
  static List<String> warnings(ReportContext context, Assessment assessment) {
    List<String> warnings = new ArrayList<>();
    Enforcement enforcement = context.enforcement();
    if (enforcement.weakened()) {
      warnings.add("Enforcement was off in this build: " + String.join("; ",
          enforcement.whatIsOff()) + ". Uses this report lists as failing did not fail it.");
    }
    Policy policy = assessment.policy();
    if (policy.studioLayer().isEmpty()) {
      warnings.add(policy.isBuiltInOnly()
          ? "No studio policy artifact and no policy file judged this build: the built-in rules"
              + " applied with an empty tool registry."
          : "No studio policy artifact judged this build: the policy is " + policy.origin()
              + ", a file the project itself controls.");
    } else {
      for (PolicyLayer layer : policy.trust().layers()) {
        if (!layer.studio()) {
          warnings.add("Policy layer " + layer.origin() + " comes from the project, not from the"
              + " studio policy " + policy.origin() + "; it may only add approvals, consents,"
              + " stricter rules and detect markers"
              + (policy.trust().requireSignedApprovals()
                  ? ", and its approvals count only when an approver signed them." : "."));
        }
      }
    }
    context.dependencyAnalysis().filter(analysis -> analysis.fromCache() > 0)
        .ifPresent(analysis -> warnings.add(analysis.cacheWarning()));
    return warnings;
  }

  /** The JSON {@code policy} object's trust members: {@code origin} and {@code layers}. */
  static void policyMembers(JsonWriter json, Policy policy) {
    json.member("origin", policy.origin());
    json.name("layers").beginArray();
    for (PolicyLayer layer : policy.trust().layers()) {
      json.beginObject()
          .member("origin", layer.origin())
          .member("sha256", layer.sha256())
          .member("studio", layer.studio())
          .endObject();
    }
    json.endArray();
    json.member("requireSignedApprovals", policy.trust().requireSignedApprovals());
  }

  /** JSON {@code ledger}: each approval and consent a use names, and who signed it. */
  static void ledger(JsonWriter json, Assessment assessment) {
    json.name("ledger").beginArray();
    for (LedgerReference entry : assessment.ledger()) {
      json.beginObject()
          .member("kind", entry.kind())
          .member("id", entry.id())
          .member(entry.kind().equals("approval") ? "approvedBy" : "performer", entry.givenBy())
          .member("date", entry.date().map(Object::toString).orElse(""))
          .member("expires", entry.expires().map(Object::toString).orElse(""))
          .member("signedBy", entry.signedBy())
          .member("usedBy", entry.usedBy())
          .endObject();
    }
    json.endArray();
  }

  /**
   * JSON {@code dependencyAnalysis}: how many dependencies were analysed and how many of those
   * analyses came from the build's cache; nothing where no dependency was analysed.
   */
  static void dependencyAnalysis(JsonWriter json, ReportContext context) {
    context.dependencyAnalysis().ifPresent(analysis -> json.name("dependencyAnalysis")
        .beginObject()
        .member("analysed", analysis.analysed())
        .member("fromCache", analysis.fromCache())
        .endObject());
  }

  /** JSON {@code enforcement}, as the same build's {@code check} is set. */
  static void enforcement(JsonWriter json, Enforcement enforcement) {
    json.name("enforcement").beginObject()
        .member("checkRuns", enforcement.checkRuns())
        .member("failOnViolation", enforcement.failOnViolation())
        .member("failOnUndeclared", enforcement.failOnUndeclared())
        .member("failOnUnreadable", enforcement.failOnUnreadable())
        .member("failOnMissingCatalog", enforcement.failOnMissingCatalog())
        .endObject();
  }
}
