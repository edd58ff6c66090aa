package dev.genaiguidelines.maven.report;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.baseline.UseChange;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Finding;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.Tool;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import dev.genaiguidelines.policy.UseEvaluation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.LifecycleChoice;
import org.cyclonedx.model.Lifecycles;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.cyclonedx.model.ServiceData;
import org.cyclonedx.model.metadata.ToolInformation;

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
 */
final class CycloneDxReport implements ReportWriter {
  static final Version SPEC_VERSION = Version.VERSION_16;
  static final String NAMESPACE = "genai-guidelines:";
  static final String TOOL_REF_PREFIX = "genai-tool:";

  @Override
  public void write(ReportContext context, Assessment assessment, OutputStream out)
      throws IOException {
    out.write(render(context, assessment).getBytes(StandardCharsets.UTF_8));
  }

  static String render(ReportContext context, Assessment assessment) {
    Bom bom = new Bom();
    bom.setVersion(1);
    bom.setSerialNumber(serialNumber(context, assessment));

    Component project = projectComponent(context);
    Metadata metadata = new Metadata();
    // Metadata starts with the current time; only the build's reproducible timestamp may stay.
    metadata.setTimestamp(context.outputTimestamp().map(Date::from).orElse(null));
    metadata.setLifecycles(buildLifecycle());
    metadata.setToolChoice(toolInformation());
    metadata.setComponent(project);
    List<Property> reportProperties = reportProperties(assessment);
    context.changes().ifPresent(changes -> reportProperties.addAll(changeProperties(changes)));
    for (UnreadableFile file : context.unreadable()) {
      add(reportProperties, "unreadable", file.file() + ": " + file.reason());
    }
    metadata.setProperties(sorted(reportProperties));
    bom.setMetadata(metadata);

    Map<String, List<UseEvaluation>> usesByService = new TreeMap<>();
    for (UseEvaluation evaluation : assessment.uses()) {
      if (!evaluation.use().tool().isBlank()) {
        usesByService.computeIfAbsent(serviceRef(evaluation.use()), ref -> new ArrayList<>())
            .add(evaluation);
      }
    }
    List<Service> services = new ArrayList<>();
    Dependency projectDependencies = new Dependency(project.getBomRef());
    for (Map.Entry<String, List<UseEvaluation>> entry : usesByService.entrySet()) {
      services.add(service(entry.getKey(), entry.getValue(), assessment.policy()));
      projectDependencies.addDependency(new Dependency(entry.getKey()));
    }
    if (!services.isEmpty()) {
      bom.setServices(services);
    }
    project.setProperties(sorted(useProperties(assessment.uses(), context.changes())));
    bom.addDependency(projectDependencies);

    try {
      String json = BomGeneratorFactory.createJson(SPEC_VERSION, bom).toJsonString();
      // Jackson indents with the platform's line separator; the bytes must not depend on it.
      json = json.replace("\r\n", "\n");
      return json.endsWith("\n") ? json : json + "\n";
    } catch (GeneratorException e) {
      throw new IllegalStateException("cannot write the CycloneDX report: " + e.getMessage(), e);
    }
  }

