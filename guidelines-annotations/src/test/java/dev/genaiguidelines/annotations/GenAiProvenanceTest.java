package dev.genaiguidelines.annotations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stamping assets and reading the sidecars back: exact bytes, round trips, refusals. */
class GenAiProvenanceTest {

  static final Instant GENERATED_AT = Instant.parse("2025-10-01T12:00:00Z");
  static final String CROWD_PLATE_SHA256 =
      "f82277a4244c1884c68d3697a4ca98148d81be90f777061ce6bd76dfe40efe10";

  static final String CROWD_SIDECAR = """
      {
        "genaiProvenance": 1,
        "asset": "shot_010.exr",
        "sha256": "f82277a4244c1884c68d3697a4ca98148d81be90f777061ce6bd76dfe40efe10",
        "use": {
          "id": "crowd-extension",
          "element": "com.studio.vfx.CrowdExtender",
          "tool": "runway-gen4",
          "model": "",
          "output": "FINAL_DELIVERABLE",
          "verdict": "APPROVED",
          "approval": "APR-2025-0042",
          "consent": ""
        },
        "generatedAt": "2025-10-01T12:00:00Z",
        "pipelineRun": "nightly-0042"
      }
      """;

  @TempDir Path dir;

  private final GenAiCatalog catalog = GenAiCatalog.of(List.of(TestUses.crowdExtension(),
      TestUses.storyboardFrames("com.studio.previs.StoryboardGenerator"),
      TestUses.storyboardFrames("com.studio.editorial.AnimaticBuilder")));

