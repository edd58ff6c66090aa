package dev.genaiguidelines.policy;

import java.util.Locale;
import java.util.Optional;

/**
 * The rule table of the built-in {@code netflix-2025} policy, as data: one constant per rule,
 * with its name, what it judges, its default, the guideline behind it, and its general fix.
 *
 * <p>What a finding says in particular is its {@link Reason}: one record per rule, whose named
 * values the compiler checks, where positional format arguments were only checked by tests.
 */
public enum Rule {
  GAI001("invalid-declaration", RuleKind.CHECK, Severity.ERROR, null, Guideline.SOCIALIZE_EVERY_USE,
      "A declaration is incomplete or malformed, so it cannot be judged or shared.",
      "give every use a well-formed id, a registered tool, a one-sentence purpose, and at least one input and one creates value"),
  GAI002("duplicate-id", RuleKind.CHECK, Severity.ERROR, null, Guideline.SOCIALIZE_EVERY_USE,
      "Two uses in one module share an id, so approvals and reports cannot tell them apart.",
      "give each use its own id, e.g. '...-2'"),
  GAI003("unknown-reference", RuleKind.CHECK, Severity.ERROR, null, Guideline.WRITTEN_APPROVAL,
      "An approval or consent id is not in the policy's ledger.",
      "add ... '...' under ...: in ..., or correct the id"),
  GAI004("expired-reference", RuleKind.CHECK, Severity.ERROR, null, Guideline.WRITTEN_APPROVAL,
      "An approval or consent has expired.",
      "renew ... '...' with the studio and update its expires: date in the ledger"),
  GAI005("out-of-scope-reference", RuleKind.CHECK, Severity.ERROR, null, Guideline.WRITTEN_APPROVAL,
      "An approval or consent does not list the use that names it.",
      "add '...' to the uses: of ... '...' if the studio approved it, or name the right ..."),
  GAI006("unverified-reference", RuleKind.CHECK, Severity.WARNING, null, Guideline.WRITTEN_APPROVAL,
      "An approval or consent is named but no ledger is configured to verify it.",
      "record ... '...' under ...: in genai-policy.yaml"),
  GAI007("unneeded-approval", RuleKind.CHECK, Severity.WARNING, null, Guideline.SOCIALIZE_EVERY_USE,
      "A use names an approval although no rule asks for one.",
      "remove approval = \"...\", or set severity GAI007: OFF if the studio asks for it anyway"),
  GAI008("unused-reference", RuleKind.CHECK, Severity.WARNING, null, Guideline.WRITTEN_APPROVAL,
      "A ledger approval or consent is stale: it covers no declared use, or it has expired.",
      "remove records that list no declared use, and renew or remove expired ones"),

  GAI009("unsigned-reference", RuleKind.CHECK, Severity.ERROR, null, Guideline.SIGNED_APPROVAL,
      "Signatures are required and an approval or consent is unsigned, does not verify, or was not signed by an approver.",
      "ask an approver to sign the entry's statement (mvn guidelines:approval-request) and add its signature: and statement: to the ledger"),
  GAI010("changed-since-approval", RuleKind.CHECK, Severity.ERROR, null, Guideline.SIGNED_APPROVAL,
      "A signed approval or consent verifies, but the use or the project is not what was signed.",
      "restore what was signed, or ask the approver to sign the new statement (mvn guidelines:approval-request -Dguidelines.approval=...)"),

