package dev.genaiguidelines.maven.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.genaiguidelines.maven.scan.DependencyScanner.Dependency;
import dev.genaiguidelines.maven.scan.DependencyScanner.Result;
import dev.genaiguidelines.policy.UndeclaredCall;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrapper calls: a module's call into a dependency method that reaches an undeclared GenAI call
 * is GAI301 with {@code via}, directly, transitively across jars, through an interface or a
 * superclass (class-hierarchy analysis), through a lambda or a method reference; a covered
 * method, a method that reaches nothing, and a cycle that reaches nothing are none.
 */
class WrapperCallsTest {

  private static final String USE = "@dev.genaiguidelines.annotations.GenAiUse(id = \"chat\","
      + " tool = \"openai\", purpose = \"Drafts ideas.\","
      + " output = dev.genaiguidelines.annotations.Output.TEMPORARY,"
      + " inputs = dev.genaiguidelines.annotations.DataInput.NONE,"
      + " creates = dev.genaiguidelines.annotations.Creates.IDEATION)";

  @TempDir Path temp;

  /** Compiles one dependency's sources against {@code against} and returns its classes. */
  private Path library(String name, List<Path> against, String... pathsAndSources)
      throws IOException {
    TestCompiler compiler = new TestCompiler(temp.resolve(name));
    for (int i = 0; i < pathsAndSources.length; i += 2) {
      compiler.source(pathsAndSources[i], pathsAndSources[i + 1]);
    }
    return compiler.compileAgainst(against);
  }

  private static Dependency dep(String artifactId, Path classes) {
    return new Dependency("com.example", artifactId, "1.0", classes);
  }

  /** The module's undeclared calls, its dependencies analysed first. */
  private List<UndeclaredCall> pipeline(List<Dependency> dependencies, String source)
      throws IOException {
    Result result = new DependencyScanner(MarkerCatalog.builtIn()).scan(dependencies);
    assertEquals(List.of(), result.warnings());
    TestCompiler compiler = new TestCompiler(temp.resolve("pipeline"))
        .source("com/studio/Pipeline.java", source);
    Path classes = compiler.compileAgainst(dependencies.stream().map(Dependency::file).toList());
    ScanResult scan = new ClassScanner(MarkerCatalog.builtIn().detection(), result.wrappers())
        .scan(classes);
    assertEquals(List.of(), scan.unreadable());
    return scan.undeclaredCalls();
  }

  private static UndeclaredCall via(String element, String target, int line, String via) {
    return new UndeclaredCall(element, target, "com.openai", "com/studio/Pipeline.java", line,
        via, 1);
  }

  private Path aikit() throws IOException {
    return library("aikit", List.of(),
        "com/example/aikit/Assistant.java", """
            package com.example.aikit;
            public interface Assistant {
              String ask(String prompt);
              String name();
            }
            """,
        "com/example/aikit/OpenAiAssistant.java", """
            package com.example.aikit;
            import com.openai.client.OpenAIClient;
            public class OpenAiAssistant implements Assistant {
              public String ask(String prompt) { return complete(prompt); }
              private String complete(String prompt) { return new OpenAIClient().chat(prompt); }
              public String name() { return "openai"; }
              public static String describe() { return "an assistant"; }
              public java.util.function.Supplier<String> later(String prompt) {
                return () -> new OpenAIClient().chat(prompt);
              }
            }
            """,
        "com/example/aikit/Declared.java", """
            package com.example.aikit;
            import com.openai.client.OpenAIClient;
            public class Declared {
              %s
              public String ask(String prompt) { return new OpenAIClient().chat(prompt); }
            }
            """.formatted(USE),
        "com/example/aikit/DeclaredType.java", """
            package com.example.aikit;
            import com.openai.client.OpenAIClient;
            %s
            public class DeclaredType {
              public String ask(String prompt) { return new OpenAIClient().chat(prompt); }
            }
            """.formatted(USE),
        "com/example/aikit/declared/package-info.java", """
            %s
            package com.example.aikit.declared;
            """.formatted(USE),
        "com/example/aikit/declared/Tool.java", """
            package com.example.aikit.declared;
            import com.openai.client.OpenAIClient;
            public class Tool {
              public static String ask(String prompt) { return new OpenAIClient().chat(prompt); }
            }
            """,
        "com/example/aikit/Relay.java", """
            package com.example.aikit;
            public class Relay {
              public String viaDeclared(String prompt) { return new Declared().ask(prompt); }
              public int ping(int n) { return n <= 0 ? 0 : pong(n - 1); }
              public int pong(int n) {
                return n <= 0 ? new OpenAiAssistant().ask("x").length() : ping(n - 1);
              }
              public int quiet(int n) { return n <= 0 ? 0 : loud(n - 1); }
              public int loud(int n) { return quiet(n - 1); }
            }
            """);
  }

