package com.example.it.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.annotations.GenAiProvenance;
import dev.genaiguidelines.annotations.Output;
import dev.genaiguidelines.annotations.ProvenanceRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the nightly pipeline into target/delivery, as the studio's scheduler would. */
class NightlyRunTest {

  private static final Path DELIVERY = Path.of("target/delivery");

  @Test
  void everyOutputCarriesTheSidecarOfItsUse() throws Exception {
    NightlyRun.main(new String[] {DELIVERY.resolve("final").toString(), "nightly-0042",
        "2026-03-02T10:15:30Z", "sh010", "sh020"});
    NightlyRun.main(new String[] {DELIVERY.resolve("with-previs").toString(), "nightly-0042",
        "2026-03-02T10:15:30Z", "--with-previs", "sh010"});

    Path crowd = DELIVERY.resolve("final/shots/sh010.exr");
    ProvenanceRecord record = GenAiProvenance.read(GenAiProvenance.sidecarOf(crowd));
    assertEquals("sh010.exr", record.asset());
    assertEquals("crowd-extension", record.use().id());
    assertEquals("com.example.it.vfx.CrowdRender", record.use().element());
    assertEquals(Output.FINAL_DELIVERABLE, record.use().output());
    assertEquals("APPROVED", record.use().verdict());
    assertEquals("APR-2025-0042", record.use().approval());
    assertEquals("nightly-0042", record.pipelineRun());

    Path frame = DELIVERY.resolve("with-previs/boards/sh010.png");
    ProvenanceRecord board = GenAiProvenance.read(GenAiProvenance.sidecarOf(frame));
    assertEquals("storyboard-frames", board.use().id());
    assertEquals("com.example.it.previs.BoardSketch#sketch(java.nio.file.Path,java.lang.String)",
        board.use().element());
    assertEquals(Output.TEMPORARY, board.use().output());
    assertEquals("SOCIALIZE", board.use().verdict());
    assertTrue(Files.isRegularFile(DELIVERY.resolve("with-previs/shots/sh010.exr.genai.json")));
  }
}