  private Path asset(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void stampWritesTheDocumentedBytesBesideTheAsset() throws IOException {
    Path asset = asset("shot_010.exr", "crowd plate v3\n");
    Path sidecar =
        GenAiProvenance.stamp(catalog, "crowd-extension", asset, GENERATED_AT, "nightly-0042");
    assertEquals(dir.resolve("shot_010.exr.genai.json"), sidecar);
    assertArrayEquals(CROWD_SIDECAR.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(sidecar));
  }

  @Test
  void readGivesBackWhatStampRecorded() throws IOException {
    Path asset = asset("shot_010.exr", "crowd plate v3\n");
    ProvenanceRecord record = GenAiProvenance.read(
        GenAiProvenance.stamp(catalog, "crowd-extension", asset, GENERATED_AT, "nightly-0042"));
    assertEquals(new ProvenanceRecord("shot_010.exr", CROWD_PLATE_SHA256,
        ProvenanceRecord.Use.of(TestUses.crowdExtension()), GENERATED_AT, "nightly-0042"),
        record);
  }

  @Test
  void stringsWithQuotesControlsAndNonAsciiRoundTrip() throws IOException {
    Path asset = asset("plan ü \"v2\".txt", "x");
    GenAiUseDescriptor use = TestUses.with(TestUses.crowdExtension(), "tool\\with\ttab",
        "modèle \"7\" \u0001 \uD83C\uDFAC \uD800", Output.FINAL_DELIVERABLE, "APPROVED");
    Instant fractional = Instant.parse("2025-10-01T12:00:00.123456789Z");
    Path sidecar = GenAiProvenance.stamp(use, asset, fractional, "run\n7");
    String json = Files.readString(sidecar);
    assertEquals(true, json.contains("\"asset\": \"plan ü \\\"v2\\\".txt\",\n"), json);
    assertEquals(true, json.contains(
        "\"model\": \"modèle \\\"7\\\" \\u0001 \uD83C\uDFAC \\ud800\",\n"), json);
    ProvenanceRecord record = GenAiProvenance.read(sidecar);
    assertEquals(ProvenanceRecord.Use.of(use), record.use());
    assertEquals("run\n7", record.pipelineRun());
    assertEquals(fractional, record.generatedAt());
  }

  @Test
  void stampingAgainReplacesTheSidecarAndLeavesNoTemporaryFile() throws IOException {
    Path asset = asset("shot_010.exr", "crowd plate v2\n");
    GenAiProvenance.stamp(catalog, "crowd-extension", asset, GENERATED_AT, "nightly-0041");
    Files.writeString(asset, "crowd plate v3\n");
    Path sidecar =
        GenAiProvenance.stamp(catalog, "crowd-extension", asset, GENERATED_AT, "nightly-0042");
    assertArrayEquals(CROWD_SIDECAR.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(sidecar));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("shot_010.exr", "shot_010.exr.genai.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aTemporaryUseIsStampedToo() throws IOException {
    Path asset = asset("board_12.png", "storyboard 12\n");
    GenAiUseDescriptor use = catalog.findAll("storyboard-frames").get(1);
    ProvenanceRecord record =
        GenAiProvenance.read(GenAiProvenance.stamp(use, asset, GENERATED_AT, ""));
    assertEquals(Output.TEMPORARY, record.use().output());
    assertEquals("com.studio.previs.StoryboardGenerator", record.use().element());
    assertEquals("", record.pipelineRun());
  }

  @Test
  void anUnknownUseIdIsRefusedWithTheKnownIds() throws IOException {
    Path asset = asset("shot_010.exr", "crowd plate v3\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GenAiProvenance.stamp(catalog, "crowd-extender", asset, GENERATED_AT, ""));
    assertEquals("Cannot stamp " + asset + ": use 'crowd-extender' is not in the GenAI catalog"
        + " (3 uses). Declare it with @GenAiUse in a module on the class path, compiled with the"
        + " guidelines processor, or correct the id. Known ids: crowd-extension,"
        + " storyboard-frames.", e.getMessage());
    assertEquals(false, Files.exists(GenAiProvenance.sidecarOf(asset)));
  }

  @Test
  void anEmptyCatalogSaysSo() throws IOException {
    Path asset = asset("shot_010.exr", "crowd plate v3\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GenAiProvenance.stamp(GenAiCatalog.of(List.of()), "crowd-extension", asset,
            GENERATED_AT, ""));
    assertEquals("Cannot stamp " + asset + ": use 'crowd-extension' is not in the GenAI catalog"
        + " (0 uses). Declare it with @GenAiUse in a module on the class path, compiled with the"
        + " guidelines processor, or correct the id. The catalog is empty: no module on the class"
        + " path was compiled with the guidelines processor.", e.getMessage());
  }

  @Test
  void anIdDeclaredByTwoModulesIsRefusedByIdAndStampedByDescriptor() throws IOException {
    Path asset = asset("board_12.png", "storyboard 12\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GenAiProvenance.stamp(catalog, "storyboard-frames", asset, GENERATED_AT, ""));
    assertEquals("Cannot stamp " + asset + ": use 'storyboard-frames' is declared by 2 elements"
        + " (com.studio.editorial.AnimaticBuilder, com.studio.previs.StoryboardGenerator). Stamp"
        + " with the GenAiUseDescriptor of the one that generated the asset, taken from"
        + " GenAiCatalog.findAll(\"storyboard-frames\").", e.getMessage());
    GenAiProvenance.stamp(catalog.findAll("storyboard-frames").get(0), asset, GENERATED_AT, "");
    assertEquals(true, Files.exists(dir.resolve("board_12.png.genai.json")));
  }

  @Test
  void aMissingAssetIsRefused() {
    Path asset = dir.resolve("shot_011.exr");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GenAiProvenance.stamp(catalog, "crowd-extension", asset, GENERATED_AT, ""));
    assertEquals("Cannot stamp " + asset + ": the asset does not exist. Stamp an asset after the"
        + " pipeline has written it.", e.getMessage());
  }

  @Test
  void aFolderOrASidecarIsNotAnAsset() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("shots"));
    assertEquals("Cannot stamp " + folder + ": it is not a regular file. Stamp each generated"
        + " file on its own.", assertThrows(IllegalArgumentException.class,
            () -> GenAiProvenance.stamp(catalog, "crowd-extension", folder, GENERATED_AT, ""))
        .getMessage());
    Path sidecar = asset("shot_010.exr.genai.json", "{}");
    assertEquals("Cannot stamp " + sidecar + ": it is a provenance sidecar itself. Stamp the"
        + " asset it describes.", assertThrows(IllegalArgumentException.class,
            () -> GenAiProvenance.stamp(catalog, "crowd-extension", sidecar, GENERATED_AT, ""))
        .getMessage());
  }

  @Test
  void anEmptyAssetHasTheEmptyHash() throws IOException {
    Path asset = asset("silence.wav", "");
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        GenAiProvenance.read(GenAiProvenance.stamp(TestUses.crowdExtension(), asset,
            GENERATED_AT, "")).sha256());
  }
}
