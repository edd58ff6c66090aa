package dev.genaiguidelines.policy;

import dev.genaiguidelines.policy.YamlNodeReader.Fields;
import dev.genaiguidelines.policy.ssh.SshKeyException;
import dev.genaiguidelines.policy.ssh.SshPublicKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Builds a {@link Policy} from the composed node tree of a policy file, section by section,
 * rejecting anything the format does not define.
 */
final class PolicyDocument {
  static final List<String> TOP_LEVEL_KEYS = List.of("policy", "tools", "approvers",
      "requireSignedApprovals", "approvals", "consents", "severity", "detect");
  /** What only a studio policy may set once one is present. */
  static final List<String> STUDIO_ONLY_KEYS = List.of("tools", "approvers", "requireSignedApprovals");
  static final List<String> TOOL_KEYS = List.of(
      "id", "vendor", "enterpriseSecured", "trainsOnInputs", "retainsInputs", "agreement");
  static final List<String> APPROVAL_KEYS =
      List.of("id", "uses", "approvedBy", "date", "expires", "signature", "statement");
  static final List<String> CONSENT_KEYS =
      List.of("id", "uses", "performer", "expires", "signature", "statement");
  static final List<String> APPROVER_KEYS = List.of("name", "key");
  static final List<String> DETECT_KEYS = List.of("packages", "hosts");
  static final List<String> KNOWN_POLICIES = List.of(Policy.NETFLIX_2025);

