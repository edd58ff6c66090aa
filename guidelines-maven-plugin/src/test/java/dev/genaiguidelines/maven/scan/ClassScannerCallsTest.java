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

/** Finding GenAI calls that no {@code @GenAiUse} covers (GAI301). */
class ClassScannerCallsTest {

  private static final String CLIENT = "com.openai.client.OpenAIClient";
  private static final String CHAT = CLIENT + "#chat(java.lang.String)";
  private static final String SDK_IMPORTS = IMPORTS + """
      import com.openai.client.OpenAIClient;
      import java.util.function.*;
      """;

  @TempDir Path temp;
  TestCompiler javac;

  @BeforeEach
  void setUp() throws IOException {
    javac = new TestCompiler(temp);
  }

  private List<UndeclaredCall> scanCalls() throws IOException {
    return scanCalls(MarkerCatalog.builtIn().detection());
  }

  private List<UndeclaredCall> scanCalls(DetectionMarkers markers, String... options)
      throws IOException {
    return javac.undeclaredCalls(markers, options);
  }

  /** A source in package com.studio with the SDK imports; {@code %s} is a declaration. */
  private String studio(String path, String body) {
    javac.source(path, "package com.studio;\n" + SDK_IMPORTS + body.replace("%s", use("u")));
    return path;
  }

  private UndeclaredCall sdkCall(String element, String target, String file, String marker) {
    return new UndeclaredCall("com.studio." + element, target, "com.openai", file,
        javac.lineOf(file, marker));
  }

  @Test
  void reportsSdkCallsInAnUndeclaredMethodButNotInADeclaredOne() throws IOException {
    String file = studio("com/studio/QuickDub.java", """
        class QuickDub {
          void run() {
            OpenAIClient client = new OpenAIClient();  // new-line
            client.chat("hello");                      // chat-line
          }
          %s
          void declared() {
            new OpenAIClient("key").chat("hello");
          }
        }
        """);

    assertEquals(List.of(
            sdkCall("QuickDub#run()", CLIENT + "#<init>()", file, "new-line"),
            sdkCall("QuickDub#run()", CHAT, file, "chat-line")),
        scanCalls());
  }

  @Test
  void theSameHostInAnOrdinaryClassIsACall() throws IOException {
    String file = studio("com/studio/Dub.java", """
        class Dub {
          java.util.List<String> uses() {
            String purpose = "Drafts dubbing scripts through api.openai.com."; // host-line
            return java.util.List.of(purpose);
          }
        }
        """);
    assertEquals(List.of(new UndeclaredCall("com.studio.Dub#uses()", "api.openai.com",
        "api.openai.com", file, javac.lineOf(file, "host-line"))), scanCalls());
  }

  @Test
  void reportsALambdaAsTheMethodCreatingItUnlessThatMethodIsDeclared() throws IOException {
    String file = studio("com/studio/Lambdas.java", """
        class Lambdas {
          Supplier<String> undeclared(OpenAIClient client) {
            return () -> client.chat("a");             // lambda-line
          }
          %s
          Supplier<String> declared(OpenAIClient client) {
            return () -> client.chat("b");
          }
          Supplier<Supplier<String>> nested(OpenAIClient client) {
            return () -> () ->
                client.chat("c");                      // nested-line
          }
          %s
          Supplier<Supplier<String>> nestedDeclared(OpenAIClient client) {
            return () -> () -> client.chat("d");
          }
        }
        """);

    assertEquals(List.of(
            sdkCall("Lambdas#nested(com.openai.client.OpenAIClient)", CHAT, file,
                "nested-line"),
            sdkCall("Lambdas#undeclared(com.openai.client.OpenAIClient)", CHAT, file,
                "lambda-line")),
        scanCalls());
  }

