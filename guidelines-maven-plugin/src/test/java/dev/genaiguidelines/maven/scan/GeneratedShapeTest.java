package dev.genaiguidelines.maven.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.policy.UndeclaredCall;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog providers guidelines-processor generates are recognised by their exact generated
 * form, never by their name or the interface they implement.
 */
class GeneratedShapeTest {

  @TempDir Path temp;
  TestCompiler javac;

  @BeforeEach
  void setUp() throws IOException {
    javac = new TestCompiler(temp);
  }

  private List<UndeclaredCall> scan() throws IOException {
    return javac.undeclaredCalls(MarkerCatalog.builtIn().detection());
  }

  /** A catalog provider in the exact form guidelines-processor generates (ProviderSource). */
  static String generatedProvider(String name, String extraMember) {
    return """
        package com.studio;
        import dev.genaiguidelines.annotations.*;
        import java.util.List;
        public final class %1$s implements GenAiCatalog.Provider {
          static final String ORIGINS = "Dub";
          public %1$s() {}
          @Override
          public List<GenAiUseDescriptor> uses() {
            return List.of(
                use("dub-draft", "com.studio.Dub", "openai-gpt", "Drafts dubbing scripts through \
        api.openai.com.", Output.TEMPORARY, new DataInput[] {DataInput.NONE},
                    new Creates[] {Creates.LOCALIZATION}, Context.FICTION, false, "", "", "",
                    "NEEDS_APPROVAL"));
          }
          private static GenAiUseDescriptor use(String id, String element, String tool,
              String purpose, Output output, DataInput[] inputs, Creates[] creates,
              Context context, boolean unionCoveredWork, String model, String approval,
              String consent, String verdict) {
            return new GenAiUseDescriptor(id, element, tool, purpose, output, List.of(inputs),
                List.of(creates), context, unionCoveredWork, model, approval, consent, verdict);
          }
          %2$s
        }
        """.formatted(name, extraMember);
  }

  @Test
  void aHostInAGeneratedCatalogProvidersPurposeIsNotACall() throws IOException {
    javac.source("com/studio/GenAiUses_0123abcd.java",
        generatedProvider("GenAiUses_0123abcd", ""));
    assertEquals(List.of(), scan());
  }

  @Test
  void aHandWrittenProviderIsScannedLikeAnyClass() throws IOException {
    String file = "com/studio/GenAiUses_0123abcd.java";
    javac.source(file, generatedProvider("GenAiUses_0123abcd",
        "static String send() { return \"https://api.openai.com/v1\"; } // send-line"));
    // Not the generated form, so its purpose text is a host constant like any other.
    assertEquals(List.of(
            new UndeclaredCall("com.studio.GenAiUses_0123abcd#send()", "api.openai.com",
                "api.openai.com", file, javac.lineOf(file, "send-line")),
            new UndeclaredCall("com.studio.GenAiUses_0123abcd#uses()", "api.openai.com",
                "api.openai.com", file, javac.lineOf(file, "return List.of("))),
        scan());
  }

  @Test
  void aProviderWithAnotherNameIsScannedLikeAnyClass() throws IOException {
    String file = "com/studio/StudioUses.java";
    javac.source(file, generatedProvider("StudioUses", ""));
    assertEquals(List.of("com.studio.StudioUses#uses()"),
        scan().stream().map(UndeclaredCall::element).toList());
  }
}
