package dev.genaiguidelines.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import dev.genaiguidelines.policy.ssh.SshPublicKey;
import dev.genaiguidelines.policy.ssh.SshSignature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rendering an entry's approval statement, byte for byte, and reading it back. */
class ApprovalStatementTest {
  static final String PROJECT = "com.studio:vfx";

  static final Approval APPROVAL = new Approval("APR-2025-0042",
      List.of("sky-replacement", "crowd-extension"), "Studio Legal", LocalDate.of(2025, 9, 1),
      Optional.of(LocalDate.of(2026, 9, 1)));

  static final UseDeclaration CROWD = UseDeclaration.builder("com.studio.vfx.CrowdExtender")
      .id("crowd-extension")
      .tool("runway-gen4")
      .purpose("Extends crowd plates in wide shots.")
      .output(Output.FINAL_DELIVERABLE)
      // Declared out of enum order: the statement sorts them.
      .inputs(DataInput.TALENT_LIKENESS, DataInput.PRODUCTION_MATERIAL)
      .creates(Creates.BACKGROUND_ELEMENT)
      .context(Context.FICTION)
      .model("gen4")
      .approval("APR-2025-0042")
      .source("com/studio/vfx/CrowdExtender.java", 12)
      .build();

  static final UseDeclaration UNLISTED = UseDeclaration.builder("com.studio.vfx.Other")
      .id("other-use").tool("sora").purpose("Not in the entry.").build();

  static final Map<String, UseDeclaration> DECLARED =
      Map.of(CROWD.id(), CROWD, UNLISTED.id(), UNLISTED);

  static final String APPROVAL_TEXT = """
      genai-guidelines approval statement v1
      project: com.studio:vfx
      kind: approval
      id: APR-2025-0042
      approvedBy: Studio Legal
      date: 2025-09-01
      expires: 2026-09-01
      use: crowd-extension
        tool: runway-gen4
        purpose: Extends crowd plates in wide shots.
        output: FINAL_DELIVERABLE
        inputs: PRODUCTION_MATERIAL,TALENT_LIKENESS
        creates: BACKGROUND_ELEMENT
        context: FICTION
        unionCoveredWork: false
        model: gen4
      use: sky-replacement
        declared: no
      """;

  @Test
  void approvalRendersByteExact() {
    assertEquals(APPROVAL_TEXT, ApprovalStatement.render(PROJECT, APPROVAL, DECLARED));
  }

  @Test
  void renderedApprovalIsWhatSshKeygenSigned() throws Exception {
    byte[] rendered = ApprovalStatement.of(PROJECT, APPROVAL, DECLARED).bytes();
    assertArrayEquals(resource("ssh/approval-statement.txt"), rendered);
    SshPublicKey key = SshPublicKey.parse(new String(resource("ssh/test-ed25519.pub"),
        StandardCharsets.UTF_8));
    String signature =
        new String(resource("ssh/approval-statement.txt.ed25519.sig"), StandardCharsets.UTF_8);
    assertEquals(key.fingerprint(), SshSignature.parse(signature)
        .verify(rendered, ApprovalStatement.SIGNATURE_NAMESPACE, List.of(key)).fingerprint());
  }

  @Test
  void consentRendersByteExact() {
    UseDeclaration deAging = UseDeclaration.builder("com.studio.vfx.DeAging")
        .id("de-aging")
        .tool("face-tool")
        .purpose("Makes the lead look 30 years younger in flashbacks.")
        .output(Output.FINAL_DELIVERABLE)
        .inputs(DataInput.TALENT_LIKENESS)
        .creates(Creates.PERFORMANCE_ALTERATION, Creates.DIGITAL_REPLICA)
        .context(Context.DOCUMENTARY)
        .unionCoveredWork(true)
        .consent("CON-7")
        .build();
    Consent consent = new Consent("CON-7", List.of("de-aging"), "A. Performer", Optional.empty());
    // An empty model is written with the space after its colon; no date line for a consent.
    assertEquals("""
        genai-guidelines approval statement v1
        project: com.studio:vfx
        kind: consent
        id: CON-7
        performer: A. Performer
        expires: none
        use: de-aging
          tool: face-tool
          purpose: Makes the lead look 30 years younger in flashbacks.
          output: FINAL_DELIVERABLE
          inputs: TALENT_LIKENESS
          creates: PERFORMANCE_ALTERATION,DIGITAL_REPLICA
          context: DOCUMENTARY
          unionCoveredWork: true
          model:\s
        """, ApprovalStatement.render(PROJECT, consent, Map.of("de-aging", deAging)));
  }