  private static final String VIA_ASK =
      "com.example:aikit:1.0 com.example.aikit.OpenAiAssistant#complete(java.lang.String)";

  @Test
  void aCallIntoADependencyMethodThatCallsTheSdkIsUndeclaredViaIt() throws IOException {
    String source = """
        package com.studio;
        import com.example.aikit.OpenAiAssistant;
        public class Pipeline {
          String run() { return new OpenAiAssistant().ask("hi"); } // ask
          String quiet() { return OpenAiAssistant.describe() + new OpenAiAssistant().name(); }
        }
        """;
    List<UndeclaredCall> calls = pipeline(List.of(dep("aikit", aikit())), source);

    assertEquals(List.of(via("com.studio.Pipeline#run()",
        "com.example.aikit.OpenAiAssistant#ask(java.lang.String)", 4, VIA_ASK)), calls);
  }

  @Test
  void aCallOnTheInterfaceWhoseImplementationCallsTheSdkIsUndeclaredButNotItsQuietMethod()
      throws IOException {
    String source = """
        package com.studio;
        import com.example.aikit.Assistant;
        public class Pipeline {
          String run(Assistant assistant) { return assistant.ask("hi"); }
          String name(Assistant assistant) { return assistant.name(); }
        }
        """;
    List<UndeclaredCall> calls = pipeline(List.of(dep("aikit", aikit())), source);

    assertEquals(List.of(via("com.studio.Pipeline#run(com.example.aikit.Assistant)",
        "com.example.aikit.Assistant#ask(java.lang.String)", 4, VIA_ASK)), calls);
  }

  @Test
  void aCallThroughAnotherJarsMethodIsFollowedTransitively() throws IOException {
    Path aikit = aikit();
    Path facade = library("facade", List.of(aikit),
        "com/example/facade/Facade.java", """
            package com.example.facade;
            public class Facade extends com.example.aikit.OpenAiAssistant {
              public static String draft(String idea) { return new Facade().ask(idea); }
              public String tidy(String text) { return text.strip(); }
            }
            """);
    String source = """
        package com.studio;
        import com.example.facade.Facade;
        public class Pipeline {
          String run() { return Facade.draft("idea"); }
          String inherited(Facade facade) { return facade.ask("idea"); }
          String tidy(Facade facade) { return facade.tidy(" x "); }
        }
        """;
    List<UndeclaredCall> calls = pipeline(
        List.of(dep("aikit", aikit), dep("facade", facade)), source);

    assertEquals(List.of(
        via("com.studio.Pipeline#inherited(com.example.facade.Facade)",
            "com.example.facade.Facade#ask(java.lang.String)", 5, VIA_ASK),
        via("com.studio.Pipeline#run()", "com.example.facade.Facade#draft(java.lang.String)", 4,
            VIA_ASK)), calls);
  }

  @Test
  void aCoveredDependencyMethodIsNoWrapperAndStopsTheChain() throws IOException {
    String source = """
        package com.studio;
        import com.example.aikit.Declared;
        import com.example.aikit.Relay;
        public class Pipeline {
          String direct() { return new Declared().ask("hi"); }
          String relayed() { return new Relay().viaDeclared("hi"); }
        }
        """;

    assertEquals(List.of(), pipeline(List.of(dep("aikit", aikit())), source));
  }

  @Test
  void aDependencyThatDeclaresItsUseOnTheTypeOrPackageMakesNoWrapperCall() throws IOException {
    // The upstream-uses case: aikit answers for its calls with its own @GenAiUse.
    String source = """
        package com.studio;
        public class Pipeline {
          String type() { return new com.example.aikit.DeclaredType().ask("hi"); }
          String pkg() { return com.example.aikit.declared.Tool.ask("hi"); }
        }
        """;

    assertEquals(List.of(), pipeline(List.of(dep("aikit", aikit())), source));
  }

