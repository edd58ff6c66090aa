package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.baseline.UseChange;
import dev.genaiguidelines.maven.baseline.UseField;
import dev.genaiguidelines.maven.scan.GenAiDependency;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseAttribute;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code genai-compliance.json}: the machine-readable report whose fields the product contract
 * fixes (schemaVersion 1): with the policy's origin and layers, the ledger entries the uses name
 * and who signed them, and how the build's {@code check} enforces the policy; plus the places,
 * markers and ledger findings ({@code ledgerFindings}) that help tooling, the
 * {@code unreadable} class files ({@code file}, {@code reason}; empty when every class was read,
 * else the report may be incomplete), the {@code scope} a module's scan read ({@code source},
 * {@code sha256}, {@code classes}, {@code resources}; see {@link ScanScope}), each undeclared
 * call's {@code via}, first {@code line} and {@code count}, the GenAI SDKs on the runtime class
 * path ({@code dependencies}: coordinates, {@code vendor}, {@code declaresUses}, in an
 * aggregate the {@code modules} that ship it, and its GAI302 {@code findings}), how many
 * dependencies were analysed and how many of those analyses came from the build directory's
 * cache ({@code dependencyAnalysis}, where the build analysed them), the uses those
 * dependencies declare ({@code dependencyUses}, each with its {@code dependency}'s coordinates,
 * judged with the policy of the module that ships it, and counted in {@code summary}, whose
 * {@code dependencyUses} says how many of its uses they are), and, with a baseline, the
 * {@code changes} since it.
 * Without one there is no {@code changes} key.
 */
final class JsonReport implements ReportWriter {

  /** Bumped only when a field is removed or changes meaning; new fields keep it. */
  static final int SCHEMA_VERSION = 1;

  @Override
  public void write(ReportContext context, Assessment assessment, OutputStream out)
      throws IOException {
    out.write(render(context, assessment).getBytes(StandardCharsets.UTF_8));
  }

  static String render(ReportContext context, Assessment assessment) {
    JsonWriter json = new JsonWriter().beginObject();
    json.member("schemaVersion", SCHEMA_VERSION);
    context.outputTimestamp().ifPresent(time -> json.member("timestamp", time.toString()));
    json.name("project").beginObject()
        .member("groupId", context.groupId())
        .member("artifactId", context.artifactId())
        .member("version", context.version())
        .endObject();
    Policy policy = assessment.policy();
    json.name("policy").beginObject()
        .member("name", policy.name())
        .member("source", policy.source())
        .member("sha256", policy.sha256())
        .member("asOf", assessment.asOf().toString());
    TrustNotes.policyMembers(json, policy);
    json.endObject();
    json.member("skipped", false);
    TrustNotes.enforcement(json, context.enforcement());
    if (!context.modulePolicies().isEmpty()) {
      writeModulePolicies(json, context.modulePolicies());
    }
    context.scope().ifPresent(scope -> json.name("scope").beginObject()
        .member("source", scope.source())
        .member("sha256", scope.sha256())
        .member("classes", scope.classes())
        .member("resources", scope.resources())
        .endObject());
    writeSummary(json, assessment.summary());
    context.changes().ifPresent(changes -> writeChanges(json, changes));

    json.name("uses").beginArray();
    for (UseEvaluation evaluation : assessment.uses()) {
      writeUse(json, evaluation, "module");
    }
    json.endArray();

    json.name("undeclared").beginArray();
    for (Assessment.Undeclared entry : assessment.undeclared()) {
      UndeclaredCall call = entry.call();
      json.beginObject()
          .member("element", call.element())
          .member("target", call.target())
          .member("via", call.via())
          .member("marker", call.marker())
          .member("sourceFile", call.sourceFile())
          .member("line", call.line())
          .member("count", call.count());
      entry.finding().ifPresent(finding -> json
          .member("rule", finding.rule().id())
          .member("severity", finding.severity().name())
          .member("message", finding.message()));
      json.endObject();
    }
    json.endArray();

    json.name("dependencies").beginArray();
    for (GenAiDependency dependency : context.dependencies()) {
      dependencyMembers(json.beginObject(), dependency);
      json.name("findings").beginArray();
      for (Finding finding : assessment.dependencyFindings(dependency.coordinates())) {
        json.beginObject()
            .member("rule", finding.rule().id())
            .member("severity", finding.severity().name())
            .member("message", finding.message())
            .endObject();
      }
      json.endArray().endObject();
    }
    json.endArray();

    // Judged with the shipping module's policy; each names its dependency by coordinates.
    json.name("dependencyUses").beginArray();
    for (UseEvaluation evaluation : assessment.dependencyUses()) {
      writeUse(json, evaluation, "dependency");
    }
    json.endArray();
    TrustNotes.dependencyAnalysis(json, context);

    TrustNotes.ledger(json, assessment);

    json.name("ledgerFindings").beginArray();
    for (Finding finding : assessment.ledgerFindings()) {
      json.beginObject()
          .member("subject", finding.subject())
          .member("rule", finding.rule().id())
          .member("severity", finding.severity().name())
          .member("message", finding.message())
          .endObject();
    }
    json.endArray();

    json.name("unreadable").beginArray();
    for (UnreadableFile file : context.unreadable()) {
      json.beginObject().member("file", file.file()).member("reason", file.reason()).endObject();
    }
    json.endArray();
    return json.endObject().toString();
  }