  GAI101("tool-not-registered", RuleKind.VERDICT, null, Verdict.NEEDS_APPROVAL, Guideline.UNSURE_MEANS_ESCALATE,
      "The tool is not in the studio's registry, so its data practices are unknown.",
      "add '...' under tools: in ... once the studio has vetted it, or get written approval"),
  GAI102("tool-keeps-data", RuleKind.VERDICT, null, Verdict.PROHIBITED, Guideline.DATA_PRACTICES,
      "The registry says the tool trains on, or retains, inputs or outputs.",
      "use a registered tool that neither trains on nor retains inputs; no approval can clear this"),
  GAI103("not-enterprise-secured", RuleKind.VERDICT, null, Verdict.NEEDS_APPROVAL, Guideline.ENTERPRISE_SECURED,
      "Sensitive inputs go to a tool that is not enterprise-secured.",
      "use an enterprise-secured tool, send no ..., or get written approval"),
  GAI104("final-deliverable", RuleKind.VERDICT, null, Verdict.NEEDS_APPROVAL, Guideline.TEMPORARY_OUTPUT,
      "The generated material may become part of the final deliverables.",
      "get written approval and name it with approval = \"...\", or keep the output TEMPORARY"),
  GAI105("talent-without-consent", RuleKind.VERDICT, null, Verdict.PROHIBITED, Guideline.TALENT_AND_UNIONS,
      "A performer's likeness or performance is used without a consent record.",
      "record the performer's consent in the ledger and name it with consent = \"...\""),
  GAI106("talent-performance", RuleKind.VERDICT, null, Verdict.NEEDS_APPROVAL, Guideline.TALENT_AND_UNIONS,
      "A performer's likeness or performance is used, with consent; it still needs approval.",
      "get written approval for it and name it with approval = \"...\""),
  GAI107("union-covered-work", RuleKind.VERDICT, null, Verdict.NEEDS_APPROVAL, Guideline.TALENT_AND_UNIONS,
      "The use replaces or changes union-covered work.",
      "get written approval under the proper union agreements and name it with approval = \"...\""),
  GAI108("personal-data", RuleKind.VERDICT, null, Verdict.NEEDS_APPROVAL, Guideline.PERSONAL_DATA,
      "Personal data is sent to the tool.",
      "remove the personal data from the inputs, or get written approval"),
  GAI109("third-party-ip", RuleKind.VERDICT, null, Verdict.NEEDS_APPROVAL, Guideline.OWNERSHIP,
      "Material the production does not own is sent to the tool.",
      "use owned or public-domain material, or get written approval"),
  GAI110("key-creative-element", RuleKind.VERDICT, null, Verdict.NEEDS_APPROVAL, Guideline.CREATIVE_OUTPUT,
      "The use creates a main character, key visual or setting central to the story.",
      "get written approval, or limit the use to BACKGROUND_ELEMENT, IDEATION or PREVIS"),
  GAI111("factual-content", RuleKind.VERDICT, null, Verdict.NEEDS_APPROVAL, Guideline.FACTUAL_CONTENT,
      "Generated material could be taken as real in factual content.",
      "get written approval, or limit the use to TEMPORARY IDEATION, PREVIS or ANALYSIS"),

  GAI301("undeclared-genai-call", RuleKind.DETECTION, Severity.ERROR, null, Guideline.SOCIALIZE_EVERY_USE,
      "Compiled code calls a GenAI SDK or endpoint that no @GenAiUse covers.",
      "declare the use with @GenAiUse on ..., its class or its package"),
  GAI302("undeclared-genai-dependency", RuleKind.DETECTION, Severity.ERROR, null,
      Guideline.SOCIALIZE_EVERY_USE,
      "The module ships a GenAI SDK on its runtime class path but declares no @GenAiUse.",
      "declare how the module uses ... with @GenAiUse, or remove ... from its dependencies");

  private final String ruleName;
  private final RuleKind kind;
  private final Severity defaultSeverity;
  private final Verdict defaultVerdict;
  private final Guideline guideline;
  private final String description;
  private final String help;

  Rule(String ruleName, RuleKind kind, Severity defaultSeverity, Verdict defaultVerdict,
      Guideline guideline, String description, String help) {
    this.ruleName = ruleName;
    this.kind = kind;
    this.defaultSeverity = defaultSeverity;
    this.defaultVerdict = defaultVerdict;
    this.guideline = guideline;
    this.description = description;
    this.help = help;
  }

  /** The rule id, {@code GAI104}. */
  public String id() {
    return name();
  }

  /** The short name, {@code final-deliverable}. */
  public String ruleName() {
    return ruleName;
  }

  public RuleKind kind() {
    return kind;
  }

  /** The default severity of a CHECK or DETECTION rule; empty for VERDICT rules. */
  public Optional<Severity> defaultSeverity() {
    return Optional.ofNullable(defaultSeverity);
  }

  /** The default verdict of a VERDICT rule; empty for the others. */
  public Optional<Verdict> defaultVerdict() {
    return Optional.ofNullable(defaultVerdict);
  }

  public Guideline guideline() {
    return guideline;
  }

  /** One sentence saying when the rule fires, for rule listings (SARIF, README). */
  public String description() {
    return description;
  }

  /** The general fix, for rule listings: what a finding's fix says, with "..." for its values. */
  public String helpText() {
    return help;
  }

  /**
   * Declared data as it goes into a message: every {@linkplain UnsafeChars unsafe} character
   * (line breaks and tabs included) becomes {@code \\uXXXX}, so every message is one line that
   * reads as the code declares it, in a build log as in a report. The plugin quotes other text
   * it reads from class files, sidecars and baseline reports with it too; text it has already
   * quoted stays as it is.
   */
  public static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (UnsafeChars.isUnsafe(text, i)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * True for the rules that guard the integrity of the judgement itself: a well-formed
   * declaration (GAI001), a unique id (GAI002), a signed approval (GAI009) for what was signed
   * (GAI010). No policy layer may set them below ERROR, or a switch in the file the judged engineer
   * controls would turn every other rule off with them.
   */
  public boolean guardsIntegrity() {
    return this == GAI001 || this == GAI002 || this == GAI009 || this == GAI010;
  }

  /** Looks a rule up by id, {@code GAI104}, ignoring case. */
  public static Optional<Rule> byId(String id) {
    for (Rule rule : values()) {
      if (rule.name().equalsIgnoreCase(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
