package dev.genaiguidelines.maven;

/** The policy and sources several mojo tests compile and judge. */
final class MojoFixtures {

  /** A studio registry with one secured tool and an empty ledger. */
  static final String POLICY = """
      policy: netflix-2025
      tools:
        - id: studio-gateway
          vendor: Studio
          enterpriseSecured: true
          trainsOnInputs: false
          retainsInputs: false
      approvals: []
      consents: []
      """;

  /** Previs from a registered, secured tool: SOCIALIZE, no finding. */
  static final String BOARDS = """
      package com.example.previs;

      import dev.genaiguidelines.annotations.*;

      @GenAiUse(id = "storyboard-frames", tool = "studio-gateway",
          purpose = "Drafts storyboard frames.", output = Output.TEMPORARY,
          inputs = DataInput.NONE, creates = Creates.PREVIS)
      public class Boards {
        public void draft() {}
      }
      """;

  private MojoFixtures() {}
}
