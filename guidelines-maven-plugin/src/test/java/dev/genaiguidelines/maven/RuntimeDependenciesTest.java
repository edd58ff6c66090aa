package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.maven.report.DependencyAnalysis;
import dev.genaiguidelines.maven.scan.GenAiDependency;
import dev.genaiguidelines.policy.DetectionMarkers;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.PolicyFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * The GenAI SDKs {@code report} lists: those of the compile and runtime scopes, the class path
 * that ships, and never those only tests or the container bring.
 */
class RuntimeDependenciesTest {

  @TempDir Path temp;

  private final List<String> warnings = new ArrayList<>();

  private Artifact sdk(String artifactId, String scope) throws IOException {
    Path jar = temp.resolve(artifactId + ".jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new ZipEntry("com/openai/client/OpenAIClient.class"));
      out.closeEntry();
    }
    Artifact artifact = new DefaultArtifact("com.openai", artifactId, "4.8.0", scope, "jar", null,
        new DefaultArtifactHandler("jar"));
    artifact.setFile(jar.toFile());
    return artifact;
  }

  private List<GenAiDependency> scan(Artifact... artifacts) {
    MavenProject project = new MavenProject(new Model());
    project.setArtifacts(new LinkedHashSet<>(List.of(artifacts)));
    return RuntimeDependencies.find(project, DetectionMarkers.NONE, warnings::add)
        .sdks();
  }

  @Test
  void compileAndRuntimeScopedSdksShip() throws IOException {
    assertEquals(List.of(
        new GenAiDependency("com.openai", "at-compile", "4.8.0", "OpenAI", false),
        new GenAiDependency("com.openai", "at-runtime", "4.8.0", "OpenAI", false)),
        scan(sdk("at-runtime", Artifact.SCOPE_RUNTIME), sdk("at-compile", Artifact.SCOPE_COMPILE)));
    assertEquals(List.of(), warnings);
  }

  @Test
  void testAndProvidedScopedSdksDoNotShip() throws IOException {
    assertEquals(List.of(), scan(sdk("in-tests", Artifact.SCOPE_TEST),
        sdk("in-container", Artifact.SCOPE_PROVIDED)));
    assertEquals(List.of(), warnings);
  }

  @Test
  void anAggregateListsEachSdkOnceWithTheModulesThatShipIt() {
    GenAiDependency core = new GenAiDependency("com.openai", "openai-java-core", "4.8.0",
        "OpenAI", false);
    GenAiDependency ollama = new GenAiDependency("io.github.ollama4j", "ollama4j", "1.1.6",
        "Ollama", false);
    Map<String, List<GenAiDependency>> byModule = new TreeMap<>();
    byModule.put("vfx", List.of(core));
    byModule.put("dub", List.of(core, ollama));
    byModule.put("previs", List.of());

    assertEquals(List.of(core.shippedBy(List.of("dub", "vfx")), ollama.shippedBy(List.of("dub"))),
        RuntimeDependencies.shippedBy(byModule));
    assertEquals(List.of("dub", "vfx"), RuntimeDependencies.shippedBy(byModule).get(0).modules());
  }

  @Test
  void aSingleModulesSdkNamesNoModule() throws IOException {
    assertEquals(List.of(), scan(sdk("at-compile", Artifact.SCOPE_COMPILE)).get(0).modules());
  }

  private static final String STUDIO = """
      policy: netflix-2025
      detect:
        packages: [com.studio.aikit]
      """;

  private static final String PROJECT = """
      policy: netflix-2025
      tools: []
      approvals: []
      consents: []
      """;

