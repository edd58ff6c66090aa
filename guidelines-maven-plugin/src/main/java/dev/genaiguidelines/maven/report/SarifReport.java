package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.maven.baseline.BaselineState;
import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.scan.GenAiDependency;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.Reason;
import dev.genaiguidelines.policy.Rule;
import dev.genaiguidelines.policy.RuleKind;
import dev.genaiguidelines.policy.Severity;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseAttribute;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code genai-compliance.sarif}: SARIF 2.1.0, so code-scanning tools (GitHub, GitLab, IDE
 * viewers) show each finding on the line of its {@code @GenAiUse} or undeclared call, and GAI302
 * on the pom of the module that ships the SDK. Class files the scan could not read are tool
 * execution notifications of the run's invocation; the GenAI SDKs on the runtime class path are
 * the run's {@code dependencies} property, and how many dependency analyses came from the build's
 * cache its {@code dependencyAnalysis}, as in the JSON report.
 */
final class SarifReport implements ReportWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SOURCE_ROOT = "%SRCROOT%";
  /** Names our fingerprint scheme, so a future change of it cannot be mistaken for this one. */
  static final String FINGERPRINT = "genaiGuidelinesFinding/v1";

  @Override
  public void write(ReportContext context, Assessment assessment, OutputStream out)
      throws IOException {
    out.write(render(context, assessment).getBytes(StandardCharsets.UTF_8));
  }

  static String render(ReportContext context, Assessment assessment) {
    JsonWriter json = new JsonWriter().beginObject()
        .member("$schema", SCHEMA)
        .member("version", "2.1.0");
    json.name("runs").beginArray().beginObject();
    writeDriver(json, assessment.policy());
    // One category per module, so code scanning keeps each module's results apart.
    json.name("automationDetails").beginObject()
        .member("id", "genai-compliance/" + context.groupId() + ':' + context.artifactId() + '/')
        .endObject();
    json.name("originalUriBaseIds").beginObject()
        .name(SOURCE_ROOT).beginObject()
        .name("description").beginObject()
        .member("text", "The project's base directory, where the policy file and sources are.")
        .endObject()
        .endObject()
        .endObject();

    if (!context.unreadable().isEmpty()) {
      writeUnreadable(json, context);
    }

    // With a baseline, every result says whether it is new since then, as code scanning and
    // SARIF viewers expect; without one, no result claims a state.
    Optional<Changes> changes = context.changes();
    json.name("results").beginArray();
    for (UseEvaluation evaluation : assessment.uses()) {
      Optional<BaselineState> state = changes.map(c -> c.stateOf(evaluation));
      for (Finding finding : evaluation.findings()) {
        writeUseResult(json, evaluation, finding, state);
      }
    }
    // A dependency's use is judged here but declared elsewhere: it is located in the dependency,
    // and no baseline, which holds only the module's own uses, says whether it is new.
    for (UseEvaluation evaluation : assessment.dependencyUses()) {
      for (Finding finding : evaluation.findings()) {
        writeDependencyUseResult(json, evaluation, finding);
      }
    }
    for (Assessment.Undeclared entry : assessment.undeclared()) {
      entry.finding().ifPresent(finding -> writeUndeclaredResult(json, entry.call(), finding,
          changes.map(c -> c.stateOf(entry.call()))));
    }
    for (Finding finding : assessment.ledgerFindings()) {
      writeLedgerResult(json, assessment.policy(), finding,
          changes.map(c -> c.stateOfLedger(finding)));
    }
    for (Finding finding : assessment.dependencyFindings()) {
      writeDependencyResult(json, context, finding);
    }
    json.endArray();

    writeRunProperties(json, context, assessment);
    return json.endObject().endArray().endObject().toString();
  }

  /**
   * The class files the scan could not read, as error notifications of the run's invocation: the
   * run finished, but its results lack whatever those files declare or call.
   */
  private static void writeUnreadable(JsonWriter json, ReportContext context) {
    json.name("invocations").beginArray().beginObject()
        .member("executionSuccessful", true);
    json.name("toolExecutionNotifications").beginArray();
    for (UnreadableFile file : context.unreadable()) {
      json.beginObject().member("level", "error");
      text(json, "message", "Cannot read class file " + file.file() + ": " + file.reason()
          + ". The results may lack the uses and GenAI calls in it.");
      json.name("locations").beginArray().beginObject();
      physicalLocation(json, file.file(), 0);
      json.endObject().endArray().endObject();
    }
    json.endArray().endObject().endArray();
  }

  private static void writeDriver(JsonWriter json, Policy policy) {
    json.name("tool").beginObject().name("driver").beginObject()
        .member("name", PluginIdentity.NAME)
        .member("organization", PluginIdentity.GROUP_ID)
        .member("version", PluginIdentity.version())
        .member("semanticVersion", PluginIdentity.version())
        .member("informationUri", PluginIdentity.INFORMATION_URI);
    json.name("rules").beginArray();
    for (Rule rule : Rule.values()) {
      json.beginObject()
          .member("id", rule.id())
          .member("name", rule.ruleName());
      text(json, "shortDescription", rule.description());
      text(json, "fullDescription", rule.description() + " From " + rule.guideline().citation()
          + ".");
      text(json, "help", rule.guideline().citation() + ". Fix: " + help(rule));
      json.name("defaultConfiguration").beginObject();
      if (rule.kind() == RuleKind.VERDICT) {
        // A verdict fails the build unless a valid approval clears it.
        json.member("level", "error");
      } else {
        Severity severity = policy.severityOf(rule);
        if (severity == Severity.OFF) {
          json.member("enabled", false);
        } else {
          json.member("level", level(severity));
        }
      }
      json.endObject();
      json.name("properties").beginObject()
          .member("kind", rule.kind().name());
      if (rule.kind() == RuleKind.VERDICT) {
        json.member("verdict", policy.verdictOf(rule).name());
      }
      json.member("guideline", rule.guideline().summary())
          .member("tags", List.of("genai", rule.kind().name().toLowerCase(Locale.ROOT)))
          .endObject();
      json.endObject();
    }
    json.endArray().endObject().endObject();
  }

  private static void writeUseResult(JsonWriter json, UseEvaluation evaluation, Finding finding,
      Optional<BaselineState> state) {
    UseDeclaration use = evaluation.use();
    beginResult(json, finding, state);
    json.name("locations").beginArray().beginObject();
    physicalLocation(json, use.sourceFile(), use.line());
    logicalLocation(json, use.element(), elementKind(use.element(), use.sourceFile()));
    json.endObject().endArray();
    fingerprint(json, finding, use.module(), use.element());
    json.name("properties").beginObject()
        .member("useId", use.id());
    if (!use.module().isEmpty()) {
      json.member("module", use.module());
    }
    json.member("verdict", evaluation.verdict().name());
    if (finding.attribute() != UseAttribute.ANNOTATION) {
      json.member("attribute", finding.attribute().javaName());
    }
    json.endObject().endObject();
  }

  /**
   * A finding about a use a dependency declares: located in the dependency's jar
   * ({@code aikit-1.0.jar!/com/acme/aikit/Summarizer.java}, not below the project's source root)
   * and on its element, with the dependency named as a module and in the properties.
   */
  private static void writeDependencyUseResult(JsonWriter json, UseEvaluation evaluation,
      Finding finding) {
    UseDeclaration use = evaluation.use();
    beginResult(json, finding, Optional.empty());
    json.name("locations").beginArray().beginObject();
    if (!use.sourceFile().isEmpty()) {
      json.name("physicalLocation").beginObject()
          .name("artifactLocation").beginObject().member("uri", use.sourceFile()).endObject();
      if (use.line() > 0) {
        json.name("region").beginObject().member("startLine", use.line()).endObject();
      }
      json.endObject();
    }
    json.name("logicalLocations").beginArray()
        .beginObject()
        .member("fullyQualifiedName", use.element());
    String kind = elementKind(use.element(), use.sourceFile());
    if (!kind.isEmpty()) {
      json.member("kind", kind);
    }
    json.endObject()
        .beginObject().member("fullyQualifiedName", use.module()).member("kind", "module")
        .endObject()
        .endArray();
    json.endObject().endArray();
    fingerprint(json, finding, use.module(), use.element());
    json.name("properties").beginObject()
        .member("useId", use.id())
        .member("dependency", use.module())
        .member("verdict", evaluation.verdict().name());
    if (finding.attribute() != UseAttribute.ANNOTATION) {
      json.member("attribute", finding.attribute().javaName());
    }
    json.endObject().endObject();
  }

  private static void writeUndeclaredResult(JsonWriter json, UndeclaredCall call, Finding finding,
      Optional<BaselineState> state) {
    beginResult(json, finding, state);
    json.name("locations").beginArray().beginObject();
    physicalLocation(json, call.sourceFile(), call.line());
    logicalLocation(json, call.element(), elementKind(call.element(), call.sourceFile()));
    json.endObject().endArray();
    // The same element may call the same target via two wrappers; a direct call's is unchanged.
    fingerprint(json, finding, call.target(), call.via().isEmpty() ? call.element()
        : call.element() + "\nvia " + call.via());
    json.name("properties").beginObject()
        .member("target", call.target())
        .member("via", call.via())
        .member("marker", call.marker())
        .member("count", call.count())
        .endObject();
    json.endObject();
  }

  private static void writeLedgerResult(JsonWriter json, Policy policy, Finding finding,
      Optional<BaselineState> state) {
    beginResult(json, finding, state);
    json.name("locations").beginArray().beginObject();
    if (!policy.isBuiltInOnly()) {
      physicalLocation(json, policy.source(), 0);
    }
    logicalLocation(json, finding.subject(), "");
    json.endObject().endArray();
    fingerprint(json, finding, policy.source(), finding.subject());
    json.endObject();
  }

  /**
   * GAI302, located on the module that ships the SDK: its {@code pom.xml} in a module's own
   * report, the module by name in an aggregate (whose base directory is the reactor root's).
   */
  private static void writeDependencyResult(JsonWriter json, ReportContext context,
      Finding finding) {
    Reason.UndeclaredGenAiDependency reason = (Reason.UndeclaredGenAiDependency) finding.reason();
    beginResult(json, finding, Optional.empty());
    json.name("locations").beginArray().beginObject();
    if (context.scope().isPresent()) {
      physicalLocation(json, "pom.xml", 0);
    }
    logicalLocation(json, reason.module(), "module");
    json.endObject().endArray();
    fingerprint(json, finding, reason.module(), reason.dependency());
    json.name("properties").beginObject()
        .member("module", reason.module())
        .member("dependency", reason.dependency())
        .member("vendor", reason.vendor())
        .endObject();
    json.endObject();
  }

  private static void beginResult(JsonWriter json, Finding finding,
      Optional<BaselineState> state) {
    json.beginObject()
        .member("ruleId", finding.rule().id())
        .member("ruleIndex", finding.rule().ordinal())
        .member("level", level(finding.severity()));
    text(json, "message", finding.message());
    state.ifPresent(s -> json.member("baselineState", s.sarifName()));
  }

  private static void physicalLocation(JsonWriter json, String sourceFile, int line) {
    if (sourceFile.isEmpty()) {
      return;
    }
    json.name("physicalLocation").beginObject()
        .name("artifactLocation").beginObject()
        .member("uri", sourceFile)
        .member("uriBaseId", SOURCE_ROOT)
        .endObject();
    if (line > 0) {
      json.name("region").beginObject().member("startLine", line).endObject();
    }
    json.endObject();
  }

  private static void logicalLocation(JsonWriter json, String name, String kind) {
    json.name("logicalLocations").beginArray().beginObject()
        .member("fullyQualifiedName", name);
    if (!kind.isEmpty()) {
      json.member("kind", kind);
    }
    json.endObject().endArray();
  }

  /**
   * The SARIF kind of a contract element name: {@code Type#method(..)} is a function,
   * {@code Type#field} a member, a package-info declaration a namespace, anything else a type.
   */
  static String elementKind(String element, String sourceFile) {
    int member = element.indexOf('#');
    if (member >= 0) {
      return element.indexOf('(', member) >= 0 ? "function" : "member";
    }
    if (sourceFile.endsWith("package-info.java")) {
      return "namespace";
    }
    return sourceFile.isEmpty() ? "" : "type";
  }

  /**
   * Identifies a finding across builds by what it is about, not where: moving the annotation to
   * another line must not make code scanning report it as new.
   */
  private static void fingerprint(JsonWriter json, Finding finding, String scope, String element) {
    String identity = String.join("\n", finding.rule().id(), scope, element, finding.subject(),
        finding.attribute().name());
    json.name("partialFingerprints").beginObject()
        .member(FINGERPRINT, sha256(identity).substring(0, 32))
        .endObject();
  }

  private static void writeRunProperties(
      JsonWriter json, ReportContext context, Assessment assessment) {
    Policy policy = assessment.policy();
    json.name("properties").beginObject();
    json.name("project").beginObject()
        .member("groupId", context.groupId())
        .member("artifactId", context.artifactId())
        .member("version", context.version())
        .endObject();
    json.name("policy").beginObject()
        .member("name", policy.name())
        .member("source", policy.source())
        .member("sha256", policy.sha256())
        .member("asOf", assessment.asOf().toString());
    TrustNotes.policyMembers(json, policy);
    json.endObject();
    TrustNotes.enforcement(json, context.enforcement());
    TrustNotes.dependencyAnalysis(json, context);
    context.outputTimestamp().ifPresent(time -> json.member("timestamp", time.toString()));
    context.changes().ifPresent(changes -> json.member("baseline", changes.baseline()));
    context.scope().ifPresent(scope -> json.name("scope").beginObject()
        .member("source", scope.source())
        .member("sha256", scope.sha256())
        .member("classes", scope.classes())
        .member("resources", scope.resources())
        .endObject());
    if (!context.dependencies().isEmpty()) {
      writeDependencies(json, context);
    }
    json.endObject();
  }

  /** The GenAI SDKs on the runtime class path, as the JSON report lists them. */
  private static void writeDependencies(JsonWriter json, ReportContext context) {
    json.name("dependencies").beginArray();
    for (GenAiDependency dependency : context.dependencies()) {
      JsonReport.dependencyMembers(json.beginObject(), dependency);
      json.endObject();
    }
    json.endArray();
  }

  /** The rule's general fix, as a sentence. */
  static String help(Rule rule) {
    String fix = rule.helpText();
    return fix.endsWith(".") ? fix : fix + ".";
  }

  private static void text(JsonWriter json, String name, String text) {
    json.name(name).beginObject().member("text", text).endObject();
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
      case OFF -> "none";
    };
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