  @Test
  void countsAMethodReferenceToTheSdkAsACall() throws IOException {
    String file = studio("com/studio/References.java", """
        class References {
          Function<String, String> undeclared(OpenAIClient client) {
            return client::chat;                       // method-reference-line
          }
          %s
          Function<String, String> declared(OpenAIClient client) {
            return client::chat;
          }
          Function<String, OpenAIClient> constructor() {
            return OpenAIClient::new;                  // constructor-reference-line
          }
        }
        """);

    assertEquals(List.of(
            sdkCall("References#constructor()", CLIENT + "#<init>(java.lang.String)", file,
                "constructor-reference-line"),
            sdkCall("References#undeclared(com.openai.client.OpenAIClient)", CHAT, file,
                "method-reference-line")),
        scanCalls());
  }

  @Test
  void coversAnonymousAndLocalClassesByTheirEnclosingMethod() throws IOException {
    String file = studio("com/studio/Workers.java", """
        class Workers {
          Runnable anonymous(OpenAIClient client) {
            return new Runnable() {
              public void run() {
                client.chat("a");                      // anonymous-line
              }
            };
          }
          %s
          Runnable anonymousDeclared(OpenAIClient client) {
            return new Runnable() {
              public void run() {
                client.chat("b");
              }
            };
          }
          Runnable local(OpenAIClient client) {
            class Job implements Runnable {
              public void run() {
                client.chat("c");                      // local-line
              }
            }
            return new Job();
          }
          %s
          Runnable localDeclared(OpenAIClient client) {
            class Task implements Runnable {
              public void run() {
                client.chat("d");
              }
            }
            return new Task();
          }
          %s
          Supplier<Runnable> anonymousInLambdaDeclared(OpenAIClient client) {
            return () -> new Runnable() {
              public void run() {
                client.chat("e");
              }
            };
          }
        }
        """);

    assertEquals(List.of(
            sdkCall("Workers$1#run()", CHAT, file, "anonymous-line"),
            sdkCall("Workers$1Job#run()", CHAT, file, "local-line")),
        scanCalls());
  }

  @Test
  void coversLambdasAndAnonymousClassesInJava8ClassFilesWithoutNestmates() throws IOException {
    String file = studio("com/studio/Legacy.java", """
        class Legacy {
          private OpenAIClient client = new OpenAIClient();
          Runnable anonymous() {
            return new Runnable() {
              public void run() {
                client.chat("a");                      // anonymous-line
              }
            };
          }
          Runnable lambda() {
            return () -> client.chat("b");             // lambda-line
          }
          %s
          Runnable declared() {
            return new Runnable() {
              public void run() {
                Runnable inner = () -> client.chat("c");
                inner.run();
              }
            };
          }
        }
        """);

    // Class files in path order: Legacy$1.class sorts before Legacy.class.
    assertEquals(List.of(
            sdkCall("Legacy$1#run()", CHAT, file, "anonymous-line"),
            sdkCall("Legacy#<init>()", CLIENT + "#<init>()", file, "private OpenAIClient"),
            sdkCall("Legacy#lambda()", CHAT, file, "lambda-line")),
        scanCalls(MarkerCatalog.builtIn().detection(), "--release", "8"));
  }

  @Test
  void coversNestedClassesOfADeclaredType() throws IOException {
    studio("com/studio/Declared.java", """
        %s
        class Declared {
          static class Nested {
            void go(OpenAIClient client) { client.chat("a"); }
          }
          class Inner {
            class Deeper {
              void go(OpenAIClient client) { client.chat("b"); }
            }
          }
        }
        """);
    String file = studio("com/studio/Undeclared.java", """
        class Undeclared {
          static class Nested {
            void go(OpenAIClient client) {
              client.chat("a");                        // nested-line
            }
          }
        }
        """);

    assertEquals(
        List.of(sdkCall("Undeclared$Nested#go(com.openai.client.OpenAIClient)", CHAT, file,
            "nested-line")),
        scanCalls());
  }