  /**
   * A GenAI SDK's members, as the JSON report and the SARIF run's {@code dependencies} list it:
   * coordinates, {@code vendor}, {@code declaresUses} and, in an aggregate, its {@code modules}.
   */
  static void dependencyMembers(JsonWriter json, GenAiDependency dependency) {
    json.member("groupId", dependency.groupId())
        .member("artifactId", dependency.artifactId())
        .member("version", dependency.version())
        .member("vendor", dependency.vendor())
        .member("declaresUses", dependency.declaresUses());
    if (!dependency.modules().isEmpty()) {
      json.member("modules", dependency.modules());
    }
  }

  /**
   * {@code modulePolicies}, in an aggregate only: each module judged with a policy of its own
   * rather than the root's {@code policy}, sorted by module.
   */
  private static void writeModulePolicies(JsonWriter json, Map<String, Policy> policies) {
    json.name("modulePolicies").beginArray();
    for (Map.Entry<String, Policy> entry : policies.entrySet()) {
      json.beginObject()
          .member("module", entry.getKey())
          .member("name", entry.getValue().name())
          .member("source", entry.getValue().source())
          .member("sha256", entry.getValue().sha256())
          .endObject();
    }
    json.endArray();
  }

  private static void writeSummary(JsonWriter json, Assessment.Summary summary) {
    json.name("summary").beginObject()
        .member("uses", summary.uses())
        .member("socialize", summary.socialize())
        .member("approved", summary.approved())
        .member("needsApproval", summary.needsApproval())
        .member("prohibited", summary.prohibited())
        .member("undeclared", summary.undeclared())
        .member("errors", summary.errors())
        .member("warnings", summary.warnings())
        .member("dependencyUses", summary.dependencyUses())
        .endObject();
  }

  /**
   * {@code changes}: {@code added} and {@code removed} list use keys, the use id or, in an
   * aggregate, {@code module/id}; each {@code changed} entry has the use's {@code id}, and in an
   * aggregate its {@code module} and the same {@code key}, so every list names a use the same
   * way. It names the declared fields that differ and the verdict before and after, which may be
   * all that changed.
   */
  private static void writeChanges(JsonWriter json, Changes changes) {
    json.name("changes").beginObject()
        .member("baseline", changes.baseline())
        .member("added", keys(changes.added()))
        .member("removed", keys(changes.removed()));
    json.name("changed").beginArray();
    for (UseChange change : changes.changed()) {
      json.beginObject().member("id", change.key().id());
      if (!change.key().module().isEmpty()) {
        json.member("module", change.key().module())
            .member("key", change.key().toString());
      }
      json.member("fields", change.fields().stream().map(UseField::jsonName).toList())
          .member("verdictBefore", change.verdictBefore().orElseThrow().name())
          .member("verdictAfter", change.verdictAfter().orElseThrow().name())
          .endObject();
    }
    json.endArray().endObject();
  }

  private static List<String> keys(List<UseChange> changes) {
    return changes.stream().map(change -> change.key().toString()).toList();
  }

  /**
   * @param moduleName what the use's {@code module} is called: {@code module} in an aggregate
   *     (absent in a single module's report), {@code dependency} for a dependency's use
   */
  private static void writeUse(JsonWriter json, UseEvaluation evaluation, String moduleName) {
    UseDeclaration use = evaluation.use();
    json.beginObject().member("id", use.id());
    if (!use.module().isEmpty()) {
      json.member(moduleName, use.module());
    }
    json.member("element", use.element());
    members(json, use, UseAttribute.Group.STATEMENT);
    json.member("verdict", evaluation.verdict().name());
    members(json, use, UseAttribute.Group.LEDGER);
    json.member("sourceFile", use.sourceFile()).member("line", use.line());
    json.name("findings").beginArray();
    for (Finding finding : evaluation.findings()) {
      json.beginObject()
          .member("rule", finding.rule().id())
          .member("severity", finding.severity().name());
      if (finding.attribute() != UseAttribute.ANNOTATION) {
        json.member("attribute", finding.attribute().javaName());
      }
      json.member("message", finding.message()).endObject();
    }
    json.endArray().endObject();
  }

  /** The declared attributes of {@code group}, each under its JSON key, in report order. */
  private static void members(JsonWriter json, UseDeclaration use, UseAttribute.Group group) {
    for (UseAttribute attribute : UseAttribute.declared()) {
      if (attribute.group() != group) {
        continue;
      }
      Object value = attribute.valueIn(use);
      switch (attribute.kind()) {
        case BOOLEAN -> json.member(attribute.jsonKey(), (boolean) value);
        case ENUM_LIST -> json.member(attribute.jsonKey(),
            ((List<?>) value).stream().map(UseAttribute::shown).toList());
        case STRING, ENUM -> json.member(attribute.jsonKey(), UseAttribute.shown(value));
      }
    }
  }
}
