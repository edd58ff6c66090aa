package dev.genaiguidelines.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Java sources of a synthetic pipeline module: {@code classes} classes with ordinary
 * method bodies (loops, collections, streams, string building, calls into a neighbour class), a
 * declared {@code @GenAiUse} on every {@code every}-th class, and calls into a stub OpenAI-style
 * SDK in {@code com.openai} that only the declared classes make, so the build passes and the
 * plugin's undeclared-call check (GAI301) runs over real call sites.
 *
 * <p>Declared classes take turns at the three shapes of coverage: a declared method, a declared
 * type, and a declared method whose SDK call sits in a lambda.
 */
public final class PipelineSources {

  /** The package every generated pipeline class lives under. */
  public static final String BASE_PACKAGE = "com.studio.pipeline";
  /** The tool every generated use names; {@link #policyYaml()} registers it. */
  public static final String TOOL = "studio-llm";

  private static final int CLASSES_PER_PACKAGE = 100;
  private static final String[] AREAS =
      {"comp", "lighting", "render", "edit", "dailies", "asset", "layout", "fx"};
  private static final String[] KINDS = {"ShotStep", "FrameBatch", "AssetIndex", "RenderJob",
      "ReviewNote", "PlateCheck", "CacheEntry", "DeliveryItem"};

  /** What generated uses create: only kinds no rule asks approval for. */
  private static final String[] CREATES = {"ANALYSIS", "IDEATION", "PREVIS", "BACKGROUND_ELEMENT"};

  private final int classes;
  private final int every;
  private final int packages;

  /**
   * The classes in packages of {@value #CLASSES_PER_PACKAGE}.
   *
   * @param classes how many pipeline classes (the stub SDK's few classes come on top)
   * @param every a use is declared on class 0, every, 2*every, ...
   */
  public PipelineSources(int classes, int every) {
    this(classes, every, (classes + CLASSES_PER_PACKAGE - 1) / CLASSES_PER_PACKAGE);
  }

  /**
   * @param packages how many packages the classes are spread over, in consecutive runs of equal
   *     size (give or take one)
   */
  public PipelineSources(int classes, int every, int packages) {
    if (classes < 1 || every < 1 || packages < 1 || packages > classes) {
      throw new IllegalArgumentException("classes, every and packages must be at least 1, and"
          + " packages at most classes: " + classes + ", " + every + ", " + packages);
    }
    this.classes = classes;
    this.every = every;
    this.packages = packages;
  }

  /** How many packages the pipeline classes are spread over. */
  public int packages() {
    return packages;
  }

  /** How many {@code @GenAiUse} declarations the sources hold. */
  public int uses() {
    return (classes + every - 1) / every;
  }

  /** Writes every source below {@code sourceRoot} (a {@code src/main/java}); returns the files. */
  public List<Path> write(Path sourceRoot) throws IOException {
    List<Path> files = new ArrayList<>(classes + StubSdk.FILES.size());
    for (StubSdk.Source stub : StubSdk.FILES) {
      files.add(writeFile(sourceRoot, stub.path(), stub.text()));
    }
    for (int i = 0; i < classes; i++) {
      String packageName = packageOf(i);
      String path = packageName.replace('.', '/') + "/" + classNameOf(i) + ".java";
      files.add(writeFile(sourceRoot, path, classSource(i)));
    }
    return files;
  }

  /** The studio policy the generated module is built with: its one tool is vetted. */
  public static String policyYaml() {
    return """
        # Synthetic benchmark policy: the one tool every generated use names is vetted, so every
        # use is SOCIALIZE and the build passes.
        policy: netflix-2025
        tools:
          - id: studio-llm
            vendor: Studio AI Gateway
            enterpriseSecured: true
            trainsOnInputs: false
            retainsInputs: false
        """;
  }

  private int groupOf(int index) {
    return (int) ((long) index * packages / classes);
  }

  String packageOf(int index) {
    int group = groupOf(index);
    return BASE_PACKAGE + "." + AREAS[group % AREAS.length] + group;
  }

  static String classNameOf(int index) {
    return KINDS[index % KINDS.length] + index;
  }

  private boolean declared(int index) {
    return index % every == 0;
  }

