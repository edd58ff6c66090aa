package dev.genaiguidelines.maven.scan;

import static dev.genaiguidelines.maven.scan.ClassScannerUsesTest.IMPORTS;
import static dev.genaiguidelines.maven.scan.ClassScannerUsesTest.use;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.policy.UndeclaredCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * The ways issue 15 found to make a GenAI call invisible to the scan, each now a GAI301 call,
 * each beside a look-alike that is none.
 */
class ClassScannerEvasionTest {

  private static final String CLIENT = "com.openai.client.OpenAIClient";

  @TempDir Path temp;
  TestCompiler javac;

  @BeforeEach
  void setUp() throws IOException {
    javac = new TestCompiler(temp);
  }

  private String studio(String name, String body) {
    String path = "com/studio/" + name + ".java";
    javac.source(path, "package com.studio;\n" + IMPORTS + body.replace("%s", use("u")));
    return path;
  }

  private List<UndeclaredCall> scan() throws IOException {
    return javac.undeclaredCalls(MarkerCatalog.builtIn().detection());
  }

  private UndeclaredCall call(String element, String target, String marker, String file,
      String line) {
    return new UndeclaredCall("com.studio." + element, target, marker, file,
        javac.lineOf(file, line));
  }

  @Test
  void aClassLiteralOfAnSdkTypeIsACall() throws IOException {
    String file = studio("Loader", """
        class Loader {
          Object load() {
            return java.util.ServiceLoader.load(com.openai.client.OpenAIClient.class); // literal
          }
          Object own() { return Loader.class; }
        }
        """);
    assertEquals(List.of(call("Loader#load()", CLIENT + ".class", "com.openai", file, "literal")),
        scan());
  }

  @Test
  void aReflectiveLookupOfAnSdkClassByConstantNameIsACall() throws IOException {
    String file = studio("Reflect", """
        import java.lang.invoke.MethodHandles;
        class Reflect {
          Object forName() throws Exception {
            return Class.forName("com.openai.client.OpenAIClient"); // for-name
          }
          Object loader() throws Exception {
            return Reflect.class.getClassLoader()
                .loadClass("com.openai.models.ChatModel"); // load-class
          }
          Object lookup() throws Exception {
            return MethodHandles.lookup().findClass("com.openai.models.Role"); // find-class
          }
          Object withLoader() throws Exception {
            return Class.forName("com.openai.client.OpenAIClient", true, // with-loader
                Thread.currentThread().getContextClassLoader());
          }
        }
        """);
    assertEquals(List.of(
            call("Reflect#forName()", CLIENT, "com.openai", file, "for-name"),
            call("Reflect#loader()", "com.openai.models.ChatModel", "com.openai", file,
                "load-class"),
            call("Reflect#lookup()", "com.openai.models.Role", "com.openai", file, "find-class"),
            call("Reflect#withLoader()", CLIENT, "com.openai", file, "with-loader")),
        scan());
  }

  @Test
  void aLookAlikeNameOrAnSdkNameInALogMessageIsNoCall() throws IOException {
    studio("NotReflect", """
        class NotReflect {
          Object own() throws Exception {
            return Class.forName("com.openaitools.Helper");
          }
          void log() {
            System.out.println("com.openai.client.OpenAIClient is not used here");
          }
          Object later(String name) throws Exception {
            System.out.println("com.openai.client.OpenAIClient");
            return Class.forName(name);
          }
        }
        """);
    assertEquals(List.of(), scan());
  }

  @Test
  void aCallOfAnAiServiceInterfaceIsACall() throws IOException {
    studio("Assistant", """
        interface Assistant {
          @dev.langchain4j.service.SystemMessage("You draft dubbing scripts.")
          String draft(String scene);
        }
        """);
    String file = studio("Dubbing", """
        class Dubbing {
          private final Assistant assistant;
          Dubbing(Assistant assistant) { this.assistant = assistant; }
          String run() {
            return assistant.draft("scene 12");  // service-call
          }
        }
        """);
    assertEquals(List.of(call("Dubbing#run()", "com.studio.Assistant#draft(java.lang.String)",
        "dev.langchain4j", file, "service-call")), scan());
  }

