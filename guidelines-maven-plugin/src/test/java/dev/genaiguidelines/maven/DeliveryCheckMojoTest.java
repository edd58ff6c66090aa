package dev.genaiguidelines.maven;

import static dev.genaiguidelines.maven.DeliveryFixtures.CROWD;
import static dev.genaiguidelines.maven.DeliveryFixtures.POLICY;
import static dev.genaiguidelines.maven.DeliveryFixtures.STORYBOARD;
import static dev.genaiguidelines.maven.DeliveryFixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.annotations.GenAiUseDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code delivery-check} as Maven configures it: the delivery folder, skip, the catalog of the
 * runtime class path, every kind of offence with its twin that passes, and the verdicts judged
 * again with the current policy.
 */
class DeliveryCheckMojoTest {

  private static final String HEADER = "[INFO] GenAI delivery check of delivery: 2 uses in the"
      + " catalog of the runtime class path, verdicts judged again with policy netflix-2025"
      + " (genai-policy.yaml), as of ";

  @TempDir Path temp;

  private Path project;
  private Path delivery;
  @RegisterExtension final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void start() throws Exception {
    project = temp.resolve("pipeline");
    delivery = project.resolve("delivery");
    Files.createDirectories(delivery);
  }

  /** The pipeline: its own previs classes, and the vfx module as a runtime dependency. */
  private MavenProject pipeline(boolean withVfx) throws Exception {
    DeliveryFixtures.catalogModule(project, "com.example.previs.Previs_GenAiUses", STORYBOARD);
    MavenProject maven = MojoHarness.project(project, "pipeline");
    if (withVfx) {
      Path vfx = DeliveryFixtures.catalogModule(temp.resolve("vfx"),
          "com.example.vfx.CrowdExtender_GenAiUses", CROWD);
      DeliveryFixtures.dependOn(maven, "vfx", vfx);
    }
    Files.writeString(project.resolve("genai-policy.yaml"), POLICY);
    return maven;
  }

  private Mojo mojo(MavenProject maven, Map<String, String> properties) throws Exception {
    return harness.mojo("delivery-check", maven, properties, log);
  }

  private Mojo mojo(MavenProject maven, String asOf) throws Exception {
    return mojo(maven, Map.of("guidelines.deliveryDirectory", "delivery",
        "guidelines.asOf", asOf));
  }

