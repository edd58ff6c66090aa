package dev.genaiguidelines.maven.scan;

import static dev.genaiguidelines.maven.scan.ClassScannerUsesTest.IMPORTS;
import static dev.genaiguidelines.maven.scan.ClassScannerUsesTest.use;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.policy.DetectionMarkers;
import dev.genaiguidelines.policy.UndeclaredCall;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Marker hosts in string constants: javac copies a compile-time constant into every method that
 * uses it ({@code ldc}), so a use is found in the method that holds it, at its line; the
 * constant's {@code ConstantValue} attribute alone is no call. A static field whose initializer
 * is not a constant is set up in {@code <clinit>}, and that code is a call.
 */
class ClassScannerConstantsTest {

  private static final String HOST = "api.anthropic.com";
  private static final String IMPORTS_URI = IMPORTS + "import java.net.URI;\n";

  @TempDir Path temp;
  TestCompiler javac;

  @BeforeEach
  void setUp() throws IOException {
    javac = new TestCompiler(temp);
  }

  private List<UndeclaredCall> scanCalls() throws IOException {
    return javac.undeclaredCalls(MarkerCatalog.builtIn().detection());
  }

  /** A source in package com.studio; each {@code %s} becomes a declaration. */
  private String studio(String path, String body) {
    javac.source(path, "package com.studio;\n" + IMPORTS_URI + body.replace("%s", use("u")));
    return path;
  }

  private UndeclaredCall hostCall(String element, String host, String file, String marker) {
    return new UndeclaredCall("com.studio." + element, host, host, file,
        javac.lineOf(file, marker));
  }

  @Test
  void aConstantThatNoCodeUsesIsNoCall() throws IOException {
    studio("com/studio/Endpoints.java", """
        class Endpoints {
          static final String MESSAGES = "https://api.anthropic.com/v1/messages";
          public static final String CHAT = "https://api.openai.com/v1/chat/completions";
          private static final String DETAIL = "https://api.mistral.ai/v1/" + "models";
        }
        """);
    assertEquals(List.of(), scanCalls());
  }

  @Test
  void aConstantUsedInAnUndeclaredMethodIsReportedThereAtTheLineOfTheUse() throws IOException {
    String file = studio("com/studio/RawHttp.java", """
        class RawHttp {
          static final String ENDPOINT = "https://api.anthropic.com/v1/messages";
          URI send() {
            return URI.create(ENDPOINT);                 // use-line
          }
        }
        """);
    assertEquals(List.of(hostCall("RawHttp#send()", HOST, file, "use-line")), scanCalls());
  }

  @Test
  void aConstantUsedOnlyInADeclaredMethodRaisesNothing() throws IOException {
    studio("com/studio/RawHttp.java", """
        class RawHttp {
          static final String ENDPOINT = "https://api.anthropic.com/v1/messages";
          %s
          URI send() {
            return URI.create(ENDPOINT);
          }
        }
        """);
    assertEquals(List.of(), scanCalls());
  }

  @Test
  void aDeclarationOnTheConstantDoesNotCoverItsUseInAnUndeclaredMethod() throws IOException {
    String file = studio("com/studio/RawHttp.java", """
        class RawHttp {
          %s
          static final String ENDPOINT = "https://api.anthropic.com/v1/messages";
          URI send() {
            return URI.create(ENDPOINT);                 // use-line
          }
        }
        """);
    assertEquals(List.of(hostCall("RawHttp#send()", HOST, file, "use-line")), scanCalls());
  }

  @Test
  void aConstantOfAnotherClassIsReportedWhereItIsUsed() throws IOException {
    studio("com/studio/Endpoints.java", """
        %s
        final class Endpoints {
          static final String MESSAGES = "https://api.anthropic.com/v1/messages";
        }
        """);
    String file = studio("com/studio/Client.java", """
        class Client {
          URI messages() {
            return URI.create(Endpoints.MESSAGES);       // use-line
          }
        }
        """);
    assertEquals(List.of(hostCall("Client#messages()", HOST, file, "use-line")), scanCalls());
  }

  @Test
  void aStaticInitializerThatIsNotAConstantIsACallOfTheFieldItSets() throws IOException {
    String file = studio("com/studio/RawHttp.java", """
        class RawHttp {
          static final URI CHAT = URI.create("https://api.openai.com/v1"); // init-line
          static final URI MODELS;
          static {
            MODELS = URI.create("https://api.mistral.ai/v1/models");       // block-line
          }
        }
        """);
    assertEquals(List.of(
            hostCall("RawHttp#CHAT", "api.openai.com", file, "init-line"),
            hostCall("RawHttp#MODELS", "api.mistral.ai", file, "block-line")),
        scanCalls());
  }

  @Test
  void aLambdaInAStaticInitializerIsACallOfTheFieldThatHoldsIt() throws IOException {
    String file = studio("com/studio/Lazy.java", """
        class Lazy {
          static final java.util.function.Supplier<URI> LATER =
              () -> URI.create("https://api.openai.com/v1");               // lambda-line
          %s
          static final java.util.function.Supplier<URI> DECLARED =
              () -> URI.create("https://api.openai.com/v1/models");
        }
        """);
    assertEquals(List.of(hostCall("Lazy#LATER", "api.openai.com", file, "lambda-line")),
        scanCalls());
  }

  @Test
  void aDeclarationOnTheFieldCoversItsStaticInitializerButNotAnotherFields() throws IOException {
    String file = studio("com/studio/RawHttp.java", """
        class RawHttp {
          %s
          static final URI CHAT = URI.create("https://api.openai.com/v1");
          static final URI MODELS = URI.create("https://api.mistral.ai/v1"); // other-line
        }
        """);
    assertEquals(List.of(hostCall("RawHttp#MODELS", "api.mistral.ai", file, "other-line")),
        scanCalls());
  }

  @Test
  void aDeclarationOnTheTypeCoversItsStaticInitializer() throws IOException {
    studio("com/studio/RawHttp.java", """
        %s
        class RawHttp {
          static final URI CHAT = URI.create("https://api.openai.com/v1");
          static {
            URI.create("https://api.mistral.ai/v1").toString();
          }
        }
        """);
    assertEquals(List.of(), scanCalls());
  }

  @Test
  void aStaticBlockThatSetsNoFieldIsReportedAsItsType() throws IOException {
    String file = studio("com/studio/Warmup.java", """
        class Warmup {
          %s
          static final URI CHAT = URI.create("https://api.openai.com/v1");
          static {
            System.out.println(URI.create("https://api.mistral.ai/v1")); // block-line
          }
        }
        """);
    assertEquals(List.of(hostCall("Warmup", "api.mistral.ai", file, "block-line")),
        scanCalls());
  }
}