  @Test
  void aCallOfAnInterfaceWithoutMarkerAnnotationsIsNoCall() throws IOException {
    studio("Helper", """
        interface Helper {
          @Deprecated
          String draft(String scene);
        }
        """);
    studio("Plain", """
        class Plain {
          String run(Helper helper) { return helper.draft("scene 12"); }
        }
        """);
    assertEquals(List.of(), scan());
  }

  @Test
  void aHostInAnyLetterCaseIsACall() throws IOException {
    String file = studio("Upper", """
        class Upper {
          String url() { return "https://API.OpenAI.COM/v1/chat/completions"; } // upper
        }
        """);
    assertEquals(List.of(call("Upper#url()", "api.openai.com", "api.openai.com", file, "upper")),
        scan());
  }

  @Test
  void aHostOnlyInsideALongerNameIsNoCall() throws IOException {
    studio("LookAlike", """
        class LookAlike {
          String[] names() {
            return new String[] {"https://xapi.openai.com/", "api.openai.community",
                "normal.running", "https://fal.running.example/", "bedrock.jar",
                "the openai docs", "https://platform.openai.com/docs"};
          }
        }
        """);
    assertEquals(List.of(), scan());
  }

  @Test
  void aClassMarkedSyntheticIsScanned() throws IOException {
    String file = studio("Hidden", """
        class Hidden {
          String run() { return new com.openai.client.OpenAIClient().chat("x"); } // hidden
        }
        """);
    Path classes = javac.compile();
    Path hidden = classes.resolve("com/studio/Hidden.class");
    Files.write(hidden, withAccess(Files.readAllBytes(hidden), Opcodes.ACC_SYNTHETIC));

    List<UndeclaredCall> calls =
        new ClassScanner(MarkerCatalog.builtIn().detection()).scan(classes).undeclaredCalls();
    assertEquals(List.of(
            call("Hidden#run()", CLIENT + "#<init>()", "com.openai", file, "hidden"),
            call("Hidden#run()", CLIENT + "#chat(java.lang.String)", "com.openai", file,
                "hidden")),
        calls);
  }

  @Test
  void javacsSwitchMapIsNoCallButTheSwitchIs() throws IOException {
    String file = studio("Roles", """
        class Roles {
          int weight(com.openai.models.Role role) {
            switch (role) {                       // switch-line
              case USER: return 1;
              default: return 2;
            }
          }
        }
        """);
    assertEquals(List.of(call("Roles#weight(com.openai.models.Role)",
        "com.openai.models.Role#ordinal()", "com.openai", file, "switch-line")), scan());
  }

  @Test
  void aMarkerPackageClassUsingItsOwnNestIsNoCallButItsCallOutsideIs() throws IOException {
    String file = "com/openai/studiohelper/Gateway.java";
    javac.source(file, """
        package com.openai.studiohelper;
        public final class Gateway {
          private final String tool;
          private Gateway(String tool) { this.tool = tool; }
          public static Gateway forTool(String tool) { return new Gateway(tool); }
          public Reply ask(String prompt) { return new Reply(tool, prompt); }
          public String send() { return new com.openai.client.OpenAIClient().chat(tool); } // out
          public record Reply(String tool, String text) {}
        }
        """);
    int line = javac.lineOf(file, "// out");
    String send = "com.openai.studiohelper.Gateway#send()";
    assertEquals(List.of(
            new UndeclaredCall(send, CLIENT + "#<init>()", "com.openai", file, line),
            new UndeclaredCall(send, CLIENT + "#chat(java.lang.String)", "com.openai", file,
                line)),
        scan());
  }

  /** The class file with {@code flag} added to its access flags, as a hand-made file could. */
  static byte[] withAccess(byte[] bytes, int flag) {
    ClassWriter writer = new ClassWriter(0);
    new ClassReader(bytes).accept(new ClassVisitor(ClassScanner.ASM_API, writer) {
      @Override
      public void visit(int version, int access, String name, String signature,
          String superName, String[] interfaces) {
        super.visit(version, access | flag, name, signature, superName, interfaces);
      }
    }, 0);
    return writer.toByteArray();
  }
}
