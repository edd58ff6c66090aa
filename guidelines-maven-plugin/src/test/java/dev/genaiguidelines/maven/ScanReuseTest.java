package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.genaiguidelines.maven.scan.WrapperCalls;
import dev.genaiguidelines.policy.DetectionMarkers;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.UseDeclaration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check reuses report's scan of the same classes, and only while they are unchanged. */
class ScanReuseTest {

  private static final String USE = """
      package com.example.vfx;

      import dev.genaiguidelines.annotations.*;

      @GenAiUse(id = "%s", tool = "studio-gateway", purpose = "Extends crowds.",
          output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.PREVIS)
      public class %s {}
      """;

  @TempDir Path project;
  MavenProject maven;
  ComplianceRun run;
  CompiledModule module;

  @BeforeEach
  void setUp() throws Exception {
    FixtureCompiler.compile(project, Map.of("com/example/vfx/Crowd.java",
        USE.formatted("crowd", "Crowd")));
    maven = new MavenProject();
    run = new ComplianceRun(Policy.builtIn(), LocalDate.of(2026, 1, 1));
    module = new CompiledModule("vfx", project, project.resolve("target/classes"),
        List.of(project.resolve("src/main/java")));
  }

  private List<String> ids(ModuleScan scan) {
    return scan.uses().stream().map(UseDeclaration::id).toList();
  }

  @Test
  void theSecondGoalGetsTheFirstGoalsScan() throws Exception {
    ModuleScan first = ScanReuse.scan(maven, run, module, project, WrapperCalls.NONE);
    assertSame(first, ScanReuse.scan(maven, run, module, project, WrapperCalls.NONE));
    assertEquals(List.of("crowd"), ids(first));
  }

  @Test
  void aClassAddedSinceIsScanned() throws Exception {
    ModuleScan first = ScanReuse.scan(maven, run, module, project, WrapperCalls.NONE);
    FixtureCompiler.compile(project, Map.of("com/example/vfx/Sky.java",
        USE.formatted("sky", "Sky")));
    assertEquals(List.of("crowd", "sky"), ids(ScanReuse.scan(maven, run, module, project, WrapperCalls.NONE)));
    assertEquals(List.of("crowd"), ids(first));
  }

  @Test
  void aClassRewrittenSinceIsScannedAgain() throws Exception {
    ModuleScan first = ScanReuse.scan(maven, run, module, project, WrapperCalls.NONE);
    Path crowd = project.resolve("target/classes/com/example/vfx/Crowd.class");
    Files.setLastModifiedTime(crowd,
        FileTime.fromMillis(Files.getLastModifiedTime(crowd).toMillis() + 2000));
    assertNotSame(first, ScanReuse.scan(maven, run, module, project, WrapperCalls.NONE));
  }

  @Test
  void otherMarkersGetTheirOwnScan() throws Exception {
    ModuleScan first = ScanReuse.scan(maven, run, module, project, WrapperCalls.NONE);
    Policy gateway = new Policy(Policy.NETFLIX_2025, "genai-policy.yaml", "", Map.of(),
        Map.of(), Map.of(), false, false, Map.of(), Map.of(),
        new DetectionMarkers(List.of("com.example.gateway"), List.of()));
    assertNotSame(first, ScanReuse.scan(maven, new ComplianceRun(gateway,
        LocalDate.of(2026, 1, 1)), module, project, WrapperCalls.NONE));
  }

  @Test
  void otherWrapperCallsGetTheirOwnScan() throws Exception {
    ModuleScan first = ScanReuse.scan(maven, run, module, project, WrapperCalls.NONE);
    WrapperCalls aikit = new WrapperCalls(Map.of("com/example/aikit/Kit.ask()V",
        new WrapperCalls.Via("com.example:aikit:1.0 com.example.aikit.Kit#ask()", "com.openai")),
        Map.of());
    assertNotSame(first, ScanReuse.scan(maven, run, module, project, aikit));
  }

  @Test
  void anotherProjectNeverSeesThisProjectsScan() throws Exception {
    ModuleScan first = ScanReuse.scan(maven, run, module, project, WrapperCalls.NONE);
    assertNotSame(first, ScanReuse.scan(new MavenProject(), run, module, project, WrapperCalls.NONE));
  }
}