  /** One pipeline class; its neighbour is the previous class of the same package, if any. */
  String classSource(int index) {
    String name = classNameOf(index);
    boolean hasNeighbour = index > 0 && groupOf(index - 1) == groupOf(index);
    String neighbour = hasNeighbour ? classNameOf(index - 1) : null;
    int shape = (index / every) % 3;
    boolean declared = declared(index);
    StringBuilder out = new StringBuilder(4096);
    out.append("package ").append(packageOf(index)).append(";\n\n");
    if (declared) {
      out.append("""
          import com.openai.client.OpenAIClient;
          import com.openai.models.ChatCompletion;
          import com.openai.models.ChatCompletionCreateParams;
          import dev.genaiguidelines.annotations.Creates;
          import dev.genaiguidelines.annotations.DataInput;
          import dev.genaiguidelines.annotations.GenAiUse;
          import dev.genaiguidelines.annotations.Output;
          """);
    }
    out.append("""
        import java.util.ArrayList;
        import java.util.List;
        import java.util.Map;
        import java.util.TreeMap;
        import java.util.function.Predicate;

        /** Synthetic pipeline step NAME: tracks frames of one shot through a stage. */
        """.replace("NAME", name));
    if (declared && shape == 1) {
      out.append(useAnnotation(index, "Tags the frames of a shot for the review sheet.", ""));
    }
    out.append("public final class ").append(name).append(" {\n\n");
    out.append("""
          private static final int PADDING = %d;

          private final String shot;
          private final List<String> frames = new ArrayList<>();
          private final Map<String, Integer> retries = new TreeMap<>();
          private int processed;

          public %s(String shot) {
            if (shot == null || shot.isBlank()) {
              throw new IllegalArgumentException("shot must be named");
            }
            this.shot = shot;
          }

          public int addFrames(int first, int last) {
            for (int frame = first; frame <= last; frame++) {
              StringBuilder name = new StringBuilder(shot).append('.');
              String number = Integer.toString(frame);
              for (int pad = number.length(); pad < PADDING; pad++) {
                name.append('0');
              }
              frames.add(name.append(number).append(".exr").toString());
            }
            return frames.size();
          }

          public void retry(String frame) {
            retries.merge(frame, 1, Integer::sum);
            if (retries.get(frame) > 3) {
              frames.remove(frame);
            }
          }

          public List<String> select(Predicate<String> filter, int limit) {
            List<String> selected = new ArrayList<>();
            for (String frame : frames) {
              if (selected.size() == limit) {
                break;
              }
              if (filter.test(frame) && !retries.containsKey(frame)) {
                selected.add(frame);
              }
            }
            return selected;
          }

          public Map<String, Long> countBySuffix() {
            Map<String, Long> counts = new TreeMap<>();
            frames.stream()
                .map(frame -> frame.substring(frame.lastIndexOf('.') + 1))
                .forEach(suffix -> counts.merge(suffix, 1L, Long::sum));
            return counts;
          }

          public double checksum(double seed) {
            double value = seed;
            for (int i = 0; i < frames.size(); i++) {
              value = value * 31 + frames.get(i).hashCode() %% 1000;
              if (value > 1.0e9) {
                value /= 7;
              }
            }
            processed++;
            return value;
          }

          public String describe() {
            return "%s[" + shot + ", " + frames.size() + " frames, " + processed + " passes]";
          }
        """.formatted(3 + index % 4, name, name));
    if (neighbour != null) {
      out.append("""

            public String chain(%s previous) {
              String before = previous.describe();
              return before.length() > describe().length() ? before : describe();
            }
          """.formatted(neighbour));
    }
    if (declared) {
      out.append('\n').append(sdkMethod(index, shape));
    }
    out.append("}\n");
    return out.toString();
  }

  private String sdkMethod(int index, int shape) {
    String client = """
            OpenAIClient client = OpenAIClient.builder()
                .baseUrl("https://api.openai.com/v1")
                .build();
        """;
    return switch (shape) {
      case 0 -> useAnnotation(index, "Summarizes the shot's frame notes for the review sheet.", "  ")
          + """
            public String summarize(String notes) {
          """ + client + """
              ChatCompletion reply = client.chat()
                  .create(new ChatCompletionCreateParams("gpt-4o", "Summarize: " + notes));
              return reply.text();
            }
          """;
      case 1 -> """
            public String tag(String frame) {
          """ + client + """
              return client.chat().create(new ChatCompletionCreateParams("gpt-4o", frame)).text();
            }
          """;
      default -> useAnnotation(index, "Drafts one review comment per selected frame.", "  ")
          + """
            public List<String> comment(List<String> selected) {
          """ + client + """
              return selected.stream()
                  .map(frame -> client.chat()
                      .create(new ChatCompletionCreateParams("gpt-4o", "Comment on " + frame))
                      .text())
                  .toList();
            }
          """;
    };
  }

  private static String useAnnotation(int index, String purpose, String indent) {
    String creates = CREATES[index % CREATES.length];
    return indent + "@GenAiUse(\n"
        + indent + "    id = \"use-" + index + "\",\n"
        + indent + "    tool = \"" + TOOL + "\",\n"
        + indent + "    purpose = \"" + purpose + "\",\n"
        + indent + "    output = Output.TEMPORARY,\n"
        + indent + "    inputs = DataInput.NONE,\n"
        + indent + "    creates = Creates." + creates + ")\n";
  }

  static Path writeFile(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
