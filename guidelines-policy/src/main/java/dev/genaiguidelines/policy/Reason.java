package dev.genaiguidelines.policy;

import java.time.LocalDate;

/**
 * Why a rule fired, as named values: one record per rule, whose {@link #detail()} and
 * {@link #fix()} say it in words. A {@link Finding} keeps the reason itself, so each report
 * format renders the parts it shows and nothing has to parse a message back apart.
 *
 * <p>The values are kept as declared; escaping them is the renderer's job
 * ({@link Finding#message()} for build logs, each report format for its own).
 */
public sealed interface Reason {

  /** The rule this reason belongs to; exactly one record per rule. */
  Rule rule();

  /** What is wrong, naming the value at fault. */
  String detail();

  /** What would make the finding go away. */
  String fix();

  /** GAI001: a declaration is incomplete or malformed. */
  record InvalidDeclaration(String problem, String remedy) implements Reason {
    public Rule rule() {
      return Rule.GAI001;
    }

    public String detail() {
      return problem;
    }

    public String fix() {
      return remedy;
    }
  }

  /** GAI002: {@code id} is also declared on {@code otherElements} (comma-separated). */
  record DuplicateId(String otherElements, String id) implements Reason {
    public Rule rule() {
      return Rule.GAI002;
    }

    public String detail() {
      return "the id is also declared on " + otherElements;
    }

    public String fix() {
      return "give each use its own id, e.g. '" + id + "-2'";
    }
  }

  /** GAI003: the {@code kind} ("approval" or "consent") {@code reference} is not in the ledger. */
  record UnknownReference(String kind, String reference, String policySource, String section)
      implements Reason {
    public Rule rule() {
      return Rule.GAI003;
    }

    public String detail() {
      return kind + " '" + reference + "' is not in the ledger of " + policySource;
    }

    public String fix() {
      return "add " + kind + " '" + reference + "' under " + section + ": in " + policySource
          + ", or correct the id";
    }
  }

  /** GAI004: the {@code kind} {@code reference} expired on {@code expired}. */
  record ExpiredReference(String kind, String reference, LocalDate expired, LocalDate asOf)
      implements Reason {
    public Rule rule() {
      return Rule.GAI004;
    }

    public String detail() {
      return kind + " '" + reference + "' expired on " + expired + " (as of " + asOf + ")";
    }

    public String fix() {
      return "renew " + kind + " '" + reference
          + "' with the studio and update its expires: date in the ledger";
    }
  }

  /** GAI005: the {@code kind} {@code reference} covers {@code covered}, not {@code useId}. */
  record OutOfScopeReference(String kind, String reference, String covered, String useId)
      implements Reason {
    public Rule rule() {
      return Rule.GAI005;
    }

    public String detail() {
      return kind + " '" + reference + "' covers " + covered + ", not this use";
    }

    public String fix() {
      return "add '" + useId + "' to the uses: of " + kind + " '" + reference
          + "' if the studio approved it, or name the right " + kind;
    }
  }

  /** GAI006: the {@code kind} {@code reference} is named but the policy has no such ledger. */
  record UnverifiedReference(String kind, String reference, String section) implements Reason {
    public Rule rule() {
      return Rule.GAI006;
    }

    public String detail() {
      return kind + " '" + reference + "' cannot be verified: the policy has no " + section
          + ": ledger";
    }

    public String fix() {
      return "record " + kind + " '" + reference + "' under " + section + ": in genai-policy.yaml";
    }
  }

  /** GAI007: {@code approval} is named by a use that only needs to be shared. */
  record UnneededApproval(String approval) implements Reason {
    public Rule rule() {
      return Rule.GAI007;
    }

    public String detail() {
      return "approval '" + approval
          + "' is named but the use only needs to be shared with the studio";
    }

    public String fix() {
      return "remove approval = \"" + approval
          + "\", or set severity GAI007: OFF if the studio asks for it anyway";
    }
  }

  /**
   * GAI009: the {@code kind} {@code reference} cannot be trusted: {@code why} (unsigned, does not
   * verify, not an approver's key, signed for another entry), and {@code remedy}.
   */
  record UnsignedReference(String kind, String reference, String why, String remedy)
      implements Reason {
    public Rule rule() {
      return Rule.GAI009;
    }

    public String detail() {
      return kind + " '" + reference + "' " + why;
    }

    public String fix() {
      return remedy;
    }
  }

  /**
   * GAI010: the {@code kind} {@code reference} verifies, but {@code differences} (each naming a
   * field, as signed and as now, joined with "; ") are not what was signed.
   */
  record ChangedSinceApproval(String kind, String reference, String differences)
      implements Reason {
    public Rule rule() {
      return Rule.GAI010;
    }

    public String detail() {
      return kind + " '" + reference + "' was signed for another declaration: " + differences;
    }

    public String fix() {
      return "restore what was signed, or ask the approver to sign the new statement (mvn"
          + " guidelines:approval-request -Dguidelines.approval=" + reference + ")";
    }
  }

  /** GAI008: a ledger record is stale, {@code why}, and {@code remedy} says what to do. */
  record StaleLedgerRecord(String why, String remedy) implements Reason {
    public Rule rule() {
      return Rule.GAI008;
    }

    public String detail() {
      return why;
    }

    public String fix() {
      return remedy;
    }
  }

  /** GAI101: {@code tool} is not in {@code registry}; {@code policyFile} is where it would go. */
  record ToolNotRegistered(String tool, String registry, String policyFile) implements Reason {
    public Rule rule() {
      return Rule.GAI101;
    }

    public String detail() {
      return "tool '" + tool + "' is not in " + registry + ", so its data practices are unknown";
    }

