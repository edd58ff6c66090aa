package dev.genaiguidelines.maven.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.genaiguidelines.annotations.GenAiUse;
import dev.genaiguidelines.policy.DetectionMarkers;
import dev.genaiguidelines.policy.UndeclaredCall;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles small sources with the running JDK's javac, so the scanner is tested on real class
 * files of every JDK the build runs on.
 */
final class TestCompiler {

  /** Stand-ins for GenAI SDKs, compiled onto the classpath but not into the scanned directory. */
  static final Map<String, String> SDK_STUBS = Map.of(
      "com/openai/client/OpenAIClient.java", """
          package com.openai.client;
          public class OpenAIClient {
            public static final String X = "x";
            public static String defaultModel = "gpt-4o";
            public OpenAIClient() {}
            public OpenAIClient(String key) {}
            public String chat(String prompt) { return prompt; }
          }
          """,
      "com/openai/models/ChatModel.java", """
          package com.openai.models;
          public final class ChatModel {
            public static final ChatModel GPT_4O = new ChatModel();
          }
          """,
      "com/openai/models/Role.java", """
          package com.openai.models;
          public enum Role { USER, ASSISTANT }
          """,
      "com/example/aigateway/Gateway.java", """
          package com.example.aigateway;
          public final class Gateway {
            public static String ask(String prompt) { return prompt; }
          }
          """,
      "dev/langchain4j/service/SystemMessage.java", """
          package dev.langchain4j.service;
          @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
          public @interface SystemMessage { String value(); }
          """);

  private final Path root;
  private final Path stubs;
  private final Map<String, String> sources = new LinkedHashMap<>();

  /** A compiler working under {@code root}, which must be an empty scratch directory. */
  TestCompiler(Path root) throws IOException {
    this.root = root;
    this.stubs = root.resolve("stubs");
    compile(SDK_STUBS, stubs, List.of(annotationsLocation()));
  }

  /** Adds a source at {@code path} ({@code com/x/Foo.java}). */
  TestCompiler source(String path, String text) {
    sources.put(path, text);
    return this;
  }

  /** Compiles the added sources into {@code root/classes} and returns that directory. */
  Path compile(String... options) throws IOException {
    Path classes = root.resolve("classes");
    compile(sources, classes, List.of(annotationsLocation(), stubs), options);
    return classes;
  }

  /**
   * Compiles the added sources against {@code classpath} too (a dependency's classes) into
   * {@code root/classes} and returns that directory.
   */
  Path compileAgainst(List<Path> classpath) throws IOException {
    Path classes = root.resolve("classes");
    List<Path> all = new ArrayList<>(List.of(annotationsLocation(), stubs));
    all.addAll(classpath);
    compile(sources, classes, all);
    return classes;
  }

  /**
   * Compiles the added sources, scans them for calls matching {@code markers}, checks that every
   * class file was read, and returns the calls no declaration covers.
   */
  List<UndeclaredCall> undeclaredCalls(DetectionMarkers markers, String... options)
      throws IOException {
    ScanResult result = new ClassScanner(markers).scan(compile(options));
    assertEquals(List.of(), result.unreadable());
    return result.undeclaredCalls();
  }

  /** The 1-based line of the only line of {@code path}'s source containing {@code marker}. */
  int lineOf(String path, String marker) {
    String[] lines = sources.get(path).split("\n", -1);
    int found = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(marker)) {
        assertTrue(found == 0, "marker " + marker + " appears twice in " + path);
        found = i + 1;
      }
    }
    assertTrue(found > 0, "marker " + marker + " not in " + path);
    return found;
  }

  private void compile(Map<String, String> toCompile, Path output, List<Path> classpath,
      String... options) throws IOException {
    Path sourceRoot = root.resolve("src-" + output.getFileName());
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> source : toCompile.entrySet()) {
      Path file = sourceRoot.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      files.add(file);
    }
    Files.createDirectories(output);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
      List<String> arguments = new ArrayList<>(List.of(
          "-d", output.toString(),
          "-classpath", String.join(java.io.File.pathSeparator,
              classpath.stream().map(Path::toString).toList()),
          "-proc:none", "-Xlint:-options"));
      arguments.addAll(List.of(options));
      Boolean ok = javac.getTask(messages, fileManager, null, arguments, null, units).call();
      if (!ok) {
        fail("test sources do not compile:\n" + messages);
      }
    }
  }

  static Path annotationsLocation() {
    try {
      return Path.of(GenAiUse.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
