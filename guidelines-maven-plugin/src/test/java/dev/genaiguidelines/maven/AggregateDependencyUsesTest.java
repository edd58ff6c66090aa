package dev.genaiguidelines.maven;

import static dev.genaiguidelines.maven.AggregatePoliciesTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report-aggregate over modules that ship a library built with the processor: the library's use
 * is judged with each shipping module's policy, as the module's own report judges it, listed
 * under {@code dependencyUses} in every format, and the approval it names is not stale (GAI008).
 * Regression test for the aggregate that judged only the modules' own uses.
 */
class AggregateDependencyUsesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A module's own registry that knows studio-gen keeps what it is sent. */
  private static final String STRICT_POLICY = """
      policy: netflix-2025
      tools:
        - id: studio-gen
          vendor: Studio AI Gateway
          enterpriseSecured: false
          trainsOnInputs: false
          retainsInputs: true
      approvals: []
      consents: []
      """;

  private static final String AIKIT = "com.studio:aikit:1.0";

  @TempDir Path reactor;

  private final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();
  /** The root and its modules previs and vfx, all of the root's policy. */
  private AggregatePoliciesTest.Reactor modules;
  private Path aikitJar;

  @BeforeEach
  void reactorWithTwoModulesOfTheRootsPolicy() throws Exception {
    harness.start();
    modules = AggregatePoliciesTest.Reactor.compiled(reactor);
    aikitJar = MojoFixtures.declaringLibrary(reactor.resolve("aikit-build"), true);
  }

  @AfterEach
  void stop() throws Exception {
    harness.stop();
  }

  /** {@code project} ships the library's jar under {@code groupId:aikit:version}. */
  private void ships(MavenProject project, String groupId, String version) {
    project.setArtifacts(new LinkedHashSet<>(List.of(
        MojoFixtures.aikit(aikitJar, groupId, version))));
  }

  private JsonNode aggregate(List<MavenProject> reactorProjects) throws Exception {
    harness.aggregateMojo(modules.root(), reactorProjects, reactorProjects,
        Map.of("guidelines.asOf", "2026-01-15"), log).execute();
    return MAPPER.readTree(report("json").toFile());
  }

  private Path report(String extension) {
    return reactor.resolve("target/genai-compliance/genai-compliance." + extension);
  }

  @Test
  void aUseTwoModulesShipIsListedOnceWithTheDependencysCoordinates() throws Exception {
    ships(modules.previs(), "com.studio", "1.0");
    ships(modules.vfx(), "com.studio", "1.0");
    JsonNode report = aggregate(modules.all());

    JsonNode upstream = report.get("dependencyUses");
    assertEquals(List.of("matte-painting"), texts(upstream, "id"));
    assertEquals(List.of(AIKIT), texts(upstream, "dependency"));
    assertEquals(List.of("com.studio.aikit.Mattes#paint(java.lang.String)"),
        texts(upstream, "element"));
    assertEquals(List.of("APPROVED"), texts(upstream, "verdict"));
    // APR-STALE clears the approval the final deliverable needs: what is left is information.
    assertEquals(List.of("GAI104"), texts(upstream.get(0).get("findings"), "rule"));
    assertEquals(List.of("INFO"), texts(upstream.get(0).get("findings"), "severity"));
    assertEquals(List.of("crowd-extension", "storyboard-frames"), texts(report.get("uses"), "id"));
    assertEquals(3, report.get("summary").get("uses").intValue());
    assertEquals(1, report.get("summary").get("dependencyUses").intValue());
    assertEquals(2, report.get("summary").get("approved").intValue());
  }

  @Test
  void anApprovalOnlyADependencysUseNamesIsNotStale() throws Exception {
    ships(modules.vfx(), "com.studio", "1.0");
    JsonNode report = aggregate(modules.all());

    assertEquals("[]", report.get("ledgerFindings").toString());
    assertTrue(log.lines().stream().noneMatch(line -> line.contains("[GAI008]")),
        log.lines().toString());
  }

  @Test
  void twinWithoutTheLibraryTheSameApprovalIsStale() throws Exception {
    JsonNode report = aggregate(modules.all());

    assertEquals("[]", report.get("dependencyUses").toString());
    assertEquals(List.of("APR-STALE"), texts(report.get("ledgerFindings"), "subject"));
    assertEquals(List.of("GAI008"), texts(report.get("ledgerFindings"), "rule"));
  }

  @Test
  void aModuleOfAnotherPolicyListsItsOwnJudgementInEveryFormat() throws Exception {
    Files.writeString(reactor.resolve("vfx/genai-policy.yaml"), STRICT_POLICY);
    ships(modules.previs(), "com.studio", "1.0");
    ships(modules.vfx(), "com.studio", "1.0");
    JsonNode report = aggregate(modules.all());

    JsonNode upstream = report.get("dependencyUses");
    assertEquals(List.of(AIKIT, AIKIT), texts(upstream, "dependency"));
    assertEquals(List.of("APPROVED", "PROHIBITED"), texts(upstream, "verdict"));
    // vfx's registry: studio-gen is not enterprise-secured and retains inputs (GAI102).
    assertEquals(List.of("GAI003", "GAI102", "GAI103", "GAI104"),
        texts(upstream.get(1).get("findings"), "rule"));
    // vfx's own crowd-extension calls studio-gen too: PROHIBITED under vfx's registry as well.
    assertEquals(List.of("PROHIBITED", "SOCIALIZE"), texts(report.get("uses"), "verdict"));
    assertEquals(2, report.get("summary").get("prohibited").intValue());
    assertEquals(2, report.get("summary").get("dependencyUses").intValue());
    assertEquals(List.of("vfx"), texts(report.get("modulePolicies"), "module"));

    String markdown = Files.readString(report("md"));
    assertTrue(markdown.contains("2 uses of the summary above are declared by dependencies,"
        + " judged with the policy of the module that ships them."), markdown);
    assertTrue(markdown.contains("| matte-painting | " + AIKIT + " |"
        + " com.studio.aikit.Mattes\\#paint(java.lang.String) | studio-gen |"), markdown);
    String html = Files.readString(report("html"));
    assertEquals(2, html.split("<span class=\"dependency\">" + AIKIT + "</span>", -1).length - 1,
        html);
    JsonNode sarif = MAPPER.readTree(report("sarif").toFile());
    List<String> dependencyRules = new ArrayList<>();
    sarif.get("runs").get(0).get("results").forEach(result -> {
      if (AIKIT.equals(result.path("properties").path("dependency").asText())) {
        dependencyRules.add(result.get("ruleId").asText());
      }
    });
    assertEquals(List.of("GAI104", "GAI003", "GAI102", "GAI103", "GAI104"), dependencyRules);
    JsonNode bom = MAPPER.readTree(report("cdx.json").toFile());
    List<String> verdicts = new ArrayList<>();
    bom.get("components").forEach(component -> {
      if ("pkg:maven/com.studio/aikit@1.0?type=jar".equals(component.path("purl").asText())) {
        component.get("properties").forEach(property -> {
          if (property.get("name").asText().equals("genai-guidelines:use:matte-painting:verdict")) {
            verdicts.add(property.get("value").asText());
          }
        });
      }
    });
    assertEquals(List.of("APPROVED", "PROHIBITED"), verdicts);
  }

  @Test
  void aDependencyThatIsAModuleOfTheReactorIsListedOnlyAsTheModulesOwnUse() throws Exception {
    MavenProject aikit = aikitModule();
    ships(modules.previs(), "com.example.studio", "1.0");
    JsonNode report = aggregate(List.of(modules.root(), aikit, modules.previs(), modules.vfx()));

    assertEquals("[]", report.get("dependencyUses").toString());
    assertEquals(List.of("crowd-extension", "matte-painting", "storyboard-frames"),
        texts(report.get("uses"), "id"));
    assertEquals(List.of("vfx", "aikit", "previs"), texts(report.get("uses"), "module"));
    assertEquals(0, report.get("summary").get("dependencyUses").intValue());
  }

  @Test
  void twinAnotherVersionOfTheModuleIsADependencyAndListed() throws Exception {
    MavenProject aikit = aikitModule();
    ships(modules.previs(), "com.example.studio", "0.9");
    JsonNode report = aggregate(List.of(modules.root(), aikit, modules.previs(), modules.vfx()));

    assertEquals(List.of("com.example.studio:aikit:0.9"),
        texts(report.get("dependencyUses"), "dependency"));
    assertEquals(List.of("crowd-extension", "matte-painting", "storyboard-frames"),
        texts(report.get("uses"), "id"));
  }

  /** The library as a module of the reactor: com.example.studio:aikit:1.0, its classes built. */
  private MavenProject aikitModule() throws Exception {
    FixtureCompiler.compile(reactor.resolve("aikit"),
        Map.of("com/studio/aikit/Mattes.java", MojoFixtures.MATTES));
    return MojoHarness.project(reactor.resolve("aikit"), "aikit");
  }
}
