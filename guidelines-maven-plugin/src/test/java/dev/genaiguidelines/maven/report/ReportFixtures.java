package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import dev.genaiguidelines.maven.baseline.BaselineException;
import dev.genaiguidelines.maven.baseline.BaselineReader;
import dev.genaiguidelines.maven.baseline.BaselineReport;
import dev.genaiguidelines.maven.baseline.Changes;
import dev.genaiguidelines.maven.scan.GenAiDependency;
import dev.genaiguidelines.policy.Approval;
import dev.genaiguidelines.policy.Assessment;
import dev.genaiguidelines.policy.Consent;
import dev.genaiguidelines.policy.Policy;
import dev.genaiguidelines.policy.PolicyEvaluator;
import dev.genaiguidelines.policy.Tool;
import dev.genaiguidelines.policy.UndeclaredCall;
import dev.genaiguidelines.policy.UseDeclaration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-made assessments that cover every verdict, finding kind and place the reports show. */
final class ReportFixtures {
  static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);
  static final Instant OUTPUT_TIMESTAMP = Instant.parse("2026-01-01T00:00:00Z");
  static final ReportContext CONTEXT =
      new ReportContext("dev.studio", "vfx-pipeline", "1.4.0", Optional.empty());
  static final ReportContext STAMPED =
      new ReportContext("dev.studio", "vfx-pipeline", "1.4.0", Optional.of(OUTPUT_TIMESTAMP));
  static final String POLICY_SHA256 =
      "3f2a9c41d0b7e85a6c1f4e2d9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b";

  /**
   * Writes to hostile strings: markup, quotes, Markdown and table metacharacters, a control
   * character, a right-to-left override, a JavaScript line separator and a newline.
   */
  static final String HOSTILE_PURPOSE = "<script>alert(\"x\")</script> it's \"quoted\" | pipe "
      + "`tick` *star* _under_ [link](https://x.test) & \u0001ctl \u202Egnp.exe\u2028sep\nnext \\";
  static final String HOSTILE_ID = "bad<id>|\u202E'\"";

  private ReportFixtures() {}

  static Policy policy() {
    return new Policy(Policy.NETFLIX_2025, "genai-policy.yaml", POLICY_SHA256,
        Map.of(
            "runway-gen4", new Tool("runway-gen4", "Runway", true, false, false, "ENT-2025-014"),
            "voicebox", new Tool("voicebox", "Voicebox Labs", false, true, true, "")),
        Map.of(
            "APR-2025-0042", new Approval("APR-2025-0042", List.of("crowd-extension"),
                "Studio Legal", LocalDate.of(2025, 9, 1), Optional.of(LocalDate.of(2026, 9, 1))),
            "APR-2024-0007", new Approval("APR-2024-0007", List.of("retired-use"),
                "Studio Legal", LocalDate.of(2024, 3, 1), Optional.empty())),
        Map.of("CON-2025-007", new Consent("CON-2025-007", List.of("de-aging-pass"),
            "A. Performer", Optional.of(LocalDate.of(2027, 1, 1)))),
        true, true, Map.of(), Map.of(), null);
  }

  /** Five uses: every verdict, findings of every severity, a known and an unknown line. */
  static List<UseDeclaration> uses() {
    return List.of(
        UseDeclaration.builder("com.studio.vfx.CrowdExtender")
            .id("crowd-extension").tool("runway-gen4")
            .purpose("Extends crowds in wide shots with generated background extras.")
            .output(Output.FINAL_DELIVERABLE)
            .inputs(DataInput.PRODUCTION_MATERIAL).creates(Creates.BACKGROUND_ELEMENT)
            .approval("APR-2025-0042")
            .source("src/main/java/com/studio/vfx/CrowdExtender.java", 18)
            .build(),
        UseDeclaration.builder("com.studio.dailies.Tagger#tag(java.nio.file.Path)")
            .id("dailies-tagging").tool("runway-gen4")
            .purpose("Tags dailies with shot type and characters for the editors.")
            .inputs(DataInput.PRODUCTION_MATERIAL).creates(Creates.ANALYSIS)
            .approval("APR-2025-0042")
            .source("src/main/java/com/studio/dailies/Tagger.java", 0)
            .build(),
        UseDeclaration.builder("com.studio.art.CreatureDesigner#design(java.lang.String,int)")
            .id("hero-creature").tool("midjourney").model("v7")
            .purpose("Generates designs for the hero creature.")
            .inputs(DataInput.NONE).creates(Creates.KEY_CHARACTER)
            .source("src/main/java/com/studio/art/CreatureDesigner.java", 41)
            .build(),
        UseDeclaration.builder("com.studio.previs")
            .id("storyboard-frames").tool("runway-gen4")
            .purpose("Draws storyboard frames from the shot list.")
            .inputs(DataInput.NONE).creates(Creates.PREVIS)
            .source("src/main/java/com/studio/previs/package-info.java", 3)
            .build(),
        UseDeclaration.builder("com.studio.dub.Dubbing#voiceClient")
            .id("voice-clone").tool("voicebox").model("2.1")
            .purpose("Re-voices lines in the lead actor's voice for pickups.")
            .output(Output.FINAL_DELIVERABLE)
            .inputs(DataInput.TALENT_LIKENESS).creates(Creates.SYNTHETIC_VOICE)
            .unionCoveredWork(true)
            .source("src/main/java/com/studio/dub/Dubbing.java", 12)
            .build());
  }

  static List<UndeclaredCall> calls() {
    return List.of(
        new UndeclaredCall("com.studio.net.Uploader#send(java.lang.String)", "api.elevenlabs.io",
            "api.elevenlabs.io", "", 0),
        new UndeclaredCall("com.studio.dub.QuickDub#run()",
            "com.openai.client.OpenAIClient#chat()", "com.openai",
            "src/main/java/com/studio/dub/QuickDub.java", 27));
  }

  /**
   * Two wrapper calls of one element to one aikit method, which reaches OpenAI via two aikit
   * elements (an interface method that two implementations answer).
   */
  static Assessment wrapperCallsViaTwoElements() {
    return assess(List.of(),
        List.of(wrapperCall(WRAPPER_VIA_CHAT), wrapperCall(WRAPPER_VIA_IMAGES)));
  }

  static final String WRAPPER_VIA_CHAT =
      "com.example:aikit:1.0 com.example.aikit.ChatAssistant#ask(java.lang.String)";
  static final String WRAPPER_VIA_IMAGES =
      "com.example:aikit:1.0 com.example.aikit.ImageAssistant#ask(java.lang.String)";

  /** {@code Storyboards#pitch()} calling {@code Assistant#ask} at line 12 via {@code via}. */
  static UndeclaredCall wrapperCall(String via) {
    return new UndeclaredCall("com.studio.Storyboards#pitch()",
        "com.example.aikit.Assistant#ask(java.lang.String)", "com.openai",
        "com/studio/Storyboards.java", 12, via, 1);
  }

  /** The golden-file assessment: all four verdicts, findings, undeclared calls, ledger findings. */
  static Assessment assessment() {
    return assess(uses(), calls());
  }

  /** The same uses and calls handed over in reverse order. */
  static Assessment reversed() {
    List<UseDeclaration> uses = new ArrayList<>(uses());
    Collections.reverse(uses);
    List<UndeclaredCall> calls = new ArrayList<>(calls());
    Collections.reverse(calls);
    return assess(uses, calls);
  }

  /**
   * The golden-file assessment with two uses that {@code com.studio:aikit:1.0} declares: one the
   * module's policy allows, one it prohibits (voicebox trains on and retains inputs).
   */
  static Assessment withDependencyUses() {
    List<UseDeclaration> upstream = List.of(
        UseDeclaration.builder("com.studio.aikit.Summarizer#summarize(java.lang.String)")
            .id("meeting-summary").tool("runway-gen4").purpose("Summarises meeting notes.")
            .output(Output.TEMPORARY).inputs(DataInput.NONE).creates(Creates.ANALYSIS)
            .source("aikit-1.0.jar!/com/studio/aikit/Summarizer.java", 12)
            .module("com.studio:aikit:1.0").build(),
        UseDeclaration.builder("com.studio.aikit.Voices")
            .id("temp-voice").tool("voicebox").purpose("Reads temp lines aloud.")
            .output(Output.TEMPORARY).inputs(DataInput.NONE).creates(Creates.PREVIS)
            .source("aikit-1.0.jar!/com/studio/aikit/Voices.java", 9)
            .module("com.studio:aikit:1.0").build());
    return new PolicyEvaluator(policy(), AS_OF).assess(uses(), calls(), upstream, true);
  }

  /** The uses as the aggregate report sees them, each in a module. */
  static Assessment aggregate() {
    List<UseDeclaration> uses = uses().stream()
        .map(use -> use.inModule(moduleOf(use)))
        .toList();
    return assess(uses, calls());
  }

  /** One use whose id, purpose and other strings try to break out of every format. */
  static Assessment hostile() {
    UseDeclaration use = UseDeclaration.builder("com.studio.Evil$Inner#run(java.lang.String[])")
        .id(HOSTILE_ID).tool("runway-gen4").model("<b>v1</b>")
        .purpose(HOSTILE_PURPOSE)
        .inputs(DataInput.NONE).creates(Creates.PREVIS)
        .approval("APR|*_`")
        .module("mod|<i>")
        .source("src/main/java/com/studio/Evil.java", 7)
        .build();
    UndeclaredCall call = new UndeclaredCall("com.studio.Evil#call()", "</script><script>x()",
        "api.openai.com", "src/main/java/com/studio/Evil.java", 9);
    return assess(List.of(use), List.of(call));
  }

  /** The release the "since" fixtures compare with. */
  static final String BASELINE_VERSION = "1.3.0";
  /** Judged a year later than {@link #AS_OF}, when approval APR-2025-0042 had expired. */
  static final LocalDate BASELINE_AS_OF = LocalDate.of(2026, 10, 1);

  /**
   * The uses of release 1.3.0, against {@link #uses()}: crowd-extension declared alike but
   * judged when its approval had expired (a verdict-only change), no hero-creature (added),
   * storyboard-frames with another purpose, voice-clone with model 2.0 and not union-covered,
   * and retired-use, which is gone now.
   */
  static List<UseDeclaration> baselineUses() {
    List<UseDeclaration> uses = new ArrayList<>();
    for (UseDeclaration use : uses()) {
      switch (use.id()) {
        case "hero-creature" -> { }
        case "storyboard-frames" -> uses.add(UseDeclaration.builder(use.element())
            .id(use.id()).tool(use.tool()).purpose("Draws rough storyboard frames.")
            .inputs(DataInput.NONE).creates(Creates.PREVIS)
            .source(use.sourceFile(), use.line()).build());
        case "voice-clone" -> uses.add(UseDeclaration.builder(use.element())
            .id(use.id()).tool(use.tool()).model("2.0").purpose(use.purpose())
            .output(use.output()).inputs(DataInput.TALENT_LIKENESS)
            .creates(Creates.SYNTHETIC_VOICE)
            .source(use.sourceFile(), use.line() + 3).build());
        default -> uses.add(use);
      }
    }
    uses.add(UseDeclaration.builder("com.studio.vfx.RetiredMatte")
        .id("retired-use").tool("runway-gen4").purpose("Paints matte extensions.")
        .output(Output.FINAL_DELIVERABLE).inputs(DataInput.NONE)
        .creates(Creates.BACKGROUND_ELEMENT).approval("APR-2024-0007")
        .source("src/main/java/com/studio/vfx/RetiredMatte.java", 9)
        .build());
    return uses;
  }

  /** Release 1.3.0 already had the QuickDub call, not the Uploader one. */
  static List<UndeclaredCall> baselineCalls() {
    return List.of(calls().get(1));
  }

  /** Release 1.3.0's JSON report, read back as a baseline. */
  static BaselineReport baseline() {
    return baseline(false);
  }

  /** The same, with each use in the module {@link #aggregate()} puts it in when asked. */
  static BaselineReport baseline(boolean inModules) {
    Assessment previous = new PolicyEvaluator(policy(), BASELINE_AS_OF).assess(
        baselineUses().stream().map(use -> inModules ? use.inModule(moduleOf(use)) : use)
            .toList(),
        baselineCalls(), true);
    String json = render(ReportFormat.JSON, new ReportContext("dev.studio", "vfx-pipeline",
        BASELINE_VERSION, Optional.empty()), previous);
    try {
      return BaselineReader.parse(json, Path.of("vfx-pipeline-1.3.0-genai-compliance.json"),
          BASELINE_VERSION);
    } catch (BaselineException e) {
      throw new IllegalStateException("the fixture's own JSON report cannot be read back", e);
    }
  }

  /**
   * The golden assessment's context for a scan that could not read two class files (given out
   * of order, as the reports must sort them), one reason with markup in it.
   */
  static ReportContext incomplete() {
    return CONTEXT.withUnreadable(List.of(
        new UnreadableFile("target/classes/com/studio/vfx/Cut.class",
            "truncated class file (ends after 50 bytes)"),
        new UnreadableFile("target/classes/com/studio/Evil.class",
            "@GenAiUse on com.studio.Evil<b>: attribute 'output' is missing")));
  }

  /** The golden assessment compared with release 1.3.0. */
  static ReportContext since() {
    return CONTEXT.withChanges(Changes.between(baseline(), assessment()));
  }

  /** The aggregate assessment compared with release 1.3.0's aggregate. */
  static ReportContext aggregateSince() {
    return CONTEXT.withChanges(Changes.between(baseline(true),
        aggregate()));
  }

  /** The OpenAI SDK as a module's class path ships it. */
  static final GenAiDependency OPENAI =
      new GenAiDependency("com.openai", "openai-java-core", "4.8.0", "OpenAI", false);

  /** A studio library that declares its uses (built with the processor). */
  static final GenAiDependency AIKIT =
      new GenAiDependency("com.studio", "aikit", "1.0", "OpenAI", true);

  /** A module's own report that scanned its jar and ships {@link #OPENAI} and {@link #AIKIT}. */
  static ReportContext shipsSdks() {
    return CONTEXT.withScope(new ScanScope("vfx-pipeline-1.4.0.jar", "", 3, 0))
        .withDependencies(List.of(OPENAI, AIKIT));
  }

  /** {@link #OPENAI} in an aggregate, shipped by two modules; {@link #AIKIT} by one. */
  static ReportContext aggregateShipsSdks() {
    return CONTEXT.withDependencies(List.of(OPENAI.shippedBy(List.of("vfx-core", "dub-tools")),
        AIKIT.shippedBy(List.of("dub-tools"))));
  }

  /**
   * {@link #shipsSdks()} built again without {@code mvn clean}: 11 of its 12 runtime
   * dependencies' analyses came from the build directory's cache.
   */
  static ReportContext shipsSdksFromCache() {
    return shipsSdks().withDependencyAnalysis(new DependencyAnalysis(12, 11));
  }

  /** No use declared, so shipping {@link #OPENAI} is GAI302 in each of {@code modules}. */
  static Assessment undeclaredSdk(String... modules) {
    List<dev.genaiguidelines.policy.Finding> findings = new ArrayList<>();
    for (String module : modules) {
      findings.add(new PolicyEvaluator(policy(), AS_OF)
          .undeclaredDependency(module, OPENAI.coordinates(), OPENAI.vendor()).orElseThrow());
    }
    return assess(List.of(), List.of()).withDependencyFindings(findings);
  }

  /** The module {@link #aggregate()} puts a use in. */
  private static String moduleOf(UseDeclaration use) {
    return use.id().startsWith("voice") ? "dub-tools" : "vfx-core";
  }

  static Assessment assess(List<UseDeclaration> uses, List<UndeclaredCall> calls) {
    return new PolicyEvaluator(policy(), AS_OF).assess(uses, calls, true);
  }

  static String render(ReportFormat format, ReportContext context, Assessment assessment) {
    return new String(bytes(format, context, assessment), StandardCharsets.UTF_8);
  }

  static byte[] bytes(ReportFormat format, ReportContext context, Assessment assessment) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      format.write(context, assessment, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
