package dev.genaiguidelines.policy;

import dev.genaiguidelines.policy.ssh.SshSignature;
import dev.genaiguidelines.policy.ssh.SshSignatureException;
import dev.genaiguidelines.policy.ssh.VerifiedSignature;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Judges the signatures of ledger entries (GAI009) and whether what was signed is what is
 * declared now (GAI010). A signature is verified once per entry and evaluator; the statement it
 * signed is then compared with each use that names the entry.
 */
final class LedgerSignatures {

  /** What one entry's signature came to. */
  private sealed interface Outcome permits Refused, Verified {}

  /** GAI009: why the entry cannot be trusted, and what to do. */
  private record Refused(String why, String fix) implements Outcome {}

  /** The signature verified with an approver's key over {@code signed}. */
  private record Verified(String fingerprint, ApprovalStatement signed) implements Outcome {}

  private final Policy policy;
  private final String project;
  private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

  LedgerSignatures(Policy policy, String project) {
    this.policy = policy;
    this.project = project;
  }

  /** True when the policy requires every approval and consent a use names to be signed. */
  boolean required() {
    return policy.trust().requireSignedApprovals();
  }

  /** The fingerprint of the approver key whose signature over the entry verified, or "". */
  String signedBy(LedgerEntry entry) {
    if (entry.signature().isBlank() || policy.trust().approvers().isEmpty()) {
      return "";
    }
    return outcome(entry) instanceof Verified verified ? verified.fingerprint() : "";
  }

  /**
   * Checks {@code entry}, named by {@code use}: GAI009 when it is not validly signed by an
   * approver, else GAI010 for each field that differs from what was signed.
   *
   * @return the findings' arguments, empty when the entry stands
   */
  List<Reason> check(UseDeclaration use, LedgerEntry entry) {
    Outcome outcome = outcome(entry);
    if (outcome instanceof Refused refused) {
      return List.of(new Reason.UnsignedReference(entry.kind(), entry.id(), refused.why(),
          refused.fix()));
    }
    ApprovalStatement signed = ((Verified) outcome).signed();
    // The project is bound when this judge knows it; the processor without -Agenai.project
    // leaves it to check, which always knows it.
    String projectNow = project.isEmpty() ? signed.project() : project;
    ApprovalStatement now = ApprovalStatement.of(projectNow, entry, Map.of(use.id(), use));
    List<StatementDifference> differences = ApprovalStatement.differences(signed, now).stream()
        .filter(d -> d.use().isEmpty() || d.use().get().equals(use.id()))
        .toList();
    if (differences.isEmpty()) {
      return List.of();
    }
    String what = String.join("; ", differences.stream().map(StatementDifference::message)
        .toList());
    return List.of(new Reason.ChangedSinceApproval(entry.kind(), entry.id(), what));
  }

  private Outcome outcome(LedgerEntry entry) {
    return outcomes.computeIfAbsent(entry.kind() + '\n' + entry.id(), k -> judge(entry));
  }

  private Outcome judge(LedgerEntry entry) {
    String request = "run mvn guidelines:approval-request -Dguidelines.approval=" + entry.id()
        + ", have an approver of " + policy.origin() + " sign the file with ssh-keygen -Y sign -n "
        + ApprovalStatement.SIGNATURE_NAMESPACE + ", and add its text as statement: and the"
        + " signature as signature: to the entry";
    if (entry.signature().isBlank()) {
      return new Refused("carries no signature, and " + policy.origin()
          + " requires signed approvals", request);
    }
    if (entry.statement().isBlank()) {
      return new Refused("carries a signature but not the statement: it was made over",
          "add the statement the approver signed (the approval-request file) as statement:");
    }
    byte[] statementBytes = entry.statement().getBytes(StandardCharsets.UTF_8);
    VerifiedSignature verified;
    try {
      verified = SshSignature.parse(entry.signature())
          .verify(statementBytes, ApprovalStatement.SIGNATURE_NAMESPACE);
    } catch (SshSignatureException bad) {
      return new Refused("has a signature that does not verify: " + bad.getMessage(), request);
    }
    Optional<Approver> approver = policy.approverWithFingerprint(verified.fingerprint());
    if (approver.isEmpty()) {
      return new Refused("is signed by key " + verified.fingerprint() + ", which is not an"
          + " approver's key in " + policy.origin(), request);
    }
    ApprovalStatement signed;
    try {
      signed = ApprovalStatement.parse(statementBytes);
    } catch (ApprovalStatementException unreadable) {
      return new Refused("has a signed statement that cannot be read: "
          + unreadable.getMessage(), request);
    }
    if (!signed.kind().equals(entry.kind()) || !signed.id().equals(entry.id())) {
      return new Refused("carries the signature of " + signed.kind() + " '" + signed.id()
          + "', not of this " + entry.kind(), request);
    }
    return new Verified(verified.fingerprint(), signed);
  }
}
