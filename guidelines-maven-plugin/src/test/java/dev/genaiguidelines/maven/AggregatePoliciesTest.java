package dev.genaiguidelines.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report-aggregate judges each module with the policy its own report uses: a module's own
 * genai-policy.yaml registers a tool and a detect marker the root's does not. Regression test for
 * the aggregate that judged every module with the root's policy.
 */
class AggregatePoliciesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static final String ROOT_POLICY = """
      policy: netflix-2025
      tools:
        - id: studio-gen
          vendor: Studio AI Gateway
          enterpriseSecured: true
          trainsOnInputs: false
          retainsInputs: false
      approvals:
        - id: APR-1
          uses: [crowd-extension]
          approvedBy: Studio Legal
          date: 2025-09-01
        - id: APR-STALE
          uses: [matte-painting]
          approvedBy: Studio Legal
          date: 2025-09-01
      consents: []
      """;

  /** Dubbing's own file: the voice lab and the studio's gateway package, which the root lacks. */
  static final String DUBBING_POLICY = """
      policy: netflix-2025
      tools:
        - id: voice-lab
          vendor: Voice Lab
          enterpriseSecured: true
          trainsOnInputs: false
          retainsInputs: false
      approvals:
        - id: APR-1
          uses: [crowd-extension]
          approvedBy: Studio Legal
          date: 2025-09-01
      consents: []
      detect:
        packages: [com.example.aigateway]
      """;

  static final String BOARDS = """
      package com.example.previs;

      import dev.genaiguidelines.annotations.*;

      public class Storyboards {
        @GenAiUse(id = "storyboard-frames", tool = "studio-gen", purpose = "Drafts frames.",
            output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.PREVIS)
        public String draft(String shot) {
          return shot;
        }
      }
      """;

  static final String CROWD = """
      package com.example.vfx;

      import dev.genaiguidelines.annotations.*;

      @GenAiUse(id = "crowd-extension", tool = "studio-gen",
          purpose = "Extends crowds in wide shots.", output = Output.FINAL_DELIVERABLE,
          inputs = DataInput.PRODUCTION_MATERIAL, creates = Creates.BACKGROUND_ELEMENT,
          approval = "APR-1")
      public class CrowdExtender {
        public void extend() {}
      }
      """;

  private static final String DRAFTS = """
      package com.example.dub;

      import dev.genaiguidelines.annotations.*;

      @GenAiUse(id = "dub-draft", tool = "voice-lab", purpose = "Drafts dubbing scripts.",
          output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.LOCALIZATION)
      public class DubDrafts {
        public void draft() {}
      }
      """;

  private static final String GATEWAY = """
      package com.example.aigateway;

      public class Client {
        public String send(String prompt) { return prompt; }
      }
      """;

  private static final String QUICK_DUB = """
      package com.example.dub;

      public class QuickDub {
        public String run(String line) {
          return new com.example.aigateway.Client().send(line);
        }
      }
      """;

  @TempDir Path reactor;

  private final MojoHarness harness = new MojoHarness();
  private final RecordingLog log = new RecordingLog();
  private MavenProject root;
  private MavenProject previs;
  private MavenProject vfx;
  private MavenProject dubbing;

  /**
   * The reactor both aggregate tests start from, compiled in {@code dir}: the root (pom) with
   * {@link #ROOT_POLICY}, previs declaring storyboard-frames and vfx crowd-extension.
   */
  record Reactor(MavenProject root, MavenProject previs, MavenProject vfx) {
    static Reactor compiled(Path dir) throws Exception {
      Files.writeString(dir.resolve("genai-policy.yaml"), ROOT_POLICY);
      FixtureCompiler.compile(dir.resolve("previs"),
          Map.of("com/example/previs/Storyboards.java", BOARDS));
      FixtureCompiler.compile(dir.resolve("vfx"),
          Map.of("com/example/vfx/CrowdExtender.java", CROWD));
      MavenProject root = MojoHarness.project(dir, "studio-reactor");
      root.getModel().setPackaging("pom");
      return new Reactor(root, MojoHarness.project(dir.resolve("previs"), "previs"),
          MojoHarness.project(dir.resolve("vfx"), "vfx"));
    }

    /** The root, then its modules, as a reactor lists them. */
    List<MavenProject> all() {
      return List.of(root, previs, vfx);
    }
  }

  @BeforeEach
  void reactorWithAModuleOfItsOwnPolicy() throws Exception {
    harness.start();
    Reactor compiled = Reactor.compiled(reactor);
    FixtureCompiler.compile(reactor.resolve("dubbing"), Map.of(
        "com/example/dub/DubDrafts.java", DRAFTS, "com/example/aigateway/Client.java", GATEWAY,
        "com/example/dub/QuickDub.java", QUICK_DUB));
    Files.writeString(reactor.resolve("dubbing/genai-policy.yaml"), DUBBING_POLICY);
    root = compiled.root();
    previs = compiled.previs();
    vfx = compiled.vfx();
    dubbing = MojoHarness.project(reactor.resolve("dubbing"), "dubbing");
  }

  @AfterEach
  void stop() throws Exception {
    harness.stop();
  }

  private List<MavenProject> all() {
    return List.of(root, previs, vfx, dubbing);
  }

  private JsonNode aggregate(List<MavenProject> built, Map<String, String> properties)
      throws Exception {
    harness.aggregateMojo(root, built, all(), properties, log).execute();
    return MAPPER.readTree(reactor.resolve("target/genai-compliance/genai-compliance.json")
        .toFile());
  }

  /** {@code field} of each object in {@code array}, in order. */
  static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.path(field).asText()));
    return values;
  }

  /** A module's unreadable class file is listed in the aggregate too: it is never silent. */
  @Test
  void anUnreadableClassOfAModuleIsListedInTheAggregate() throws Exception {
    Files.writeString(reactor.resolve("vfx/target/classes/com/example/vfx/Notes.class"),
        "not a class", java.nio.charset.StandardCharsets.UTF_8);
    JsonNode report = aggregate(all(), Map.of("guidelines.asOf", "2026-01-15"));

    assertEquals(List.of("vfx/target/classes/com/example/vfx/Notes.class"),
        texts(report.get("unreadable"), "file"));
    assertEquals(List.of("not a class file (bad magic 0x6E6F7420)"),
        texts(report.get("unreadable"), "reason"));
    assertTrue(log.lines().stream().anyMatch(line -> line.startsWith("[WARNING] GenAI aggregate"
        + " report: module vfx: Cannot read class file target/classes/com/example/vfx/Notes.class:"
        + " not a class file")),
        log.lines().toString());
  }

  @Test
  void aReactorWhoseClassesAllReadListsNoUnreadableFile() throws Exception {
    JsonNode report = aggregate(all(), Map.of("guidelines.asOf", "2026-01-15"));
    assertEquals(0, report.get("unreadable").size());
    assertFalse(log.lines().stream().anyMatch(line -> line.contains("Cannot read class file")));
  }

  @Test
  void aModuleWithItsOwnPolicyIsJudgedAsItsOwnReportJudgesIt() throws Exception {
    JsonNode report = aggregate(all(), Map.of("guidelines.asOf", "2026-01-15"));

    assertEquals(List.of("crowd-extension", "dub-draft", "storyboard-frames"),
        texts(report.get("uses"), "id"));
    assertEquals(List.of("vfx", "dubbing", "previs"), texts(report.get("uses"), "module"));
    // voice-lab is only in dubbing's registry: under the root's policy dub-draft needs approval.
    assertEquals(List.of("APPROVED", "SOCIALIZE", "SOCIALIZE"),
        texts(report.get("uses"), "verdict"));
    // com.example.aigateway is only in dubbing's detect section.
    assertEquals(List.of("com.example.aigateway.Client#<init>()",
        "com.example.aigateway.Client#send(java.lang.String)"),
        texts(report.get("undeclared"), "target"));
    assertEquals(List.of("GAI301", "GAI301"), texts(report.get("undeclared"), "rule"));

    assertEquals("genai-policy.yaml", report.at("/policy/source").asText());
    JsonNode modules = report.get("modulePolicies");
    assertEquals(1, modules.size(), modules.toString());
    assertEquals("dubbing", modules.get(0).get("module").asText());
    assertEquals("netflix-2025", modules.get(0).get("name").asText());
    assertEquals("dubbing/genai-policy.yaml", modules.get(0).get("source").asText());
    assertEquals(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(reactor.resolve("dubbing/genai-policy.yaml")))),
        modules.get(0).get("sha256").asText());
    assertTrue(log.lines().contains("[INFO] GenAI aggregate report: dubbing is judged with its"
        + " own policy dubbing/genai-policy.yaml"), log.lines().toString());

    // The module's own report says the same.
    harness.mojo("report", dubbing, Map.of("guidelines.asOf", "2026-01-15"), new RecordingLog(),
        all(), session -> session.getRequest().setMultiModuleProjectDirectory(root.getBasedir()))
        .execute();
    JsonNode own = MAPPER.readTree(
        reactor.resolve("dubbing/target/genai-compliance/genai-compliance.json").toFile());
    assertEquals(List.of("SOCIALIZE"), texts(own.get("uses"), "verdict"));
    assertEquals(texts(own.get("undeclared"), "target"),
        texts(report.get("undeclared"), "target"));
    assertEquals(texts(own.get("undeclared"), "element"),
        texts(report.get("undeclared"), "element"));
  }

  @Test
  void anExplicitPolicyJudgesEveryModuleAndRecordsNoModulePolicy() throws Exception {
    JsonNode report = aggregate(all(), Map.of("guidelines.asOf", "2026-01-15",
        "guidelines.policy", reactor.resolve("genai-policy.yaml").toString()));
    assertEquals(List.of("APPROVED", "NEEDS_APPROVAL", "SOCIALIZE"),
        texts(report.get("uses"), "verdict"));
    assertEquals(0, report.get("undeclared").size(), report.get("undeclared").toString());
    assertFalse(report.has("modulePolicies"), report.toString());
  }

  @Test
  void withoutAFileOfItsOwnAModuleUsesTheRootsPolicy() throws Exception {
    Files.delete(reactor.resolve("dubbing/genai-policy.yaml"));
    JsonNode report = aggregate(all(), Map.of("guidelines.asOf", "2026-01-15"));
    assertEquals(List.of("APPROVED", "NEEDS_APPROVAL", "SOCIALIZE"),
        texts(report.get("uses"), "verdict"));
    assertFalse(report.has("modulePolicies"), report.toString());
    assertTrue(log.lines().stream().noneMatch(l -> l.contains("its own policy")),
        log.lines().toString());
  }

  @Test
  void aStaleApprovalIsReportedOnceAndOneCoveringAnotherModulesUseIsNot() throws Exception {
    JsonNode report = aggregate(all(), Map.of("guidelines.asOf", "2026-01-15"));
    // APR-1 is in both files and covers vfx's crowd-extension: dubbing's copy is not stale
    // either, although no use judged with dubbing's file names it.
    assertEquals(List.of("APR-STALE"), texts(report.get("ledgerFindings"), "subject"));
    assertEquals(List.of("GAI008"), texts(report.get("ledgerFindings"), "rule"));
    String message = report.at("/ledgerFindings/0/message").asText();
    assertTrue(message.startsWith("[GAI008] approval 'APR-STALE': it lists 'matte-painting', none"
        + " of which is declared"), message);
    assertTrue(log.lines().contains("[WARNING] genai-policy.yaml: " + message),
        log.lines().toString());
  }

  @Test
  void underPlTheLedgerIsNotJudgedAndTheLogSaysWhy() throws Exception {
    // mvn -pl previs,dubbing: vfx, which holds the use APR-1 covers, is not in the build.
    JsonNode report = aggregate(List.of(root, previs, dubbing),
        Map.of("guidelines.asOf", "2026-01-15"));
    assertEquals(0, report.get("ledgerFindings").size(), report.get("ledgerFindings").toString());
    assertEquals(0, report.at("/summary/warnings").asInt());
    assertTrue(log.lines().contains("[INFO] GenAI aggregate report: unused ledger records"
        + " (GAI008) are not judged, because vfx is not in this build (-pl). A use the ledger"
        + " covers may be in what is missing; build the whole reactor to judge them."),
        log.lines().toString());
  }

  @Test
  void aModuleWithSourcesButNoClassesKeepsTheLedgerUnjudged() throws Exception {
    deleteTree(reactor.resolve("vfx/target"));
    JsonNode report = aggregate(all(), Map.of("guidelines.asOf", "2026-01-15"));
    assertEquals(0, report.get("ledgerFindings").size(), report.get("ledgerFindings").toString());
    assertTrue(log.lines().contains("[INFO] GenAI aggregate report: unused ledger records"
        + " (GAI008) are not judged, because vfx has no classes. A use the ledger covers may be"
        + " in what is missing; build the whole reactor to judge them."), log.lines().toString());
  }

  @Test
  void reportJudgesTheLedgerOnlyAsTheWholeReactor() throws Exception {
    // vfx built alone: a single-project reactor sees every use the ledger can cover.
    harness.mojo("report", vfx, Map.of("guidelines.asOf", "2026-01-15"), log, List.of(vfx),
        session -> session.getRequest().setMultiModuleProjectDirectory(root.getBasedir()))
        .execute();
    Path json = reactor.resolve("vfx/target/genai-compliance/genai-compliance.json");
    assertEquals(List.of("APR-STALE"), texts(MAPPER.readTree(json.toFile()).get("ledgerFindings"),
        "subject"));

    // The same module in the four-project reactor: another module may hold matte-painting.
    harness.mojo("report", vfx, Map.of("guidelines.asOf", "2026-01-15"), log, all(),
        session -> session.getRequest().setMultiModuleProjectDirectory(root.getBasedir()))
        .execute();
    assertEquals(0, MAPPER.readTree(json.toFile()).get("ledgerFindings").size());
  }

  private static void deleteTree(Path dir) throws Exception {
    try (var files = Files.walk(dir)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