  @Test
  void emptyListsAreWrittenAsEmptyValues() {
    UseDeclaration bare = UseDeclaration.builder("x.Y").id("bare").tool("t").purpose("p").build();
    String text = ApprovalStatement.render(PROJECT,
        new Consent("C", List.of("bare"), "", Optional.empty()), Map.of("bare", bare));
    assertEquals("performer: \n", text.lines().filter(l -> l.startsWith("performer"))
        .findFirst().orElseThrow() + "\n");
    assertEquals(List.of("  inputs: ", "  creates: "), text.lines()
        .filter(l -> l.startsWith("  inputs") || l.startsWith("  creates")).toList());
  }

  @Test
  void valuesAreEscapedOntoOneLine() throws Exception {
    UseDeclaration hostile = UseDeclaration.builder("x.Y")
        .id("evil")
        .tool("tool\\name")
        .purpose("line one\nline two \\u0041 \u202Eright-to-left soft\u00ADhyphen\t\uD800")
        .model("\u2028")
        .build();
    Approval approval = new Approval("APR\r\n-1", List.of("evil"), "Legal\u0000",
        LocalDate.of(2025, 1, 2), Optional.empty());
    ApprovalStatement statement =
        ApprovalStatement.of("g:a\u2029", approval, Map.of("evil", hostile));
    String text = statement.text();
    assertEquals("""
        genai-guidelines approval statement v1
        project: g:a\\u2029
        kind: approval
        id: APR\\u000D\\u000A-1
        approvedBy: Legal\\u0000
        date: 2025-01-02
        expires: none
        use: evil
          tool: tool\\\\name
          purpose: line one\\u000Aline two \\\\u0041 \\u202Eright-to-left soft\\u00ADhyphen\
        \\u0009\\uD800
          output: TEMPORARY
          inputs:\s
          creates:\s
          context: FICTION
          unionCoveredWork: false
          model: \\u2028
        """, text);
    // Every value comes back exactly, the lone surrogate included.
    assertEquals(statement, ApprovalStatement.parse(text));
    assertEquals(hostile.purpose(), ApprovalStatement.parse(text).uses().get(0).declared()
        .orElseThrow().purpose());
  }

  @Test
  void parseReadsBackWhatRenderWrote() throws Exception {
    ApprovalStatement approval = ApprovalStatement.of(PROJECT, APPROVAL, DECLARED);
    assertEquals(approval, ApprovalStatement.parse(APPROVAL_TEXT));
    assertEquals(approval, ApprovalStatement.parse(APPROVAL_TEXT.getBytes(StandardCharsets.UTF_8)));
    assertEquals(APPROVAL_TEXT, ApprovalStatement.parse(APPROVAL_TEXT).text());

    ApprovalStatement consent = ApprovalStatement.of("g:a",
        new Consent("CON-1", List.of("b", "a"), "P", Optional.of(LocalDate.of(2030, 12, 31))),
        Map.of("a", CROWD));
    assertEquals(consent, ApprovalStatement.parse(consent.text()));
  }

  @Test
  void duplicateInputsAndUseIdsAreWrittenOnce() {
    UseDeclaration doubled = UseDeclaration.builder("x.Y").id("u").tool("t").purpose("p")
        .inputs(DataInput.PERSONAL_DATA, DataInput.NONE, DataInput.PERSONAL_DATA).build();
    String text = ApprovalStatement.render(PROJECT, new Approval("A", List.of("u", "u"), "L",
        LocalDate.of(2025, 1, 1), Optional.empty()), Map.of("u", doubled));
    assertEquals(1, text.lines().filter(l -> l.equals("use: u")).count());
    assertEquals(List.of("  inputs: NONE,PERSONAL_DATA"),
        text.lines().filter(l -> l.startsWith("  inputs")).toList());
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = ApprovalStatementTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    }
  }
}