  @Test
  void coversEveryTypeOfADeclaredPackageButNotOfItsSubpackages() throws IOException {
    javac.source("com/studio/covered/package-info.java",
        use("pkg") + "\npackage com.studio.covered;\nimport dev.genaiguidelines.annotations.*;\n");
    javac.source("com/studio/covered/Worker.java", """
        package com.studio.covered;
        class Worker {
          void go(com.openai.client.OpenAIClient client) { client.chat("a"); }
        }
        """);
    String file = "com/studio/covered/sub/Worker.java";
    javac.source(file, """
        package com.studio.covered.sub;
        class Worker {
          void go(com.openai.client.OpenAIClient client) {
            client.chat("a");                          // sub-line
          }
        }
        """);

    assertEquals(List.of(new UndeclaredCall(
            "com.studio.covered.sub.Worker#go(com.openai.client.OpenAIClient)", CHAT,
            "com.openai", file, javac.lineOf(file, "sub-line"))),
        scanCalls());
  }

  @Test
  void findsMarkerHostsInStringConstantsInCode() throws IOException {
    String file = studio("com/studio/RawHttp.java", """
        import java.net.URI;
        import java.net.http.*;
        class RawHttp {
          final String instanceConstant = "https://example.com/api.openai.com";
          void send(String path) throws Exception {
            URI uri = URI.create("https://api.openai.com/v1/chat/completions"); // literal-line
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
            URI.create("https://api.mistral.ai/v1/" + path);                 // concat-line
            URI.create("https://example.com/v1/" + path);
          }
        }
        """);

    assertEquals(List.of(
            new UndeclaredCall("com.studio.RawHttp#<init>()", "api.openai.com",
                "api.openai.com", file, javac.lineOf(file, "instanceConstant")),
            new UndeclaredCall("com.studio.RawHttp#send(java.lang.String)", "api.openai.com",
                "api.openai.com", file, javac.lineOf(file, "literal-line")),
            new UndeclaredCall("com.studio.RawHttp#send(java.lang.String)", "api.mistral.ai",
                "api.mistral.ai", file, javac.lineOf(file, "concat-line"))),
        scanCalls());
  }

  @Test
  void findsPackagesAndHostsAddedByThePolicysDetectSection() throws IOException {
    String file = studio("com/studio/Internal.java", """
        class Internal {
          String ask() {
            String url = "https://ai-gateway.studio.internal/v1"; // host-line
            return com.example.aigateway.Gateway.ask(url);        // gateway-line
          }
        }
        """);
    DetectionMarkers custom = MarkerCatalog.builtIn().detection().plus(new DetectionMarkers(
        List.of("com.example.aigateway"), List.of("ai-gateway.studio.internal")));

    assertEquals(List.of(
            new UndeclaredCall("com.studio.Internal#ask()", "ai-gateway.studio.internal",
                "ai-gateway.studio.internal", file, javac.lineOf(file, "host-line")),
            new UndeclaredCall("com.studio.Internal#ask()",
                "com.example.aigateway.Gateway#ask(java.lang.String)", "com.example.aigateway",
                file, javac.lineOf(file, "gateway-line"))),
        scanCalls(custom));
    assertEquals(List.of(), scanCalls(MarkerCatalog.builtIn().detection()));
  }

  @Test
  void countsFieldAccessesOnSdkTypes() throws IOException {
    String file = studio("com/studio/Models.java", """
        import com.openai.models.ChatModel;
        class Models {
          Object pick() {
            return ChatModel.GPT_4O;                   // get-line
          }
          void configure() {
            OpenAIClient.defaultModel = "gpt-4.1";     // put-line
          }
        }
        """);

    assertEquals(List.of(
            sdkCall("Models#configure()", CLIENT + "#defaultModel", file, "put-line"),
            sdkCall("Models#pick()", "com.openai.models.ChatModel#GPT_4O", file, "get-line")),
        scanCalls());
  }

