package dev.genaiguidelines.maven.scan;

import static dev.genaiguidelines.maven.scan.ClassScannerUsesTest.IMPORTS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Writes the seed corpus of {@link ClassScannerJazzerTest}: class files javac 17 makes of code
 * that declares and calls GenAI tools in every way the scanner knows, plus hand-made files with
 * annotations javac never writes. Not a test (its name does not end in Test); run it on purpose,
 * from the plugin module, with {@code -Dtest=ClassScannerSeeds} (FUZZING.md).
 */
class ClassScannerSeeds {
  private static final Path TARGET = Path.of("src/test/resources/dev/genaiguidelines/maven/scan/"
      + ClassScannerJazzerTest.SEEDS);

  private static String use(String id, String more) {
    return "@GenAiUse(id = \"" + id + "\", tool = \"runway-gen4\", purpose = \"Tags shots.\","
        + " output = Output.TEMPORARY, inputs = DataInput.NONE, creates = Creates.PREVIS"
        + more + ")";
  }

  @Test
  void write(@TempDir Path temp) throws IOException {
    TestCompiler javac = new TestCompiler(temp);
    javac.source("com/studio/vfx/CrowdExtender.java", "package com.studio.vfx;\n" + IMPORTS + """
        import com.openai.client.OpenAIClient;
        %s
        public class CrowdExtender {
          private final OpenAIClient client = new OpenAIClient("key");
          public String extend(String plate) {
            return client.chat("extend the crowd in " + plate);
          }
        }
        """.formatted("@GenAiUse(id = \"crowd-extension\", tool = \"runway-gen4\","
            + " purpose = \"Extends crowds.\", output = Output.FINAL_DELIVERABLE,"
            + " inputs = DataInput.PRODUCTION_MATERIAL, creates = Creates.BACKGROUND_ELEMENT,"
            + " approval = \"APR-2025-0042\")"))
        .source("com/studio/dub/QuickDub.java", "package com.studio.dub;\n" + """
            import com.openai.client.OpenAIClient;
            import com.example.aigateway.Gateway;
            import java.util.function.Function;
            public class QuickDub {
              static final String ENDPOINT = "https://api.openai.com/v1/audio";
              static final String GATEWAY = "https://ai-gateway.studio.internal/dub";
              public String run(String line) {
                OpenAIClient client = new OpenAIClient();
                Function<String, String> chat = client::chat;
                Runnable later = () -> Gateway.ask(line);
                later.run();
                return chat.apply(line) + OpenAIClient.defaultModel;
              }
              java.net.URI gateway() {
                return java.net.URI.create(GATEWAY);
              }
            }
            """)
        .source("com/studio/edit/Tagger.java", "package com.studio.edit;\n" + IMPORTS + """
            import com.openai.client.OpenAIClient;
            import com.openai.models.ChatModel;
            import java.util.List;
            public class Tagger {
              %s
              private final Object model = ChatModel.GPT_4O;
              %s
              %s
              public List<String> tag(List<String> shots) {
                OpenAIClient client = new OpenAIClient();
                Runnable task = new Runnable() {
                  @Override public void run() { client.chat("tag"); }
                };
                task.run();
                class Local { String go() { return client.chat("local"); } }
                return shots.stream().map(s -> client.chat(s) + new Local().go()).toList();
              }
              String untagged(OpenAIClient client) {
                return client.chat("nobody declared this");
              }
            }
            """.formatted(use("tagger-model", ""), use("tagger", ", model = \"gpt-4o\""),
                use("tagger-review", ", context = Context.DOCUMENTARY, unionCoveredWork = true,"
                    + " consent = \"CON-2025-007\"")))
        .source("com/studio/edit/package-info.java", use("edit-package", "")
            + "\npackage com.studio.edit;\nimport dev.genaiguidelines.annotations.*;\n")
        .source("com/studio/edit/Shot.java", "package com.studio.edit;\n" + IMPORTS + """
            public record Shot(%s String frame) {}
            """.formatted(use("shot-frame", "")))
        .source("com/studio/edit/Speaker.java", "package com.studio.edit;\n" + """
            import com.openai.models.Role;
            public class Speaker {
              static String label(Role role) {
                return switch (role) {
                  case USER -> "user";
                  case ASSISTANT -> "assistant";
                };
              }
            }
            """)
        .source("com/studio/edit/Assistant.java", "package com.studio.edit;\n" + """
            public interface Assistant {
              default String ask(com.openai.client.OpenAIClient client) {
                return client.chat("default method");
              }
            }
            """);
    Path classes = javac.compile("--release", "17");
    Files.createDirectories(TARGET);
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replace('$', '-');
        Files.copy(file, TARGET.resolve(name.substring(0, name.length() - ".class".length())),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.write(TARGET.resolve("handmade-unknown-enum-constant"),
        handMade("com/studio/Newer", "output", "SOMETIMES"));
    Files.write(TARGET.resolve("handmade-unknown-attribute"),
        handMade("com/studio/Future", "priority", "HIGH"));
    Files.write(TARGET.resolve("handmade-use-list"), handMadeList("com/studio/Listed"));
  }

  /** A class whose {@code @GenAiUse} has an enum attribute javac would never write. */
  private static byte[] handMade(String name, String attribute, String constant) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V17, Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
    AnnotationVisitor use = writer.visitAnnotation(UseAnnotationReader.USE_DESCRIPTOR, true);
    values(use, "handmade");
    use.visitEnum(attribute, "Ldev/genaiguidelines/annotations/Output;", constant);
    use.visit("id", 42);
    use.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  /** A class with two uses in a {@code @GenAiUse.List} container, as javac writes repeats. */
  private static byte[] handMadeList(String name) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V17, Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
    AnnotationVisitor list = writer.visitAnnotation(UseAnnotationReader.LIST_DESCRIPTOR, true);
    AnnotationVisitor array = list.visitArray("value");
    for (String id : List.of("listed-one", "listed-two")) {
      AnnotationVisitor use = array.visitAnnotation(null, UseAnnotationReader.USE_DESCRIPTOR);
      values(use, id);
      use.visitEnum("output", "Ldev/genaiguidelines/annotations/Output;", "TEMPORARY");
      use.visitEnd();
    }
    array.visitEnd();
    list.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  private static void values(AnnotationVisitor use, String id) {
    use.visit("id", id);
    use.visit("tool", "runway-gen4");
    use.visit("purpose", "p");
    use.visit("approval", "APR-1");
    AnnotationVisitor inputs = use.visitArray("inputs");
    inputs.visitEnum(null, "Ldev/genaiguidelines/annotations/DataInput;", "NONE");
    inputs.visitEnd();
    AnnotationVisitor creates = use.visitArray("creates");
    creates.visitEnum(null, "Ldev/genaiguidelines/annotations/Creates;", "PREVIS");
    creates.visitEnd();
  }
}
