package dev.genaiguidelines.policy;

import java.util.List;

/** Temporary stand-in until the SSHSIG verifier lands (never committed). */
final class LedgerSignatures {
  LedgerSignatures(Policy policy, String project) {}

  boolean required() {
    return false;
  }

  String signedBy(LedgerEntry entry) {
    return "";
  }

  List<Problem> check(UseDeclaration use, LedgerEntry entry) {
    return List.of();
  }

  record Problem(Rule rule, String detail, String fix) {}
}