  @Test
  void withoutADeliveryFolderItSaysWhatToSet() throws Exception {
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> mojo(pipeline(true), Map.of()).execute());
    assertEquals("No delivery folder given: set guidelines.deliveryDirectory to the folder about"
        + " to be delivered, e.g. mvn guidelines:delivery-check"
        + " -Dguidelines.deliveryDirectory=/mnt/deliveries/ep101", e.getMessage());
  }

  @Test
  void aMissingDeliveryFolderIsAnError() throws Exception {
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> mojo(pipeline(true),
        Map.of("guidelines.deliveryDirectory", "ep101")).execute());
    assertEquals("guidelines.deliveryDirectory " + project.resolve("ep101")
        + " does not exist: give the folder about to be delivered.", e.getMessage());
  }

  @Test
  void aFileIsNotADeliveryFolder() throws Exception {
    Path asset = render(delivery, "shot_010.exr", "crowd", CROWD);
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> mojo(pipeline(true),
        Map.of("guidelines.deliveryDirectory", asset.toString())).execute());
    assertEquals("guidelines.deliveryDirectory " + asset + " is not a directory: give the folder"
        + " that holds the delivery, not one of its files.", e.getMessage());
  }

  @Test
  void skipLogsWhyAndChecksNothingNotEvenTheFolder() throws Exception {
    render(delivery, "boards/board_010.png", "sketch", STORYBOARD);
    mojo(pipeline(true), Map.of("guidelines.skip", "true")).execute();
    mojo(pipeline(true), Map.of("guidelines.skip", "true", "guidelines.deliveryDirectory",
        "delivery")).execute();
    assertEquals(List.of("[INFO] Skipping GenAI guidelines: guidelines.skip is true",
        "[INFO] Skipping GenAI guidelines: guidelines.skip is true"), log.lines());
  }

  @Test
  void aBadAsOfIsAMisconfigurationBeforeTheFolderIsRead() throws Exception {
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> mojo(pipeline(true), "2026-02-30").execute());
    assertTrue(e.getMessage().startsWith("Invalid guidelines.asOf '2026-02-30'"), e.getMessage());
    assertEquals(List.of(), log.lines());
  }

  @Test
  void approvedFinalAssetsPass() throws Exception {
    render(delivery, "shots/shot_010.exr", "crowd 010", CROWD);
    render(delivery, "shots/reel2/shot_020.exr", "crowd 020", CROWD);
    Files.writeString(delivery.resolve("README.txt"), "not generated, no sidecar");
    mojo(pipeline(true), "2026-06-01").execute();
    assertEquals(List.of(HEADER + "2026-06-01",
        "[INFO] Delivery check passed: 2 assets with GenAI provenance, all cleared for delivery."),
        log.lines());
  }

  @Test
  void aTemporaryAssetFailsTheCheckAndIsNamed() throws Exception {
    render(delivery, "shots/shot_010.exr", "crowd 010", CROWD);
    render(delivery, "boards/board_010.png", "sketch 010", STORYBOARD);
    MojoFailureException e = assertThrows(MojoFailureException.class,
        () -> mojo(pipeline(true), "2026-06-01").execute());
    assertEquals(List.of(HEADER + "2026-06-01",
        "[ERROR] boards/board_010.png: generated by temporary use 'storyboard-frames' (output"
            + " TEMPORARY): temporary material must not be delivered"), log.lines());
    assertEquals("Delivery check failed: 1 offence in delivery (2 sidecars checked). Each is"
        + " listed above with its file and reason; do not deliver the folder until they are"
        + " fixed.", e.getMessage());
  }

  @Test
  void aUseFromADependencyIsKnownOnlyWhenTheDependencyIsOnTheRuntimeClassPath() throws Exception {
    render(delivery, "shots/shot_010.exr", "crowd 010", CROWD);
    MojoFailureException e = assertThrows(MojoFailureException.class,
        () -> mojo(pipeline(false), "2026-06-01").execute());
    assertEquals(List.of(HEADER.replace("2 uses", "1 use") + "2026-06-01",
        "[ERROR] shots/shot_010.exr: generated by use 'crowd-extension', which the catalog does"
            + " not declare: put the module that declares it on the class path, or regenerate the"
            + " asset under a declared use"), log.lines());
    assertTrue(e.getMessage().startsWith("Delivery check failed: 1 offence in delivery"),
        e.getMessage());
  }

  @Test
  void anUnreadableSidecarIsAnOffenceNeverAPass() throws Exception {
    render(delivery, "shots/shot_010.exr", "crowd 010", CROWD);
    Files.writeString(delivery.resolve("shots/shot_010.exr.genai.json"), "{\"genaiProvenance\": 2}");
    assertThrows(MojoFailureException.class, () -> mojo(pipeline(true), "2026-06-01").execute());
    assertEquals(2, log.lines().size(), log.lines().toString());
    assertTrue(log.lines().get(1).startsWith(
        "[ERROR] shots/shot_010.exr.genai.json: cannot be read: 1:"), log.lines().toString());
  }

  @Test
  void anApprovalThatExpiredSinceTheBuildFailsTheDelivery() throws Exception {
    render(delivery, "shots/shot_010.exr", "crowd 010", CROWD);
    MojoFailureException e = assertThrows(MojoFailureException.class,
        () -> mojo(pipeline(true), "2099-10-01").execute());
    assertEquals(List.of(HEADER + "2099-10-01",
        "[ERROR] shots/shot_010.exr: generated by use 'crowd-extension', APPROVED when its module"
            + " was compiled, but as of 2099-10-01 policy netflix-2025 (genai-policy.yaml) judges"
            + " it NEEDS_APPROVAL: [GAI004] use 'crowd-extension': approval 'APR-2025-0042'"
            + " expired on 2099-09-01 (as of 2099-10-01) (Netflix GenAI guidance, written approval"
            + " must exist, be current and name the use it clears). Fix: renew approval 'APR-2025-0042' with the"
            + " studio and update its expires: date in the ledger."), log.lines());
    assertTrue(e.getMessage().startsWith("Delivery check failed: 1 offence in delivery (1 sidecar"
        + " checked)."), e.getMessage());
  }

  @Test
  void recheckVerdictsFalseTrustsTheCompiledVerdict() throws Exception {
    render(delivery, "shots/shot_010.exr", "crowd 010", CROWD);
    mojo(pipeline(true), Map.of("guidelines.deliveryDirectory", "delivery", "guidelines.asOf",
        "2026-10-01", "guidelines.recheckVerdicts", "false")).execute();
    assertEquals(List.of("[INFO] GenAI delivery check of delivery: 2 uses in the catalog of the"
            + " runtime class path, verdicts as compiled into the catalog",
        "[INFO] Delivery check passed: 1 asset with GenAI provenance, all cleared for delivery."),
        log.lines());
  }

  @Test
  void withoutAPolicyFileTheCompiledVerdictsAreTrustedAndItSaysSo() throws Exception {
    render(delivery, "shots/shot_010.exr", "crowd 010", CROWD);
    MavenProject maven = pipeline(true);
    Files.delete(project.resolve("genai-policy.yaml"));
    mojo(maven, "2026-10-01").execute();
    assertEquals(List.of("[WARNING] No genai-policy.yaml in " + project + ", so approvals and"
            + " consents cannot be checked again: the verdicts compiled into the catalog are"
            + " trusted. Set guidelines.policy to the studio's policy file, or"
            + " guidelines.recheckVerdicts=false to say so.",
        "[INFO] GenAI delivery check of delivery: 2 uses in the catalog of the runtime class"
            + " path, verdicts as compiled into the catalog",
        "[INFO] Delivery check passed: 1 asset with GenAI provenance, all cleared for delivery."),
        log.lines());
  }

  @Test
  void anEmptyCatalogIsWarnedAbout() throws Exception {
    render(delivery, "shots/shot_010.exr", "crowd 010", CROWD);
    MavenProject maven = MojoHarness.project(project, "pipeline");
    Files.writeString(project.resolve("genai-policy.yaml"), POLICY);
    assertThrows(MojoFailureException.class, () -> mojo(maven, "2026-06-01").execute());
    assertEquals("[WARNING] The GenAI catalog of pipeline's runtime class path is empty: none of"
        + " its modules was compiled with the guidelines processor. Run delivery-check in the"
        + " project whose runtime class path is the pipeline that made the assets"
        + " (mvn -pl <module> ...).", log.lines().get(1));
  }

  @Test
  void aProviderThatCannotBeLoadedIsAnErrorThatNamesIt() throws Exception {
    MavenProject maven = pipeline(true);
    Path services = project.resolve(
        "target/classes/META-INF/services/dev.genaiguidelines.annotations.GenAiCatalog$Provider");
    Files.writeString(services, "com.example.previs.Gone_GenAiUses\n");
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> mojo(maven, "2026-06-01").execute());
    assertTrue(e.getMessage().startsWith("Cannot load the GenAI catalog: "), e.getMessage());
    assertTrue(e.getMessage().contains("com.example.previs.Gone_GenAiUses"), e.getMessage());
  }

  @Test
  void sourcesWithoutClassesAreAnError() throws Exception {
    Path source = project.resolve("src/main/java/com/example/A.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "package com.example; class A {}");
    Files.writeString(project.resolve("genai-policy.yaml"), POLICY);
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> mojo(MojoHarness.project(project, "pipeline"), "2026-06-01").execute());
    assertEquals("No compiled classes in target/classes although the project has Java sources, so"
        + " the GenAI catalog would lack their uses: compile first (mvn compile"
        + " guidelines:delivery-check ...).", e.getMessage());
  }

  @Test
  void aPomProjectIsGatedWithTheCatalogOfItsDependencies() throws Exception {
    render(delivery, "shots/shot_010.exr", "crowd 010", CROWD);
    MavenProject maven = pipeline(true);
    maven.setPackaging("pom");
    mojo(maven, "2026-06-01").execute();
    assertEquals("[INFO] Delivery check passed: 1 asset with GenAI provenance, all cleared for"
        + " delivery.", log.lines().get(1));
  }
  /** {@code use} with another id, element and tool, as a crafted sidecar may record it. */
  private static GenAiUseDescriptor crafted(GenAiUseDescriptor use, String id, String element,
      String tool) {
    return new GenAiUseDescriptor(id, element, tool, use.purpose(), use.output(), use.inputs(),
        use.creates(), use.context(), use.unionCoveredWork(), use.model(), use.approval(),
        use.consent(), use.verdict());
  }

  @Test
  void idsElementsToolsAndFileNamesFromTheFolderStayOnOneLine() throws Exception {
    String raw = HostileText.RAW;
    String quoted = HostileText.QUOTED;
    render(delivery, "shots/" + raw + ".exr", "crowd 010",
        crafted(CROWD, "crowd" + raw, CROWD.element(), CROWD.tool()));
    render(delivery, "shots/element.exr", "crowd 020",
        crafted(CROWD, CROWD.id(), CROWD.element() + raw, CROWD.tool()));
    render(delivery, "shots/tool.exr", "crowd 030",
        crafted(CROWD, CROWD.id(), CROWD.element(), CROWD.tool() + raw));

    MojoFailureException e = assertThrows(MojoFailureException.class,
        () -> mojo(pipeline(true), "2026-06-01").execute());

    assertEquals(List.of(HEADER + "2026-06-01",
        "[ERROR] shots/element.exr: generated by use 'crowd-extension' at"
            + " com.example.vfx.CrowdExtender" + quoted + ", but the catalog declares"
            + " 'crowd-extension' only at com.example.vfx.CrowdExtender: regenerate the asset"
            + " under the current declaration and stamp it again",
        "[ERROR] shots/" + quoted + ".exr: generated by use 'crowd" + quoted + "', which the"
            + " catalog does not declare: put the module that declares it on the class path, or"
            + " regenerate the asset under a declared use",
        "[ERROR] shots/tool.exr: generated by use 'crowd-extension' with tool 'runway-gen4"
            + quoted + "', but the catalog now declares tool 'runway-gen4': regenerate the asset"
            + " under the current declaration and stamp it again"), log.lines());
    HostileText.assertOneLineEach(log.lines());
    assertEquals("Delivery check failed: 3 offences in delivery (3 sidecars checked). Each is"
        + " listed above with its file and reason; do not deliver the folder until they are"
        + " fixed.", e.getMessage());
  }
}