  /**
   * A name-based UUID: the same coordinates and assessment give the same serial number, and a
   * different assessment of the same version gives a different one, as CycloneDX asks. The
   * comparison with a baseline, when there is one, and the class files the scan could not read
   * are part of what the BOM says, so of its name.
   */
  static String serialNumber(ReportContext context, Assessment assessment) {
    String name = "genai-guidelines:cyclonedx:" + context.coordinates() + "\n"
        + JsonReport.render(context.withoutTimestamp(), assessment);
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  private static Component projectComponent(ReportContext context) {
    Component project = new Component();
    // LIBRARY, as cyclonedx-maven-plugin describes a Maven project by default, so both BOMs agree.
    project.setType(Component.Type.LIBRARY);
    project.setGroup(context.groupId());
    project.setName(context.artifactId());
    project.setVersion(context.version());
    String purl = purl(context);
    project.setBomRef(purl);
    project.setPurl(purl);
    return project;
  }

  private static String purl(ReportContext context) {
    try {
      return new PackageURL(PackageURL.StandardTypes.MAVEN, context.groupId(),
          context.artifactId(), context.version(), null, null).canonicalize();
    } catch (MalformedPackageURLException e) {
      throw new IllegalArgumentException("cannot make a package URL of "
          + context.coordinates() + ": " + e.getMessage(), e);
    }
  }

  private static Lifecycles buildLifecycle() {
    LifecycleChoice build = new LifecycleChoice();
    build.setPhase(LifecycleChoice.Phase.BUILD);
    Lifecycles lifecycles = new Lifecycles();
    lifecycles.setLifecycleChoice(List.of(build));
    return lifecycles;
  }

  private static ToolInformation toolInformation() {
    Component plugin = new Component();
    plugin.setType(Component.Type.APPLICATION);
    plugin.setGroup(PluginIdentity.GROUP_ID);
    plugin.setName(PluginIdentity.ARTIFACT_ID);
    plugin.setVersion(PluginIdentity.version());
    ToolInformation tools = new ToolInformation();
    tools.setComponents(List.of(plugin));
    return tools;
  }

  private static List<Property> reportProperties(Assessment assessment) {
    Policy policy = assessment.policy();
    Assessment.Summary summary = assessment.summary();
    List<Property> properties = new ArrayList<>();
    add(properties, "policy:name", policy.name());
    add(properties, "policy:source", policy.source());
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
    for (UndeclaredCall call : assessment.undeclaredCalls()) {
      String where = HumanText.location(call.sourceFile(), call.line());
      add(properties, "undeclared", call.element() + " calls " + call.target()
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

  private static List<Property> useProperties(List<UseEvaluation> uses,
      Optional<Changes> changes) {
    List<Property> properties = new ArrayList<>();
    for (UseEvaluation evaluation : uses) {
      UseDeclaration use = evaluation.use();
      String key = "use:" + (use.module().isEmpty() ? "" : use.module() + "/") + use.id() + ":";
      add(properties, key + "verdict", evaluation.verdict().name());
      changes.ifPresent(c -> add(properties, key + "baselineState",
          c.stateOf(evaluation).sarifName()));
      add(properties, key + "element", use.element());
      add(properties, key + "tool", use.tool().isBlank() ? "" : serviceRef(use));
      add(properties, key + "purpose", use.purpose());
      add(properties, key + "output", use.output().name());
      add(properties, key + "inputs", HumanText.names(use.inputs()));
      add(properties, key + "creates", HumanText.names(use.creates()));
      add(properties, key + "context", use.context().name());
      if (use.unionCoveredWork()) {
        add(properties, key + "unionCoveredWork", "true");
      }
      add(properties, key + "approval", use.approval());
      add(properties, key + "consent", use.consent());
      add(properties, key + "findings", evaluation.findings().stream()
          .map(f -> f.rule().id() + " " + f.severity().name()).collect(Collectors.joining(", ")));
    }
    return properties;
  }

  private static Service service(String ref, List<UseEvaluation> uses, Policy policy) {
    UseDeclaration first = uses.get(0).use();
    Service service = new Service();
    service.setBomRef(ref);
    service.setName(first.tool());
    if (!first.model().isEmpty()) {
      service.setVersion(first.model());
    }
    Optional<Tool> registered = policy.tool(first.tool());
    registered.filter(tool -> !tool.vendor().isEmpty()).ifPresent(tool -> {
      OrganizationalEntity vendor = new OrganizationalEntity();
      vendor.setName(tool.vendor());
      service.setProvider(vendor);
    });
    service.setDescription(registered.isPresent()
        ? "GenAI tool '" + first.tool() + "' from the studio's tool registry"
        : "GenAI tool '" + first.tool() + "', not in the studio's tool registry");

    Set<DataInput> sent = EnumSet.noneOf(DataInput.class);
    Set<Creates> received = EnumSet.noneOf(Creates.class);
    for (UseEvaluation evaluation : uses) {
      sent.addAll(evaluation.use().inputs());
      received.addAll(evaluation.use().creates());
    }
    sent.remove(DataInput.NONE);
    List<ServiceData> data = new ArrayList<>();
    sent.forEach(input -> data.add(new ServiceData(ServiceData.Flow.OUTBOUND, input.name())));
    received.forEach(what -> data.add(new ServiceData(ServiceData.Flow.INBOUND, what.name())));
    if (!data.isEmpty()) {
      service.setData(data);
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
    service.setProperties(sorted(properties));
    return service;
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

  private static List<Property> sorted(List<Property> properties) {
    properties.sort(Comparator.comparing(Property::getName).thenComparing(Property::getValue));
    return properties;
  }
}
