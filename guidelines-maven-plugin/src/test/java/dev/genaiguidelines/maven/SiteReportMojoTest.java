package dev.genaiguidelines.maven;

import static dev.genaiguidelines.maven.MojoFixtures.BOARDS;
import static dev.genaiguidelines.maven.MojoFixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Reporting;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code site-report}: the site's "GenAI compliance" page, as {@code mvn site} drives it. */
class SiteReportMojoTest {

  @TempDir Path project;

  @RegisterExtension final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();

  /** The goal on {@code maven}, whose site goes to {@code target/site} as Maven's default. */
  private SiteReportMojo siteReport(MavenProject maven, Map<String, String> properties)
      throws Exception {
    Reporting reporting = new Reporting();
    reporting.setOutputDirectory(project.resolve("target/site").toString());
    maven.getModel().setReporting(reporting);
    return harness.mojo("site-report", maven, properties, log);
  }

  @Test
  void thePageIsTheHtmlReportWrittenIntoTheSiteDirectory() throws Exception {
    Files.writeString(project.resolve("genai-policy.yaml"), POLICY);
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
    MavenProject maven = MojoHarness.project(project, "pipeline");
    SiteReportMojo report = siteReport(maven, Map.of("guidelines.asOf", "2026-01-15"));
    // mvn site sets the site's directory.
    Path site = project.resolve("target/site");
    report.setReportOutputDirectory(site.toFile());

    assertTrue(report.canGenerateReport());
    report.generate(null, Locale.ENGLISH);

    Path page = site.resolve("genai-compliance.html");
    assertEquals(List.of("[INFO] GenAI compliance page of pipeline: 1 use (1 SOCIALIZE, 0 APPROVED,"
        + " 0 NEEDS_APPROVAL, 0 PROHIBITED), 0 undeclared calls, 0 errors, 0 warnings:"
        + " target/site/genai-compliance.html"), log.lines());
    harness.mojo("report", maven, Map.of("guidelines.asOf", "2026-01-15",
        "guidelines.formats", "html", "guidelines.attach", "false"), new RecordingLog()).execute();
    assertArrayEquals(
        Files.readAllBytes(project.resolve("target/genai-compliance/genai-compliance.html")),
        Files.readAllBytes(page));
    assertEquals("genai-compliance", report.getOutputName());
    assertEquals("GenAI compliance", report.getName(Locale.ENGLISH));
    assertEquals(MavenReport.CATEGORY_PROJECT_REPORTS, report.getCategoryName());
    assertTrue(report.isExternalReport());
  }