  private static final String IDENTIFIER = "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";
  private static final Pattern PACKAGE_NAME =
      Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")*");
  private static final String SEVERITY_VALUES = "ERROR, WARNING, INFO or OFF";

  private final YamlNodeReader yaml;

  private String name = Policy.NETFLIX_2025;
  private final Map<String, Tool> tools = new TreeMap<>();
  private final Map<String, Approval> approvals = new TreeMap<>();
  private final Map<String, Consent> consents = new TreeMap<>();
  private final Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
  private final Map<Rule, Verdict> verdicts = new EnumMap<>(Rule.class);
  private final List<Approver> approvers = new ArrayList<>();
  private boolean requireSignedApprovals;
  private DetectionMarkers detect;
  /** The studio policy this file is a project layer over, or null when it stands alone. */
  private final Policy studio;

  private PolicyDocument(YamlNodeReader yaml, Policy studio) {
    this.yaml = yaml;
    this.studio = studio;
  }

  /**
   * Reads the document's root node into a policy.
   *
   * @param layer how the file is recorded among the policy's layers
   * @param studio the studio policy this file is a project layer over, or null: then the file
   *     may only add approvals, consents, stricter severities and detect markers
   */
  static Policy build(YamlNodeReader yaml, Node root, String source, String sha256,
      PolicyLayer layer, Policy studio) throws PolicyFileException {
    return new PolicyDocument(yaml, studio).read(root, source, sha256, layer);
  }

  private Policy read(Node root, String source, String sha256, PolicyLayer layer)
      throws PolicyFileException {
    Fields top = yaml.mapping(root, "the policy file", withKeys(TOP_LEVEL_KEYS))
        .checkKeys("at the top level", TOP_LEVEL_KEYS);
    if (studio != null) {
      name = studio.name();
      for (String key : STUDIO_ONLY_KEYS) {
        if (top.has(key)) {
          throw yaml.error(top.keyNode(key), "'" + key + "' is the studio's to set, in its policy "
              + studio.origin() + "; a project's " + PolicyLocator.FILE_NAME + " may only add"
              + " approvals, consents, stricter severity and detect markers. Fix: remove it here,"
              + " and ask the studio to change its policy artifact");
        }
      }
    }
    for (String key : top.keys()) {
      Node value = top.get(key).orElseThrow();
      switch (key) {
        case "policy" -> name = policyName(value, top.subject(key));
        case "tools" -> readTools(value, top.subject(key));
        case "approvers" -> readApprovers(value, top.subject(key));
        case "requireSignedApprovals" ->
            requireSignedApprovals = yaml.bool(value, top.subject(key));
        case "approvals" -> readApprovals(value, top.subject(key));
        case "consents" -> readConsents(value, top.subject(key));
        case "severity" -> readSeverity(value, top.subject(key));
        case "detect" -> detect = readDetect(value, top.subject(key));
        default -> throw new IllegalStateException("key checked above: " + key);
      }
    }
    if (requireSignedApprovals && approvers.isEmpty()) {
      throw yaml.error(top.keyNode("requireSignedApprovals"), "requireSignedApprovals is true but"
          + " the policy lists no approvers:, so no approval could ever verify. Fix: list who may"
          + " sign under approvers: (name and OpenSSH public key line)");
    }
    if (studio == null) {
      return new Policy(name, source, sha256, tools, approvals, consents, top.has("approvals"),
          top.has("consents"), severities, verdicts, detect,
          new Policy.Trust(List.of(layer), approvers, requireSignedApprovals));
    }
    return PolicyLayers.over(studio, this.name, source, sha256, layer, approvals, consents,
        top.has("approvals"), top.has("consents"), severities, verdicts, detect);
  }

  private void readApprovers(Node section, String subject) throws PolicyFileException {
    Map<String, Node> firstKeys = new LinkedHashMap<>();
    List<Node> entries = yaml.optionalSequence(section, subject,
        "approvers (each entry starts with '- name:')", false);
    for (int i = 0; i < entries.size(); i++) {
      String position = "approvers entry " + (i + 1);
      Fields approver = yaml.mapping(entries.get(i), position, withKeys(APPROVER_KEYS))
          .checkKeys("in " + position, APPROVER_KEYS);
      String approverName = yaml.nonBlank(approver.require("name", "who signs, e.g. Studio Legal"),
          approver.subject("name"), "who signs, e.g. Studio Legal");
      Node keyNode = approver.require("key",
          "the approver's OpenSSH public key line, e.g. ssh-ed25519 AAAAC3Nza... legal@studio");
      String key = yaml.nonBlank(keyNode, approver.subject("key"),
          "an OpenSSH public key line, e.g. ssh-ed25519 AAAAC3Nza... legal@studio");
      String fingerprint;
      try {
        fingerprint = SshPublicKey.parse(key).fingerprint();
      } catch (SshKeyException bad) {
        throw yaml.error(keyNode, approver.subject("key") + ": " + bad.reason());
      }
      Node first = firstKeys.putIfAbsent(fingerprint, keyNode);
      if (first != null) {
        throw yaml.error(keyNode, approver.subject("key") + ": the same key (" + fingerprint
            + ") is already listed on line " + YamlNodeReader.line(first));
      }
      approvers.add(new Approver(approverName, key.strip(), fingerprint));
    }
  }

  private String policyName(Node node, String subject) throws PolicyFileException {
    String value = yaml.string(node, subject);
    if (!KNOWN_POLICIES.contains(value)) {
      throw yaml.error(node, "unknown policy '" + YamlNodeReader.shorten(value) + "'; expected one of: "
          + String.join(", ", KNOWN_POLICIES) + YamlNodeReader.suggestion(value, KNOWN_POLICIES));
    }
    return value;
  }

  private void readTools(Node section, String subject) throws PolicyFileException {
    Map<String, Node> firstIds = new LinkedHashMap<>();
    List<Node> entries = yaml.optionalSequence(section, subject,
        "tools (each entry starts with '- id:')", false);
    for (int i = 0; i < entries.size(); i++) {
      Fields tool = entry(entries.get(i), "tools", i, "tool", TOOL_KEYS);
      Node idNode = tool.require("id", "the tool id that @GenAiUse(tool = ...) names");
      String id = uniqueId(idNode, tool.subject("id"), "tool", firstIds);
      String vendor = optionalString(tool, "vendor");
      boolean enterpriseSecured = yaml.bool(tool.require("enterpriseSecured",
          "true or false: is the tool covered by an enterprise agreement that safeguards inputs?"),
          tool.subject("enterpriseSecured"));
      boolean trainsOnInputs = yaml.bool(tool.require("trainsOnInputs",
          "true or false: does the tool store, reuse or train on inputs or outputs?"),
          tool.subject("trainsOnInputs"));
      boolean retainsInputs = yaml.bool(tool.require("retainsInputs",
          "true or false: does the tool keep inputs after the request?"),
          tool.subject("retainsInputs"));
      String agreement = optionalString(tool, "agreement");
      tools.put(id, new Tool(id, vendor, enterpriseSecured, trainsOnInputs, retainsInputs, agreement));
    }
  }

  private void readApprovals(Node section, String subject) throws PolicyFileException {
    Map<String, Node> firstIds = new LinkedHashMap<>();
    List<Node> entries = yaml.optionalSequence(section, subject,
        "approvals (each entry starts with '- id:')", false);
    for (int i = 0; i < entries.size(); i++) {
      Fields approval = entry(entries.get(i), "approvals", i, "approval", APPROVAL_KEYS);
      Node idNode = approval.require("id", "the approval id that @GenAiUse(approval = ...) names");
      String id = uniqueId(idNode, approval.subject("id"), "approval", firstIds);
      notInStudio(idNode, id, "approval", studio == null ? Map.of() : studio.approvals());
      List<String> uses = useIds(approval);
      String approvedBy = yaml.nonBlank(
          approval.require("approvedBy", "who gave the approval, e.g. Studio Legal"),
          approval.subject("approvedBy"), "who gave the approval, e.g. Studio Legal");
      LocalDate date = yaml.date(approval.require("date", "the date of the approval, YYYY-MM-DD"),
          approval.subject("date"));
      Optional<LocalDate> expires = expires(approval);
      if (expires.isPresent() && expires.get().isBefore(date)) {
        throw yaml.error(approval.get("expires").orElseThrow(), approval.subject("expires")
            + " is " + expires.get() + ", before its date " + date
            + "; an approval cannot expire before it is given");
      }
      approvals.put(id, new Approval(id, uses, approvedBy, date, expires,
          optionalString(approval, "signature"), optionalString(approval, "statement")));
    }
  }

  private void readConsents(Node section, String subject) throws PolicyFileException {
    Map<String, Node> firstIds = new LinkedHashMap<>();
    List<Node> entries = yaml.optionalSequence(section, subject,
        "consents (each entry starts with '- id:')", false);
    for (int i = 0; i < entries.size(); i++) {
      Fields consent = entry(entries.get(i), "consents", i, "consent", CONSENT_KEYS);
      Node idNode = consent.require("id", "the consent id that @GenAiUse(consent = ...) names");
      String id = uniqueId(idNode, consent.subject("id"), "consent", firstIds);
      notInStudio(idNode, id, "consent", studio == null ? Map.of() : studio.consents());
      List<String> uses = useIds(consent);
      String performer = yaml.nonBlank(
          consent.require("performer", "the performer who gave consent"),
          consent.subject("performer"), "the performer who gave consent");
      consents.put(id, new Consent(id, uses, performer, expires(consent),
          optionalString(consent, "signature"), optionalString(consent, "statement")));
    }
  }

  /**
   * One entry of a list section, named after its id when it has a readable one ({@code tool
   * 'runway-gen4'}) and by position otherwise ({@code tools entry 2}).
   */
  private Fields entry(Node node, String section, int index, String kind, List<String> keys)
      throws PolicyFileException {
    String position = section + " entry " + (index + 1);
    Fields fields = yaml.mapping(node, position, withKeys(keys));
    String label = fields.peekText("id").filter(id -> !id.isBlank())
        .map(id -> kind + " '" + YamlNodeReader.shorten(id) + "'")
        .orElse(position);
    return fields.checkKeys("in " + label, keys);
  }

  private static String withKeys(List<String> keys) {
    return "with the keys " + String.join(", ", keys);
  }

  private String uniqueId(Node idNode, String subject, String kind, Map<String, Node> firstIds)
      throws PolicyFileException {
    String id = yaml.nonBlank(idNode, subject, "a " + kind + " id");
    Node first = firstIds.putIfAbsent(id, idNode);
    if (first != null) {
      throw yaml.error(idNode, "duplicate " + kind + " id '" + YamlNodeReader.shorten(id)
          + "'; it is first defined on line "
          + YamlNodeReader.line(first));
    }
    return id;
  }

  /** A project layer adds ledger entries; it never replaces one the studio policy holds. */
  private void notInStudio(Node idNode, String id, String kind, Map<String, ?> studioEntries)
      throws PolicyFileException {
    if (studioEntries.containsKey(id)) {
      throw yaml.error(idNode, kind + " '" + YamlNodeReader.shorten(id) + "' is already in the"
          + " ledger of the studio policy " + studio.origin() + "; a project layer may add "
          + kind + "s, not replace them. Fix: remove it here, or give it another id");
    }
  }

  private String optionalString(Fields fields, String key) throws PolicyFileException {
    Optional<Node> node = fields.get(key);
    return node.isPresent() ? yaml.string(node.get(), fields.subject(key)) : "";
  }

  private Optional<LocalDate> expires(Fields fields) throws PolicyFileException {
    Optional<Node> node = fields.get("expires");
    return node.isPresent()
        ? Optional.of(yaml.date(node.get(), fields.subject("expires")))
        : Optional.empty();
  }

  private List<String> useIds(Fields fields) throws PolicyFileException {
    String subject = fields.subject("uses");
    Node node = fields.require("uses", "the list of use ids it covers, e.g. [crowd-extension]");
    List<Node> items = yaml.sequence(node, subject, "use ids", true);
    if (items.isEmpty()) {
      throw yaml.error(node, subject + ": expected at least one use id, got an empty list");
    }
    Set<String> uses = new LinkedHashSet<>();
    for (Node item : items) {
      String use = yaml.string(item, subject);
      if (!PolicyEvaluator.ID_PATTERN.matcher(use).matches()) {
        throw yaml.error(item, subject + ": '" + YamlNodeReader.shorten(use)
            + "' is not a use id; use ids match "
            + PolicyEvaluator.ID_PATTERN.pattern());
      }
      if (!uses.add(use)) {
        throw yaml.error(item, subject + ": '" + use + "' is listed twice");
      }
    }
    return List.copyOf(uses);
  }

  private void readSeverity(Node section, String subject) throws PolicyFileException {
    if (YamlNodeReader.isNull(section)) {
      return;
    }
    Fields fields = yaml.mapping(section, subject, "of rule ids to severities, e.g. GAI007: OFF")
        .checkKeys("in severity", null);
    for (String key : fields.keys()) {
      Rule rule = rule(key, fields.keyNode(key));
      Node value = fields.get(key).orElseThrow();
      if (rule.kind() == RuleKind.VERDICT) {
        Verdict verdict = stricterVerdict(rule, value, fields.subject(key));
        if (studio != null && verdict.compareTo(studio.verdictOf(rule)) < 0) {
          throw weakerThanStudio(value, rule, verdict.name(), studio.verdictOf(rule).name());
        }
        verdicts.put(rule, verdict);
      } else {
        Severity severity = severity(value, fields.subject(key));
        if (rule.guardsIntegrity() && severity != Severity.ERROR) {
          throw yaml.error(value, rule.id() + " (" + rule.ruleName() + ") guards the integrity of"
              + " the judgement and is always ERROR; no policy can set it to " + severity.name()
              + ". Fix: remove " + rule.id() + " from severity:");
        }
        if (studio != null && severity.compareTo(studio.severityOf(rule)) > 0) {
          throw weakerThanStudio(value, rule, severity.name(), studio.severityOf(rule).name());
        }
        severities.put(rule, severity);
      }
    }
  }

  private PolicyFileException weakerThanStudio(Node value, Rule rule, String set, String studioSet) {
    return yaml.error(value, rule.id() + ": " + set + " is weaker than " + studioSet + ", which the"
        + " studio policy " + studio.origin() + " sets; a project's " + PolicyLocator.FILE_NAME
        + " may only make rules stricter. Fix: remove " + rule.id() + " from severity: here");
  }

  private Rule rule(String key, Node keyNode) throws PolicyFileException {
    for (Rule rule : Rule.values()) {
      if (rule.id().equals(key)) {
        return rule;
      }
    }
    String hint = "";
    for (Rule rule : Rule.values()) {
      if (rule.id().equalsIgnoreCase(key) || rule.ruleName().equals(key)) {
        hint = " (did you mean '" + rule.id() + "'?)";
      }
    }
    throw yaml.error(keyNode, "unknown rule '" + YamlNodeReader.shorten(key)
        + "' in severity; expected a rule of "
        + Policy.NETFLIX_2025 + ": " + ruleRanges() + hint);
  }

  private Severity severity(Node value, String subject) throws PolicyFileException {
    String text = YamlNodeReader.text(value).orElse("");
    for (Severity severity : Severity.values()) {
      if (severity.name().equalsIgnoreCase(text)) {
        return severity;
      }
    }
    throw yaml.error(value, subject + ": expected " + SEVERITY_VALUES + ", got "
        + YamlNodeReader.describe(value));
  }

  /** Verdict rules may be made stricter (or left as they are), never weaker. */
  private Verdict stricterVerdict(Rule rule, Node value, String subject)
      throws PolicyFileException {
    Verdict defaultVerdict = rule.defaultVerdict().orElseThrow();
    String text = YamlNodeReader.text(value).orElse("").toUpperCase(Locale.ROOT);
    if (text.equals(Verdict.PROHIBITED.name()) || text.equals(defaultVerdict.name())) {
      return Verdict.valueOf(text);
    }
    if (isConstant(text, Verdict.values()) || isConstant(text, Severity.values())) {
      throw yaml.error(value, rule.id() + " is a verdict rule of " + Policy.NETFLIX_2025
          + "; it can only be made stricter (PROHIBITED), not set to " + text);
    }
    throw yaml.error(value, subject + ": expected PROHIBITED (" + rule.id()
        + " is a verdict rule, which can only be made stricter), got "
        + YamlNodeReader.describe(value));
  }

  private static boolean isConstant(String text, Enum<?>[] constants) {
    for (Enum<?> constant : constants) {
      if (constant.name().equals(text)) {
        return true;
      }
    }
    return false;
  }

  /** The rule ids as runs, {@code GAI001-GAI010, GAI101-GAI111, GAI301-GAI302}. */
  static String ruleRanges() {
    List<String> runs = new ArrayList<>();
    Rule[] rules = Rule.values();
    int start = 0;
    for (int i = 1; i <= rules.length; i++) {
      if (i == rules.length || number(rules[i]) != number(rules[i - 1]) + 1) {
        runs.add(i - 1 == start ? rules[start].id() : rules[start].id() + "-" + rules[i - 1].id());
        start = i;
      }
    }
    return String.join(", ", runs);
  }

  private static int number(Rule rule) {
    return Integer.parseInt(rule.id().substring(3));
  }

  private DetectionMarkers readDetect(Node section, String sectionSubject) throws PolicyFileException {
    if (YamlNodeReader.isNull(section)) {
      return null;
    }
    Fields fields = yaml.mapping(section, sectionSubject, withKeys(DETECT_KEYS))
        .checkKeys("in detect", DETECT_KEYS);
    List<String> packages = new ArrayList<>();
    Optional<Node> packagesNode = fields.get("packages");
    if (packagesNode.isPresent()) {
      String subject = fields.subject("packages");
      for (Node item : yaml.optionalSequence(packagesNode.get(), subject, "Java package names", true)) {
        String packageName = yaml.string(item, subject);
        if (!PACKAGE_NAME.matcher(packageName).matches()) {
          throw yaml.error(item, subject + ": '" + YamlNodeReader.shorten(packageName)
              + "' is not a Java package name; write a package prefix like com.example.aigateway");
        }
        packages.add(packageName);
      }
    }
    List<String> hosts = new ArrayList<>();
    Optional<Node> hostsNode = fields.get("hosts");
    if (hostsNode.isPresent()) {
      String subject = fields.subject("hosts");
      for (Node item : yaml.optionalSequence(hostsNode.get(), subject, "host names", true)) {
        String host = yaml.string(item, subject);
        if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
          throw yaml.error(item, subject + ": expected a host name or part of one, like "
              + "ai-gateway.studio.internal, got " + YamlNodeReader.describe(item));
        }
        hosts.add(host);
      }
    }
    return new DetectionMarkers(packages, hosts);
  }
}
