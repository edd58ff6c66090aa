package dev.genaiguidelines.maven;

import static dev.genaiguidelines.maven.AggregatePoliciesTest.BOARDS;
import static dev.genaiguidelines.maven.AggregatePoliciesTest.ROOT_POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report-aggregate over two modules that ship the same GenAI SDK: it is listed once with both,
 * and GAI302 is judged per module, as each module's own check judges it.
 */
class AggregateDependenciesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String PLAIN = "package com.example.tools; public class Plain { }";

  @TempDir Path reactor;

  private final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();
  private MavenProject root;
  private MavenProject previs;
  private MavenProject tools;
  private Artifact openAi;

  @BeforeEach
  void reactorWhoseModulesShipOpenAi() throws Exception {
    harness.start();
    Files.writeString(reactor.resolve("genai-policy.yaml"), ROOT_POLICY);
    FixtureCompiler.compile(reactor.resolve("previs"),
        Map.of("com/example/previs/Storyboards.java", BOARDS));
    root = MojoHarness.project(reactor, "studio-reactor");
    root.getModel().setPackaging("pom");
    previs = MojoHarness.project(reactor.resolve("previs"), "previs");
    tools = MojoHarness.project(reactor.resolve("tools"), "tools");
    openAi = MojoFixtures.openAiCore(reactor);
    previs.setArtifacts(new LinkedHashSet<>(List.of(openAi)));
    tools.setArtifacts(new LinkedHashSet<>(List.of(openAi)));
  }

  @AfterEach
  void stop() throws Exception {
    harness.stop();
  }

  private JsonNode aggregate() throws Exception {
    List<MavenProject> all = List.of(root, previs, tools);
    harness.aggregateMojo(root, all, all, Map.of("guidelines.asOf", "2026-01-15"), log)
        .execute();
    return MAPPER.readTree(reactor.resolve("target/genai-compliance/genai-compliance.json")
        .toFile());
  }

  @Test
  void theSdkIsListedOnceAndAModuleDeclaringNoUseHasGai302() throws Exception {
    FixtureCompiler.compile(reactor.resolve("tools"), Map.of("com/example/tools/Plain.java",
        PLAIN));
    JsonNode report = aggregate();

    JsonNode dependencies = report.get("dependencies");
    assertEquals(1, dependencies.size());
    assertEquals("[\"previs\",\"tools\"]", dependencies.get(0).get("modules").toString());
    JsonNode findings = dependencies.get(0).get("findings");
    assertEquals(1, findings.size());
    assertTrue(findings.get(0).get("message").textValue().startsWith("[GAI302] module tools:"
        + " ships com.openai:openai-java-core:4.8.0 (OpenAI)"), findings.toString());
    assertEquals(1, report.get("summary").get("errors").intValue());
  }

  @Test
  void whenEveryModuleDeclaresAUseTheSdkHasNoFinding() throws Exception {
    FixtureCompiler.compile(reactor.resolve("tools"),
        Map.of("com/example/previs/Storyboards.java", BOARDS));
    JsonNode report = aggregate();

    assertEquals("[\"previs\",\"tools\"]",
        report.get("dependencies").get(0).get("modules").toString());
    assertEquals("[]", report.get("dependencies").get(0).get("findings").toString());
    assertEquals(0, report.get("summary").get("errors").intValue());
    // Twin of the unresolved module: every class path was read, so the ledger is judged.
    assertEquals(List.of("APR-1", "APR-STALE"),
        report.get("ledgerFindings").findValuesAsText("subject"));
  }

  @Test
  void aModuleWhoseDependenciesWereNeverResolvedIsNamed() throws Exception {
    FixtureCompiler.compile(reactor.resolve("tools"), Map.of("com/example/tools/Plain.java",
        PLAIN));
    tools.setArtifacts(new LinkedHashSet<>());
    Dependency declared = new Dependency();
    declared.setGroupId("com.openai");
    declared.setArtifactId("openai-java-core");
    declared.setVersion("4.8.0");
    tools.getModel().addDependency(declared);
    JsonNode report = aggregate();

    assertEquals("[\"previs\"]", report.get("dependencies").get(0).get("modules").toString());
    assertTrue(log.lines().contains("[WARNING] GenAI aggregate report: module tools: its"
        + " dependencies were not resolved in this build (its report and check did not run), so"
        + " the GenAI SDKs it ships and the uses they declare are not listed; bind report or check"
        + " in the module."),
        log.lines().toString());
    // A ledger record may cover a use only tools' unread dependencies declare.
    assertTrue(log.lines().contains("[INFO] GenAI aggregate report: unused ledger records (GAI008)"
        + " are not judged, because the dependencies of tools were not resolved, so the uses they"
        + " declare were not read. A use the ledger covers may be in what is missing; build the"
        + " whole reactor to judge them."), log.lines().toString());
    assertEquals("[]", report.get("ledgerFindings").toString());
  }
}