  @Test
  void thePageOfAModuleShippingAnUndeclaredSdkIsTheHtmlReportWithGai302() throws Exception {
    Files.writeString(project.resolve("genai-policy.yaml"), POLICY);
    FixtureCompiler.compile(project, Map.of("com/example/Plain.java",
        "package com.example; public class Plain { }"));
    Artifact sdk = MojoFixtures.openAiCore(project);
    MavenProject maven = MojoHarness.project(project, "pipeline");
    maven.setArtifacts(new LinkedHashSet<>(List.of(sdk)));
    SiteReportMojo report = siteReport(maven, Map.of("guidelines.asOf", "2026-01-15"));
    Path site = project.resolve("target/site");
    report.setReportOutputDirectory(site.toFile());
    report.generate(null, Locale.ENGLISH);

    assertEquals(List.of("[INFO] GenAI compliance page of pipeline: 0 uses (0 SOCIALIZE,"
        + " 0 APPROVED, 0 NEEDS_APPROVAL, 0 PROHIBITED), 0 undeclared calls, 1 error, 0 warnings:"
        + " target/site/genai-compliance.html"), log.lines());
    String page = Files.readString(site.resolve("genai-compliance.html"));
    assertTrue(page.contains("<code>com.openai:openai-java-core:4.8.0</code></th><td>OpenAI</td>"
        + "<td><ul class=\"finding-list\"><li class=\"finding sev-error\">"), page);
    assertTrue(page.contains("<p>1 runtime dependency analysed in this build, none read from the"
        + " build&#39;s cache.</p>"), page);
    // Without the site's cache, report analyses the SDK again, as a clean build does; read from
    // the cache, its page would say so in a banner the site's page has not.
    Path cache = project.resolve("target").resolve(RuntimeDependencies.CACHE_DIRECTORY);
    try (Stream<Path> files = Files.walk(cache)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
    harness.mojo("report", maven, Map.of("guidelines.asOf", "2026-01-15",
        "guidelines.formats", "html", "guidelines.attach", "false"), new RecordingLog()).execute();
    assertEquals(Files.readString(
        project.resolve("target/genai-compliance/genai-compliance.html")), page);
  }

  /** The page of a module shipping {@link MojoFixtures#MATTES}'s library, with its catalog or not. */
  private String pageShippingTheLibrary(boolean catalog) throws Exception {
    Files.writeString(project.resolve("genai-policy.yaml"), POLICY);
    FixtureCompiler.compile(project, Map.of("com/example/previs/Boards.java", BOARDS));
    MavenProject maven = MojoHarness.project(project, "pipeline");
    maven.setArtifacts(new LinkedHashSet<>(List.of(MojoFixtures.aikit(
        MojoFixtures.declaringLibrary(project.resolve("aikit-build"), catalog), "com.studio",
        "1.0"))));
    SiteReportMojo report = siteReport(maven, Map.of("guidelines.asOf", "2026-01-15"));
    report.setReportOutputDirectory(project.resolve("target/site").toFile());
    report.generate(null, Locale.ENGLISH);
    return Files.readString(project.resolve("target/site/genai-compliance.html"));
  }

  @Test
  void thePageJudgesTheUsesItsDependenciesDeclareAsReportDoes() throws Exception {
    String page = pageShippingTheLibrary(true);

    // studio-gen is not in this module's registry, nor APR-STALE in its ledger: its policy, not
    // the library's, judges the use.
    assertEquals(List.of("[INFO] GenAI compliance page of pipeline: 2 uses (1 SOCIALIZE,"
        + " 0 APPROVED, 1 NEEDS_APPROVAL, 0 PROHIBITED; 1 declared by dependencies), 0 undeclared"
        + " calls, 3 errors, 0 warnings: target/site/genai-compliance.html"), log.lines());
    assertTrue(page.contains("<span class=\"dependency\">com.studio:aikit:1.0</span>"), page);
  }

  @Test
  void twinALibraryWithoutTheCatalogAddsNoUseToThePage() throws Exception {
    String page = pageShippingTheLibrary(false);

    assertEquals(List.of("[INFO] GenAI compliance page of pipeline: 1 use (1 SOCIALIZE,"
        + " 0 APPROVED, 0 NEEDS_APPROVAL, 0 PROHIBITED), 0 undeclared calls, 0 errors, 0 warnings:"
        + " target/site/genai-compliance.html"), log.lines());
    assertFalse(page.contains("class=\"dependency\""), page);
  }

  @Test
  void skippedOrAPomProjectHasNoPageAndSaysWhy() throws Exception {
    assertFalse(siteReport(MojoHarness.project(project, "pipeline"),
        Map.of("guidelines.skip", "true")).canGenerateReport());
    MavenProject parent = MojoHarness.project(project, "studio-parent");
    parent.setPackaging("pom");
    assertFalse(siteReport(parent, Map.of()).canGenerateReport());

    assertEquals(List.of("[INFO] Skipping the GenAI compliance page: guidelines.skip is true",
        "[INFO] No GenAI compliance page for studio-parent: its packaging is pom, so it has no"
            + " compiled classes"), log.lines());
    assertFalse(Files.exists(project.resolve("target/site")));
  }

  @Test
  void sourcesWithoutClassesFailTheSiteSayingToBuildFirst() throws Exception {
    Files.createDirectories(project.resolve("src/main/java/com/x"));
    Files.writeString(project.resolve("src/main/java/com/x/A.java"), "package com.x; class A {}");
    SiteReportMojo report = siteReport(MojoHarness.project(project, "pipeline"), Map.of());

    MavenReportException e = assertThrows(MavenReportException.class,
        () -> report.generate(null, Locale.ENGLISH));
    assertEquals("No compiled classes in target/classes although the project has Java sources:"
        + " build them before the site (mvn verify site), or set guidelines.classesDirectory to"
        + " where the classes are.", e.getMessage());
  }
}