  @Test
  void reportsASwitchOnAnSdkEnumInTheSwitchingMethodNotInJavacsSwitchMap() throws IOException {
    String file = studio("com/studio/Roles.java", """
        import com.openai.models.Role;
        class Roles {
          int undeclared(Role role) {
            switch (role) {                            // switch-line
              case USER: return 1;
              default: return 2;
            }
          }
          %s
          int declared(Role role) {
            switch (role) {
              case ASSISTANT: return 1;
              default: return 2;
            }
          }
        }
        """);

    assertEquals(List.of(sdkCall("Roles#undeclared(com.openai.models.Role)",
            "com.openai.models.Role#ordinal()", file, "switch-line")),
        scanCalls());
  }

  @Test
  void doesNotCountSdkTypesInSignaturesCastsOrInlinedConstants() throws IOException {
    studio("com/studio/OnlyTypes.java", """
        class OnlyTypes {
          private OpenAIClient client;
          private OpenAIClient[] clients = new OpenAIClient[2];
          OpenAIClient passThrough(OpenAIClient given) {
            Object any = given;
            return (OpenAIClient) any;
          }
          boolean isClient(Object any) { return any instanceof OpenAIClient; }
          String inlined() { return OpenAIClient.X; }
          <T extends OpenAIClient> T generic(T given) { return given; }
        }
        """);

    assertEquals(List.of(), scanCalls());
  }

  @Test
  void scansClassesInsideAMarkerPackageLikeAnyOther() throws IOException {
    javac.source("com/openai/internal/Retry.java", """
        package com.openai.internal;
        class Retry {
          String again(com.openai.client.OpenAIClient client) {
            java.net.URI.create("https://api.openai.com/v1");
            return client.chat("again");
          }
        }
        """);
    String inside = "com/openai/internal/Retry.java";
    String file = studio("com/studio/Retry.java", """
        class Retry {
          String again(OpenAIClient client) {
            return client.chat("again");               // studio-line
          }
        }
        """);

    String again = "#again(com.openai.client.OpenAIClient)";
    assertEquals(List.of(
            new UndeclaredCall("com.openai.internal.Retry" + again, "api.openai.com",
                "api.openai.com", inside, 4),
            new UndeclaredCall("com.openai.internal.Retry" + again, CHAT, "com.openai", inside, 5),
            sdkCall("Retry" + again, CHAT, file, "studio-line")),
        scanCalls());
  }

  @Test
  void reportsRepeatedCallsOnceWithTheirFirstLineAndCount() throws IOException {
    String file = studio("com/studio/Twice.java", """
        class Twice {
          void sameLine(OpenAIClient client) {
            client.chat("a"); client.chat("b");         // same-line
          }
          void twoLines(OpenAIClient client) {
            client.chat("a");                           // first-line
            client.chat("b");                           // second-line
          }
        }
        """);

    String owner = "Twice#sameLine(com.openai.client.OpenAIClient)";
    String other = "Twice#twoLines(com.openai.client.OpenAIClient)";
    assertEquals(List.of(
            sdkCall(owner, CHAT, file, "same-line").times(2, javac.lineOf(file, "same-line")),
            sdkCall(other, CHAT, file, "first-line").times(2, javac.lineOf(file, "first-line"))),
        scanCalls());
  }

  @Test
  void coversAFieldInitializerByTheFieldsDeclaration() throws IOException {
    String file = studio("com/studio/Fields.java", """
        class Fields {
          %s
          private final OpenAIClient declared = new OpenAIClient("key");
          private final OpenAIClient undeclared = new OpenAIClient(); // undeclared-line
          %s
          static final Supplier<String> LAMBDA = () -> new OpenAIClient().chat("x");
          %s
          final Runnable anonymous = new Runnable() {
            public void run() {
              new OpenAIClient().chat("y");
            }
          };
          Fields() {
            new OpenAIClient().chat("z");              // constructor-line
          }
        }
        """);

    assertEquals(List.of(
            sdkCall("Fields#<init>()", CLIENT + "#<init>()", file, "undeclared-line")
                .times(2, javac.lineOf(file, "undeclared-line")),
            sdkCall("Fields#<init>()", CHAT, file, "constructor-line")),
        scanCalls());
  }
}