    public String fix() {
      return "add '" + tool + "' under tools: in " + policyFile
          + " once the studio has vetted it, or get written approval";
    }
  }

  /** GAI102: {@code tool} keeps data, as {@code practice} says. */
  record ToolKeepsData(String tool, String practice) implements Reason {
    public Rule rule() {
      return Rule.GAI102;
    }

    public String detail() {
      return "tool '" + tool + "' " + practice;
    }

    public String fix() {
      return "use a registered tool that neither trains on nor retains inputs;"
          + " no approval can clear this";
    }
  }

  /** GAI103: {@code sensitiveInputs} (comma-separated) go to a tool not enterprise-secured. */
  record NotEnterpriseSecured(String tool, String sensitiveInputs) implements Reason {
    public Rule rule() {
      return Rule.GAI103;
    }

    public String detail() {
      return sensitiveInputs + " is sent to tool '" + tool + "', which is not enterprise-secured";
    }

    public String fix() {
      return "use an enterprise-secured tool, send no " + sensitiveInputs
          + ", or get written approval";
    }
  }

  /** GAI104: the output is a final deliverable. */
  record FinalDeliverable() implements Reason {
    public Rule rule() {
      return Rule.GAI104;
    }

    public String detail() {
      return "output is FINAL_DELIVERABLE";
    }

    public String fix() {
      return "get written approval and name it with approval = \"...\", or keep the output"
          + " TEMPORARY";
    }
  }

  /** GAI105: {@code talentUse} (what touches a performer) without a consent. */
  record TalentWithoutConsent(String talentUse) implements Reason {
    public Rule rule() {
      return Rule.GAI105;
    }

    public String detail() {
      return talentUse + " without a performer consent";
    }

    public String fix() {
      return "record the performer's consent in the ledger and name it with consent = \"...\"";
    }
  }

  /** GAI106: {@code talentUse} with the performer's {@code consent}. */
  record TalentPerformance(String talentUse, String consent) implements Reason {
    public Rule rule() {
      return Rule.GAI106;
    }

    public String detail() {
      return talentUse + " (consent '" + consent + "')";
    }

    public String fix() {
      return "get written approval for it and name it with approval = \"...\"";
    }
  }

  /** GAI107: the use replaces or changes union-covered work, as {@code why} says. */
  record UnionCoveredWork(String why) implements Reason {
    public Rule rule() {
      return Rule.GAI107;
    }

    public String detail() {
      return why;
    }

    public String fix() {
      return "get written approval under the proper union agreements and name it with"
          + " approval = \"...\"";
    }
  }

  /** GAI108: the inputs include personal data. */
  record PersonalData() implements Reason {
    public Rule rule() {
      return Rule.GAI108;
    }

    public String detail() {
      return "inputs include PERSONAL_DATA";
    }

    public String fix() {
      return "remove the personal data from the inputs, or get written approval";
    }
  }

  /** GAI109: the inputs include material the production does not own. */
  record ThirdPartyIp() implements Reason {
    public Rule rule() {
      return Rule.GAI109;
    }

    public String detail() {
      return "inputs include THIRD_PARTY_IP";
    }

    public String fix() {
      return "use owned or public-domain material, or get written approval";
    }
  }

  /** GAI110: the use creates {@code keyElements} (comma-separated). */
  record KeyCreativeElement(String keyElements) implements Reason {
    public Rule rule() {
      return Rule.GAI110;
    }

    public String detail() {
      return "creates " + keyElements;
    }

    public String fix() {
      return "get written approval, or limit the use to BACKGROUND_ELEMENT, IDEATION or PREVIS";
    }
  }

  /** GAI111: documentary context and {@code onScreen}, what could be taken as real. */
  record FactualContent(String onScreen) implements Reason {
    public Rule rule() {
      return Rule.GAI111;
    }

    public String detail() {
      return "context is DOCUMENTARY and " + onScreen;
    }

    public String fix() {
      return "get written approval, or limit the use to TEMPORARY IDEATION, PREVIS or ANALYSIS";
    }
  }

  /**
   * GAI301: {@code element} calls {@code target}, which matched {@code marker}; or, when
   * {@code via} is given, {@code target} is a dependency's method that reaches a GenAI call
   * matching {@code marker} made by {@code via}, which no declaration of the dependency covers.
   */
  record UndeclaredGenAiCall(String element, String target, String marker, String via)
      implements Reason {
    public Rule rule() {
      return Rule.GAI301;
    }

    public String detail() {
      return via.isEmpty()
          ? "calls " + target + " (marker '" + marker + "') with no @GenAiUse covering it"
          : "calls " + target + ", which reaches a GenAI call (marker '" + marker + "') via "
              + via + " with no @GenAiUse covering it";
    }

    public String fix() {
      // With via, the dependency may declare it instead; the detail names where, and the
      // rule's help (this fix with dots) stays one sentence for every case.
      return "declare the use with @GenAiUse on " + element + ", its class or its package";
    }
  }

  /**
   * GAI302: {@code module} (its artifactId) ships {@code dependency}, a GenAI SDK of
   * {@code vendor}, and neither it nor a dependency that brings the SDK declares a use.
   */
  record UndeclaredGenAiDependency(String module, String dependency, String vendor)
      implements Reason {
    public Rule rule() {
      return Rule.GAI302;
    }

    public String detail() {
      return "ships " + dependency + " (" + vendor + ") on its runtime class path but declares no"
          + " @GenAiUse, and no dependency that brings it declares one";
    }

    public String fix() {
      return "declare how the module uses " + vendor + " with @GenAiUse, or remove "
          + dependency + " from its dependencies";
    }
  }
}