  @Test
  void aCycleThatReachesTheSdkMakesEveryMethodOnItAWrapperAndOneThatDoesNotNone()
      throws IOException {
    String source = """
        package com.studio;
        import com.example.aikit.Relay;
        public class Pipeline {
          int ping() { return new Relay().ping(3); }
          int quiet() { return new Relay().quiet(3); }
        }
        """;
    List<UndeclaredCall> calls = pipeline(List.of(dep("aikit", aikit())), source);

    assertEquals(List.of(via("com.studio.Pipeline#ping()", "com.example.aikit.Relay#ping(int)",
        4, VIA_ASK)), calls);
  }

  @Test
  void aLambdaOfTheDependencyAndAMethodReferenceToAWrapperAreFollowed() throws IOException {
    String source = """
        package com.studio;
        import com.example.aikit.OpenAiAssistant;
        import java.util.function.Function;
        public class Pipeline {
          String later() { return new OpenAiAssistant().later("hi").get(); }
          Function<String, String> reference() { return new OpenAiAssistant()::ask; }
        }
        """;
    List<UndeclaredCall> calls = pipeline(List.of(dep("aikit", aikit())), source);

    assertEquals(List.of(
        via("com.studio.Pipeline#later()",
            "com.example.aikit.OpenAiAssistant#later(java.lang.String)", 5,
            "com.example:aikit:1.0 com.example.aikit.OpenAiAssistant#later(java.lang.String)"),
        via("com.studio.Pipeline#reference()",
            "com.example.aikit.OpenAiAssistant#ask(java.lang.String)", 6, VIA_ASK)), calls);
  }

  @Test
  void aCallIntoTheSdkItselfStaysAPlainCallWithoutVia() throws IOException {
    String source = """
        package com.studio;
        public class Pipeline {
          String run() { return new com.openai.client.OpenAIClient().chat("hi"); }
        }
        """;
    List<UndeclaredCall> calls = pipeline(List.of(dep("aikit", aikit())), source);

    assertEquals(List.of(
        new UndeclaredCall("com.studio.Pipeline#run()", "com.openai.client.OpenAIClient#<init>()",
            "com.openai", "com/studio/Pipeline.java", 3),
        new UndeclaredCall("com.studio.Pipeline#run()",
            "com.openai.client.OpenAIClient#chat(java.lang.String)", "com.openai",
            "com/studio/Pipeline.java", 3)), calls);
  }

  /** Both records write equals and hashCode out (see their comments): every component counts. */
  @Test
  void wrapperCallsAndDependenciesAreEqualByEveryComponent() {
    WrapperCalls.Via via = new WrapperCalls.Via("g:a:1 a.B#c()", "com.openai");
    WrapperCalls calls = new WrapperCalls(Map.of("a/B.c()V", via), Map.of("a/I.c()V", via));
    assertEquals(calls, new WrapperCalls(Map.of("a/B.c()V", via), Map.of("a/I.c()V", via)));
    assertEquals(calls.hashCode(),
        new WrapperCalls(Map.of("a/B.c()V", via), Map.of("a/I.c()V", via)).hashCode());
    assertNotEquals(calls, new WrapperCalls(Map.of(), Map.of("a/I.c()V", via)));
    assertNotEquals(calls, new WrapperCalls(Map.of("a/B.c()V", via), Map.of()));

    Dependency dependency = new Dependency("g", "a", "1", Path.of("a-1.jar"));
    assertEquals(dependency, new Dependency("g", "a", "1", Path.of("a-1.jar")));
    assertEquals(dependency.hashCode(),
        new Dependency("g", "a", "1", Path.of("a-1.jar")).hashCode());
    assertNotEquals(dependency, new Dependency("h", "a", "1", Path.of("a-1.jar")));
    assertNotEquals(dependency, new Dependency("g", "b", "1", Path.of("a-1.jar")));
    assertNotEquals(dependency, new Dependency("g", "a", "2", Path.of("a-1.jar")));
    assertNotEquals(dependency, new Dependency("g", "a", "1", Path.of("b-1.jar")));
    assertNotEquals(dependency, new Dependency("g", "a", "1", null));
  }
}
