package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.baseline.UseChange;
import dev.genaiguidelines.maven.scan.GenAiDependency;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.Reason;
import dev.genaiguidelines.policy.Tool;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseAttribute;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code genai-compliance.cdx.json}: a CycloneDX 1.6 BOM of the generative-AI tools the release
 * uses, with each use's verdict, so SBOM tooling (Dependency-Track and the like) can track them.
 *
 * <p>The tools are {@code services}, not {@code machine-learning-model} components: the release
 * neither contains nor loads the models, it calls vendor-hosted tools and sends them data.
 * CycloneDX describes exactly that with a service: its provider (the registry's vendor) and its
 * data flows (what is sent, classified by {@code DataInput}; what comes back, by {@code Creates}),
 * while a model component would expect a model card we have no facts for.
 *
 * <p>Everything else is a property in the {@code genai-guidelines:} namespace, for example
 * {@code genai-guidelines:use:crowd-extension:verdict}.
 *
 * <p>Written with the reports' own {@link JsonWriter}, in the member order and layout
 * cyclonedx-core-java gives the same BOM, rather than through that library: a goal bound in
 * every build should not load Jackson to print a hundred lines (it cost more than the whole
 * class scan), and the library folds line breaks in values into spaces, altering what a use
 * declares. The tests validate every report against the library's bundled 1.6 schema and parse
 * it back with the library's parser.
 */
final class CycloneDxReport implements ReportWriter {
  static final String SPEC_VERSION = "1.6";
  static final String NAMESPACE = "genai-guidelines:";
  static final String TOOL_REF_PREFIX = "genai-tool:";
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_INSTANT;

  /**
   * One name and value of a CycloneDX {@code properties} array, in order of name, then value.
   * Compared directly rather than by a composed {@link java.util.Comparator}: a BOM sorts
   * thousands of them once per build, in code the JVM has not compiled yet.
   */
  private record Property(String name, String value) implements Comparable<Property> {
    @Override
    public int compareTo(Property other) {
      int byName = name.compareTo(other.name);
      return byName != 0 ? byName : value.compareTo(other.value);
    }
  }

  @Override
  public void write(ReportContext context, Assessment assessment, OutputStream out)
      throws IOException {
    out.write(render(context, assessment).getBytes(StandardCharsets.UTF_8));
  }

  static String render(ReportContext context, Assessment assessment) {
    String projectRef = purl(context);
    JsonWriter json = JsonWriter.spaced().beginObject()
        .member("bomFormat", "CycloneDX")
        .member("specVersion", SPEC_VERSION)
        .member("serialNumber", SERIAL_PLACEHOLDER)
        .member("version", 1);

    json.name("metadata").beginObject();
    // Only the build's reproducible timestamp, never the time of writing.
    context.outputTimestamp().ifPresent(time -> json.member("timestamp", timestamp(time)));
    json.name("lifecycles").beginArray().beginObject().member("phase", "build").endObject()
        .endArray();
    json.name("tools").beginObject().name("components").beginArray().beginObject()
        .member("type", "application")
        .member("group", PluginIdentity.GROUP_ID)
        .member("name", PluginIdentity.ARTIFACT_ID)
        .member("version", PluginIdentity.version())
        .endObject().endArray().endObject();
    // LIBRARY, as cyclonedx-maven-plugin describes a Maven project by default, so both BOMs agree.
    json.name("component").beginObject()
        .member("type", "library")
        .member("bom-ref", projectRef)
        .member("group", context.groupId())
        .member("name", context.artifactId())
        .member("version", context.version())
        .member("purl", projectRef);
    properties(json, useProperties(assessment.uses(), context.changes(), true));
    json.endObject();
    List<Property> reportProperties = reportProperties(assessment);
    context.changes().ifPresent(changes -> reportProperties.addAll(changeProperties(changes)));
    Enforcement enforcement = context.enforcement();
    add(reportProperties, "enforcement:checkRuns", String.valueOf(enforcement.checkRuns()));
    add(reportProperties, "enforcement:failOnViolation",
        String.valueOf(enforcement.failOnViolation()));
    add(reportProperties, "enforcement:failOnUndeclared",
        String.valueOf(enforcement.failOnUndeclared()));
    add(reportProperties, "enforcement:failOnUnreadable",
        String.valueOf(enforcement.failOnUnreadable()));
    add(reportProperties, "enforcement:failOnMissingCatalog",
        String.valueOf(enforcement.failOnMissingCatalog()));
    for (dev.genaiguidelines.policy.LedgerReference entry : assessment.ledger()) {
      add(reportProperties, "ledger:" + entry.kind(), entry.id() + " signedBy:"
          + (entry.signedBy().isEmpty() ? "none" : entry.signedBy()));
    }
    for (UnreadableFile file : context.unreadable()) {
      add(reportProperties, "unreadable", file.file() + ": " + file.reason());
    }
    context.scope().ifPresent(scope -> {
      add(reportProperties, "scope:source", scope.source());
      add(reportProperties, "scope:sha256", scope.sha256());
      add(reportProperties, "scope:classes", scope.classes());
      add(reportProperties, "scope:resources", scope.resources());
    });
    properties(json, reportProperties);
    json.endObject();

    // A dependency's use calls its tool on the release's behalf: the same service.
    Map<String, List<UseEvaluation>> usesByService = new TreeMap<>();
    for (UseEvaluation evaluation : assessment.allUses()) {
      if (!evaluation.use().tool().isBlank()) {
        usesByService.computeIfAbsent(serviceRef(evaluation.use()), ref -> new ArrayList<>())
            .add(evaluation);
      }
    }
    if (!usesByService.isEmpty()) {
      json.name("services").beginArray();
      usesByService.forEach((ref, uses) -> service(json, ref, uses, assessment.policy()));
      json.endArray();
    }
    // The GenAI SDKs the release ships, as the library components a Maven SBOM names them by.
    // The GenAI SDKs the release ships and the dependencies whose declared uses were judged, as
    // the library components a Maven SBOM names them by; a dependency's uses are properties of
    // its component, as the module's own are of the BOM's subject.
    Map<String, List<UseEvaluation>> usesByDependency = new TreeMap<>();
    for (UseEvaluation evaluation : assessment.dependencyUses()) {
      usesByDependency.computeIfAbsent(evaluation.use().module(), k -> new ArrayList<>())
          .add(evaluation);
    }
    Map<String, GenAiDependency> components = new TreeMap<>();
    for (GenAiDependency dependency : context.dependencies()) {
      components.put(dependency.coordinates(), dependency);
    }
    for (String coordinates : usesByDependency.keySet()) {
      String[] parts = coordinates.split(":", 3);
      components.putIfAbsent(coordinates,
          new GenAiDependency(parts[0], parts[1], parts.length > 2 ? parts[2] : "", "", true));
    }
    List<String> dependsOn = new ArrayList<>(usesByService.keySet());
    if (!components.isEmpty()) {
      json.name("components").beginArray();
      for (GenAiDependency dependency : components.values()) {
        String ref = purl(dependency);
        dependsOn.add(ref);
        json.beginObject()
            .member("type", "library")
            .member("bom-ref", ref)
            .member("group", dependency.groupId())
            .member("name", dependency.artifactId())
            .member("version", dependency.version())
            .member("purl", ref);
        List<Property> properties = new ArrayList<>();
        add(properties, "vendor", dependency.vendor());
        add(properties, "declaresUses", String.valueOf(dependency.declaresUses()));
        properties.addAll(useProperties(
            usesByDependency.getOrDefault(dependency.coordinates(), List.of()), Optional.empty(),
            false));
        dependency.modules().forEach(module -> add(properties, "shippedBy", module));
        add(properties, "findings", assessment.dependencyFindings(dependency.coordinates())
            .stream().map(f -> f.rule().id() + " " + f.severity().name() + " ("
                + ((Reason.UndeclaredGenAiDependency) f.reason()).module() + ")")
            .collect(Collectors.joining(", ")));
        properties(json, properties);
        json.endObject();
      }
      json.endArray();
    }
    json.name("dependencies").beginArray().beginObject()
        .member("ref", projectRef)
        .member("dependsOn", dependsOn)
        .endObject().endArray();
    return withSerialNumber(json.endObject().toString(), context);
  }

  /** Where the serial number goes until the rest of the BOM, which names it, is written. */
  private static final String SERIAL_PLACEHOLDER = "urn:uuid:serial-number";

  /**
   * The BOM with its serial number: a name-based UUID of the project's coordinates and of what
   * the BOM says from its {@code lifecycles} on, that is all of it but the fixed members and the
   * timestamp. The same coordinates and assessment give the same serial number, and a BOM that
   * says anything else (another verdict, a comparison with a baseline, a class file the scan
   * could not read) gets another, as CycloneDX asks. Named by the BOM's own text, not by a
   * second rendering of the JSON report, which cost a build more than the rest of the BOM.
   */
  private static String withSerialNumber(String bom, ReportContext context) {
    String said = bom.substring(bom.indexOf("\"lifecycles\""));
    String name = "genai-guidelines:cyclonedx:" + context.coordinates() + "\n" + said;
    String serial = "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    int at = bom.indexOf(SERIAL_PLACEHOLDER);
    return bom.substring(0, at) + serial + bom.substring(at + SERIAL_PLACEHOLDER.length());
  }

  /** CycloneDX's date-time: UTC, whole seconds. */
  private static String timestamp(Instant time) {
    return TIMESTAMP.format(time.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * The project's package URL, {@code pkg:maven/group/artifact@version}, each part
   * percent-encoded as the purl specification asks.
   */
  static String purl(ReportContext context) {
    return "pkg:maven/" + purlPart(context.groupId()) + "/" + purlPart(context.artifactId())
        + "@" + purlPart(context.version());
  }

  /** A dependency's package URL, its jar named by type as cyclonedx-maven-plugin names it. */
  static String purl(GenAiDependency dependency) {
    return "pkg:maven/" + purlPart(dependency.groupId()) + "/"
        + purlPart(dependency.artifactId()) + "@" + purlPart(dependency.version()) + "?type=jar";
  }

  private static String purlPart(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '.' || c == '-' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  private static List<Property> reportProperties(Assessment assessment) {
    Policy policy = assessment.policy();
    Assessment.Summary summary = assessment.summary();
    List<Property> properties = new ArrayList<>();
    add(properties, "policy:name", policy.name());
    add(properties, "policy:source", policy.source());
    add(properties, "policy:origin", policy.origin());
    for (dev.genaiguidelines.policy.PolicyLayer layer : policy.trust().layers()) {
      add(properties, "policy:layer", layer.origin() + " sha256:" + layer.sha256());
    }
    add(properties, "policy:sha256", policy.sha256());
    add(properties, "policy:asOf", assessment.asOf().toString());
    add(properties, "summary:uses", summary.uses());
    add(properties, "summary:socialize", summary.socialize());
    add(properties, "summary:approved", summary.approved());
    add(properties, "summary:needsApproval", summary.needsApproval());
    add(properties, "summary:prohibited", summary.prohibited());
    add(properties, "summary:undeclared", summary.undeclared());
    add(properties, "summary:errors", summary.errors());
    add(properties, "summary:warnings", summary.warnings());
    add(properties, "summary:dependencyUses", summary.dependencyUses());
    for (Assessment.Undeclared entry : assessment.undeclared()) {
      UndeclaredCall call = entry.call();
      String where = HumanText.location(call.sourceFile(), call.line());
      add(properties, "undeclared", call.element() + " calls " + call.target()
          + (call.count() > 1 ? " " + call.count() + " times" : "")
          + (where.isEmpty() ? "" : " (" + where + ")"));
    }
    for (Finding finding : assessment.ledgerFindings()) {
      add(properties, "ledger:" + finding.subject() + ":" + finding.rule().id(),
          finding.message());
    }
    return properties;
  }

  /**
   * The baseline and the uses it had that this release no longer has; the uses still here say
   * their own {@code baselineState}.
   */
  private static List<Property> changeProperties(Changes changes) {
    List<Property> properties = new ArrayList<>();
    add(properties, "baseline", changes.baseline());
    for (UseChange removed : changes.removed()) {
      add(properties, "baseline:removed", removed.key().toString());
    }
    return properties;
  }

  /**
   * @param withModule whether keys name the use's module ({@code use:module/id:}), as the BOM's
   *     subject lists an aggregate's uses; a dependency's component lists its own as
   *     {@code use:id:}
   */
  private static List<Property> useProperties(List<UseEvaluation> uses,
      Optional<Changes> changes, boolean withModule) {
    List<Property> properties = new ArrayList<>();
    for (UseEvaluation evaluation : uses) {
      UseDeclaration use = evaluation.use();
      String key = "use:" + (!withModule || use.module().isEmpty() ? "" : use.module() + "/")
          + use.id() + ":";
      add(properties, key + "verdict", evaluation.verdict().name());
      changes.ifPresent(c -> add(properties, key + "baselineState",
          c.stateOf(evaluation).sarifName()));
      add(properties, key + "element", use.element());
      for (UseAttribute attribute : UseAttribute.declared()) {
        switch (attribute) {
          // The id is in the key; the model is the version of the tool's service.
          case ID, MODEL -> { }
          case TOOL -> add(properties, key + "tool", use.tool().isBlank() ? "" : serviceRef(use));
          default -> {
            String shown = attribute.shownIn(use);
            // A flag is a property only when set, as an empty value is none.
            if (attribute.kind() != UseAttribute.Kind.BOOLEAN || shown.equals("true")) {
              add(properties, key + attribute.jsonKey(), shown);
            }
          }
        }
      }
      StringBuilder findings = new StringBuilder();
      for (Finding finding : evaluation.findings()) {
        findings.append(findings.isEmpty() ? "" : ", ").append(finding.rule().id()).append(' ')
            .append(finding.severity().name());
      }
      add(properties, key + "findings", findings.toString());
    }
    return properties;
  }

  private static void service(JsonWriter json, String ref, List<UseEvaluation> uses,
      Policy policy) {
    UseDeclaration first = uses.get(0).use();
    Optional<Tool> registered = policy.tool(first.tool());
    json.beginObject().member("bom-ref", ref);
    registered.filter(tool -> !tool.vendor().isEmpty()).ifPresent(tool ->
        json.name("provider").beginObject().member("name", tool.vendor()).endObject());
    json.member("name", first.tool());
    if (!first.model().isEmpty()) {
      json.member("version", first.model());
    }
    json.member("description", registered.isPresent()
        ? "GenAI tool '" + first.tool() + "' from the studio's tool registry"
        : "GenAI tool '" + first.tool() + "', not in the studio's tool registry");

    Set<DataInput> sent = EnumSet.noneOf(DataInput.class);
    Set<Creates> received = EnumSet.noneOf(Creates.class);
    for (UseEvaluation evaluation : uses) {
      sent.addAll(evaluation.use().inputs());
      received.addAll(evaluation.use().creates());
    }
    sent.remove(DataInput.NONE);
    if (!sent.isEmpty() || !received.isEmpty()) {
      json.name("data").beginArray();
      sent.forEach(input -> dataFlow(json, input.name(), "outbound"));
      received.forEach(what -> dataFlow(json, what.name(), "inbound"));
      json.endArray();
    }

    List<Property> properties = new ArrayList<>();
    add(properties, "tool:registered", registered.isPresent() ? "true" : "false");
    registered.ifPresent(tool -> {
      add(properties, "tool:enterpriseSecured", String.valueOf(tool.enterpriseSecured()));
      add(properties, "tool:trainsOnInputs", String.valueOf(tool.trainsOnInputs()));
      add(properties, "tool:retainsInputs", String.valueOf(tool.retainsInputs()));
      add(properties, "tool:agreement", tool.agreement());
    });
    for (UseEvaluation evaluation : uses) {
      UseDeclaration use = evaluation.use();
      add(properties, "use", (use.module().isEmpty() ? "" : use.module() + "/") + use.id());
    }
    properties(json, properties);
    json.endObject();
  }

  private static void dataFlow(JsonWriter json, String classification, String flow) {
    json.beginObject().member("classification", classification).member("flow", flow)
        .endObject();
  }

  /** A {@code properties} member, sorted by name and value; none when there are none. */
  private static void properties(JsonWriter json, List<Property> properties) {
    if (properties.isEmpty()) {
      return;
    }
    Collections.sort(properties);
    json.name("properties").beginArray();
    for (Property property : properties) {
      json.beginObject().member("name", property.name()).member("value", property.value())
          .endObject();
    }
    json.endArray();
  }

  /** One service per tool and model actually used. */
  private static String serviceRef(UseDeclaration use) {
    return TOOL_REF_PREFIX + use.tool() + (use.model().isEmpty() ? "" : "@" + use.model());
  }

  /** Adds a property unless the value is blank: CycloneDX has no use for empty properties. */
  private static void add(List<Property> properties, String name, String value) {
    if (!value.isBlank()) {
      properties.add(new Property(NAMESPACE + name, value));
    }
  }

  private static void add(List<Property> properties, String name, int value) {
    properties.add(new Property(NAMESPACE + name, Integer.toString(value)));
  }
}