  /** The studio's own GenAI library: no vendor SDK package, only the studio's. */
  private Artifact aikit() throws IOException {
    Path jar = temp.resolve("aikit.jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new ZipEntry("com/studio/aikit/Chat.class"));
      // A real (empty) class: the dependency scan reads the classes of non-SDK jars.
      ClassWriter chat = new ClassWriter(0);
      chat.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "com/studio/aikit/Chat", null,
          "java/lang/Object", null);
      chat.visitEnd();
      out.write(chat.toByteArray());
      out.closeEntry();
    }
    Artifact artifact = new DefaultArtifact("com.studio", "aikit", "2.0", "compile", "jar", null,
        new DefaultArtifactHandler("jar"));
    artifact.setFile(jar.toFile());
    return artifact;
  }

  private List<GenAiDependency> scan(Policy policy, Artifact... artifacts) {
    MavenProject project = new MavenProject(new Model());
    project.setArtifacts(new LinkedHashSet<>(List.of(artifacts)));
    return RuntimeDependencies.find(project, policy.detect(), warnings::add).sdks();
  }

  @Test
  void aPackageTheStudioPolicyDetectsMakesItsLibraryAGenAiSdk() throws Exception {
    Policy studio = PolicyFileReader.readStudio(STUDIO.getBytes(StandardCharsets.UTF_8),
        "com.studio:genai-policy:1.0", Path.of("genai-policy-1.0.jar!/genai-policy.yaml"));
    Policy layered = PolicyFileReader.parse("approvals: []\n", Path.of("genai-policy.yaml"),
        "genai-policy.yaml", studio);

    assertEquals(List.of(new GenAiDependency("com.studio", "aikit", "2.0",
        "detect: com.studio.aikit", false)), scan(layered, aikit()));
  }

  @Test
  void withoutTheStudioLayerTheSameLibraryIsNoSdk() throws Exception {
    Policy alone = PolicyFileReader.parse(PROJECT, Path.of("genai-policy.yaml"),
        "genai-policy.yaml");

    assertEquals(List.of(), scan(alone, aikit()));
    assertEquals(List.of(), warnings);
  }

  @Test
  void anUnreadableDependencyIsLoggedAsAWarning() throws IOException {
    Artifact broken = sdk("broken", Artifact.SCOPE_COMPILE);
    Files.writeString(broken.getFile().toPath(), "truncated");

    assertEquals(List.of(), scan(broken));
    assertEquals(List.of("Cannot read dependency com.openai:broken:4.8.0 (broken.jar): not a"
        + " readable jar or directory (java.util.zip.ZipException: zip END header not found); its"
        + " GenAI SDKs and wrapper calls, if any, are not listed."), warnings);
  }

  private MavenProject built(Artifact... artifacts) {
    Model model = new Model();
    model.setBuild(new Build());
    model.getBuild().setDirectory(temp.resolve("target").toString());
    MavenProject project = new MavenProject(model);
    project.setArtifacts(new LinkedHashSet<>(List.of(artifacts)));
    return project;
  }

  /**
   * A later goal of the same build (check after report, site-report) gets the analysis this
   * build made, with its counts and its warnings: read back from the cache, it would count as an
   * earlier build's, and the reports would say the analysis was not made in this build.
   */
  @Test
  void aLaterGoalOfTheSameBuildGetsThisBuildsAnalysisAndItsWarnings() throws IOException {
    Artifact broken = sdk("broken", Artifact.SCOPE_COMPILE);
    Files.writeString(broken.getFile().toPath(), "truncated");
    MavenProject project = built(sdk("at-compile", Artifact.SCOPE_COMPILE), broken);

    RuntimeDependencies.Found first =
        RuntimeDependencies.find(project, DetectionMarkers.NONE, warnings::add);
    RuntimeDependencies.Found later =
        RuntimeDependencies.find(project, DetectionMarkers.NONE, warnings::add);

    assertEquals(0, first.analysis().fromCache());
    assertEquals(first.analysis(), later.analysis());
    assertEquals(first.sdks(), later.sdks());
    assertEquals(2, warnings.size());
    assertEquals(warnings.get(0), warnings.get(1));
  }

  /** The twin: the next build (another project instance) reads the cache, and counts it. */
  @Test
  void theNextBuildReadsTheCacheAndCountsIt() throws IOException {
    Artifact sdk = sdk("at-compile", Artifact.SCOPE_COMPILE);
    RuntimeDependencies.Found first =
        RuntimeDependencies.find(built(sdk), DetectionMarkers.NONE, warnings::add);
    RuntimeDependencies.Found next =
        RuntimeDependencies.find(built(sdk), DetectionMarkers.NONE, warnings::add);

    assertEquals(0, first.analysis().fromCache());
    assertEquals(first.analysis().analysed(), next.analysis().fromCache());
    assertEquals(first.sdks(), next.sdks());
  }

  /** A dependency jar rewritten between two goals of one build is analysed again. */
  @Test
  void aDependencyRewrittenBetweenGoalsIsAnalysedAgain() throws IOException {
    Artifact sdk = sdk("at-compile", Artifact.SCOPE_COMPILE);
    MavenProject project = built(sdk);
    assertEquals(1, RuntimeDependencies.find(project, DetectionMarkers.NONE, warnings::add)
        .sdks().size());
    Files.writeString(sdk.getFile().toPath(), "truncated, and longer than the jar was before it");

    assertEquals(List.of(), RuntimeDependencies.find(project, DetectionMarkers.NONE,
        warnings::add).sdks());
    assertEquals(1, warnings.size());
  }

  /**
   * Whatever goal runs between two goals of one build (a plugin the engineer binds there) could
   * forge the cache: a later goal that finds something other than the earlier goal found is
   * counted by its own analysis, not the earlier one's. Here the later goal's dependency has the
   * same coordinates, path, size and time, and its cache is gone: it finds no SDK.
   */
  @Test
  void aLaterGoalThatFindsSomethingElseIsCountedByItsOwnAnalysis() throws Exception {
    Path file = temp.resolve("sdk.jar");
    Artifact sdk = new DefaultArtifact("com.openai", "sdk", "4.8.0", "compile", "jar", null,
        new DefaultArtifactHandler("jar"));
    sdk.setFile(file.toFile());
    padded(file, "com/openai/client/OpenAIClient.class", 4096);
    RuntimeDependencies.find(built(sdk), DetectionMarkers.NONE, warnings::add);
    MavenProject project = built(sdk);
    RuntimeDependencies.Found earlier =
        RuntimeDependencies.find(project, DetectionMarkers.NONE, warnings::add);
    assertEquals(new DependencyAnalysis(1, 1), earlier.analysis());

    FileTime time = Files.getLastModifiedTime(file);
    padded(file, "com/studio/plain/Plain.class", Files.size(file));
    Files.setLastModifiedTime(file, time);
    deleteTree(temp.resolve("target"));
    RuntimeDependencies.Found later =
        RuntimeDependencies.find(project, DetectionMarkers.NONE, warnings::add);

    assertEquals(List.of(), later.sdks());
    assertEquals(new DependencyAnalysis(1, 0), later.analysis());
  }

  /** A jar of one class and a stored padding entry, exactly {@code size} bytes long. */
  private static void padded(Path jar, String classEntry, long size) throws IOException {
    for (int padding = 0; ; padding = (int) (padding + size - Files.size(jar))) {
      try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
        out.putNextEntry(new ZipEntry(classEntry));
        out.closeEntry();
        byte[] bytes = new byte[Math.max(padding, 0)];
        ZipEntry pad = new ZipEntry("padding.bin");
        pad.setMethod(ZipEntry.STORED);
        pad.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        pad.setCrc(crc.getValue());
        out.putNextEntry(pad);
        out.write(bytes);
        out.closeEntry();
      }
      if (Files.size(jar) == size || padding < 0) {
        return;
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
