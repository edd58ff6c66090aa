package dev.genaiguidelines.bench;

import dev.genaiguidelines.maven.scan.MarkerCatalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.genaiguidelines.maven.scan.ClassScanner;
import dev.genaiguidelines.maven.scan.DependencyScanner;
import dev.genaiguidelines.maven.scan.ScanResult;
import dev.genaiguidelines.policy.DetectionMarkers;
import dev.genaiguidelines.policy.UseDeclaration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole harness on tiny sizes, in the normal test run: generated sources compile with the
 * processor and scan clean, the corpus copies are real classes, and every figure runs once.
 */
class BenchmarkSmokeTest {

  @TempDir
  Path data;

  @Test
  void generatedModuleCompilesWithTheProcessorAndScansClean() throws Exception {
    Path policy = Files.writeString(data.resolve("genai-policy.yaml"), PipelineSources.policyYaml());
    PipelineSources sources = new PipelineSources(20, 5);
    List<Path> files = sources.write(data.resolve("src"));
    assertEquals(24, files.size(), "20 pipeline classes and 4 stub SDK sources");
    assertEquals(4, sources.uses());

    TimedProcessor processor =
        new TimedProcessor(new dev.genaiguidelines.processor.GenAiUseProcessor());
    InProcessJavac.Outcome outcome = InProcessJavac.compile(files, data.resolve("classes"),
        List.of(processor), List.of("-Agenai.policy=" + policy, "-Agenai.asOf=2026-01-01"));
    ProcessorFigure.checkSummary(4, outcome);
    assertTrue(processor.nanos() > 0);

    ScanResult result =
        new ClassScanner(MarkerCatalog.builtIn().detection()).scan(data.resolve("classes"));
    assertEquals(26, result.classCount(),
        "20 pipeline classes, the catalog provider of their package, 5 stub SDK classes");
    assertEquals(List.of(
            "com.studio.pipeline.comp0.AssetIndex10#comment(java.util.List)",
            "com.studio.pipeline.comp0.DeliveryItem15#summarize(java.lang.String)",
            "com.studio.pipeline.comp0.PlateCheck5",
            "com.studio.pipeline.comp0.ShotStep0#summarize(java.lang.String)"),
        result.uses().stream().map(UseDeclaration::element).sorted().toList());
    assertEquals(List.of(), result.undeclaredCalls());
    assertEquals(List.of(), result.unreadable());
    assertTrue(BareAsmRead.read(data.resolve("classes")) > 25 * 1000L);
  }

  /** The twin: without its declaration, a generated SDK call is what the plugin reports. */
  @Test
  void generatedSdkCallWithoutItsDeclarationIsUndeclared() throws Exception {
    PipelineSources sources = new PipelineSources(20, 5);
    List<Path> files = sources.write(data.resolve("src"));
    Path declared = data.resolve("src/com/studio/pipeline/comp0/ShotStep0.java");
    String text = Files.readString(declared);
    int start = text.indexOf("  @GenAiUse(");
    int end = text.indexOf("  public String summarize");
    Files.writeString(declared, text.substring(0, start) + text.substring(end));
    InProcessJavac.compile(files, data.resolve("classes"), List.of(), List.of());

    ScanResult result =
        new ClassScanner(MarkerCatalog.builtIn().detection()).scan(data.resolve("classes"));
    assertEquals(3, result.uses().size());
    String method = "com.studio.pipeline.comp0.ShotStep0#summarize(java.lang.String) -> ";
    String file = " at com/studio/pipeline/comp0/ShotStep0.java:";
    assertEquals(List.of(
            method + "api.openai.com" + file + 90,
            method + "com.openai.client.OpenAIClient#builder()" + file + 90,
            method + "com.openai.client.OpenAIClient$Builder#baseUrl(java.lang.String)" + file + 91,
            method + "com.openai.client.OpenAIClient$Builder#build()" + file + 92,
            method + "com.openai.client.OpenAIClient#chat()" + file + 93,
            method + "com.openai.models.ChatCompletionCreateParams#<init>"
                + "(java.lang.String,java.lang.String)" + file + 93,
            method + "com.openai.services.ChatService#create"
                + "(com.openai.models.ChatCompletionCreateParams)" + file + 94,
            method + "com.openai.models.ChatCompletion#text()" + file + 95),
        result.undeclaredCalls().stream()
            .map(call -> call.element() + " -> " + call.target() + " at " + call.sourceFile()
                + ":" + call.line())
            .toList());
  }

  @Test
  void corpusCopiesTheTemplateIntoOwnPackages() throws Exception {
    Path corpus = ClassCorpus.ensure(data, 40, 20);
    ScanResult result = new ClassScanner(MarkerCatalog.builtIn().detection()).scan(corpus);
    assertEquals(47, result.classCount(),
        "two copies of 20 classes and their package's catalog provider, and 5 stub SDK classes");
    assertEquals(8, result.uses().size());
    assertEquals(4, result.uses().stream()
        .filter(use -> use.element().startsWith("com.studio.pipeline.c1.comp0.")).count());
    assertEquals(List.of(), result.undeclaredCalls());
    assertEquals(List.of(), result.unreadable());
    // Kept: a second call finds the finished corpus and does not rebuild it.
    long modified = Files.getLastModifiedTime(corpus.resolve(
        "com/studio/pipeline/c1/comp0/ShotStep0.class")).toMillis();
    Thread.sleep(20);
    ClassCorpus.ensure(data, 40, 20);
    assertEquals(modified, Files.getLastModifiedTime(corpus.resolve(
        "com/studio/pipeline/c1/comp0/ShotStep0.class")).toMillis());
  }

  @Test
  void scanHeapAndProcessorFiguresRunOnce() throws Exception {
    BenchSetup setup = new BenchSetup(Path.of(".."), data, data.resolve("repo"),
        Path.of("settings.xml"));

    FigureResult scan;
    FigureResult processor;
    try (LoadMonitor load = new LoadMonitor()) {
      scan = new ScanFigure(setup, List.of(40), 1, true).run(load);
    }
    processor = new ProcessorFigure(data, List.of(10, 100), 1).run();
    assertEquals(1, scan.rows().size());
    assertTrue(scan.rows().get(0).measure().startsWith("class scan (JMH), 40 classes"),
        scan.rows().get(0).measure());

    FigureResult heap = new HeapFigure(setup, List.of(40)).run();
    assertEquals(1, heap.rows().size());
    assertTrue(heap.rows().get(0).measure().startsWith("scan heap, 40 classes, 8 uses"),
        heap.rows().get(0).measure());

    assertEquals(2, processor.rows().size());
    assertTrue(processor.rows().get(1).measure()
        .startsWith("processor time in javac, 100 uses in one compilation (CPU; wall and"),
        processor.rows().get(1).measure());
    assertTrue(processor.rows().get(1).subject().matches(".+ \\(wall .+, GC .+\\); compile .+"),
        processor.rows().get(1).subject());
    assertTrue(processor.rows().get(1).result().startsWith("CPU "),
        processor.rows().get(1).result());
    assertTrue(processor.details().get(1).matches(
        "processor 100 uses: in processor wall \\[.+\\], CPU \\[.+\\], GC pauses \\[.+\\]; .+"),
        processor.details().get(1));

    String table = BenchMain.markdown(
        List.of(scan.rows().get(0), heap.rows().get(0), processor.rows().get(0)),
        List.of(), List.of("figure 2: n/a"));
    assertTrue(table.startsWith(ResultRow.header() + "\n| 2 | class scan (JMH), 40 classes"),
        table);
  }

  @Test
  void javacBreakdownComparesTheProcessorWithBothFloors() throws Exception {
    FigureResult javac = new JavacBreakdown(data, 20, 5, 1, 1).run();
    String floor = "a processor that reads every declaration and generates one empty class"
        + " (the floor of a checking, catalog-generating one)";
    assertEquals(List.of(
            "a no-op processor (the floor of any processor) / `-proc:none`",
            floor + " / `-proc:none`",
            "the guidelines processor / `-proc:none`",
            "the guidelines processor / " + floor),
        javac.rows().stream().map(row -> row.measure()
            .replaceFirst(".*20 classes, ", "").replaceFirst(" \\(median of .*", "")).toList());
    assertEquals(4, javac.details().size());
    assertTrue(Files.isRegularFile(data.resolve("javac-20/classes-read_and_generate_processor")
            .resolve("dev/genaiguidelines/bench/floor/Generated.class")),
        "the read-and-generate floor generated and compiled its class");
  }

  @Test
  void catalogFigureCompilesTheSameUsesInEachSpread() throws Exception {
    FigureResult catalog = new CatalogFigure(data, 20, 5, List.of(1, 3), 1).run();
    // One provider per module, however many packages declare uses.
    assertEquals(List.of("4 uses in 1 package (1 generated source)",
            "4 uses in 3 packages (1 generated source)"),
        catalog.rows().stream().map(row -> row.measure()
            .replaceFirst("^catalog compile cost, ", "").replaceFirst(": javac .*", "")).toList());
    assertEquals("CPU 1.000× of 1", catalog.rows().get(0).result());
    assertTrue(catalog.details().get(1)
            .startsWith("catalog 3 packages, 1 generated source: javac wall ["),
        catalog.details().get(1));
  }

  @Test
  void dependencyScanFigureTimesAFirstAndASecondBuild() throws Exception {
    BenchSetup setup = new BenchSetup(Path.of(".."), data, data.resolve("repo"),
        Path.of("settings.xml"));
    List<DependencyScanner.Dependency> jars = List.of(
        jarOf(org.objectweb.asm.ClassReader.class, "org.ow2.asm", "asm"),
        jarOf(org.openjdk.jmh.annotations.Benchmark.class, "org.openjdk.jmh", "jmh-core"));
    FigureResult scan = new DependencyScanFigure(setup, 1).run(jars, "the harness");
    assertEquals(List.of("first build, no cache", "second build, cached"),
        scan.rows().stream().map(row -> row.measure()
            .replaceFirst("^dependency scan, the harness's runtime class path, 2 jars, "
                + "[0-9.]+ MiB, 0 GenAI SDKs: ", "").replaceFirst(" \\(fresh JVM.*", ""))
            .toList());
    assertTrue(scan.details().get(0).matches("dependency scan: first \\[.+\\], second \\[.+\\]"),
        scan.details().get(0));
  }

  @Test
  void dependencyListLinesBecomeDependencies() {
    String listed = """

        The following files have been resolved:
           com.openai:openai-java-core:jar:4.105.0:compile:/r/openai-java-core-4.105.0.jar -- module openai.java.core [auto]
           io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.1.118.Final:runtime:/r/epoll.jar
           com.example:tests:jar:1.0:test:/r/tests.jar
           com.example:bom:pom:1.0:compile:/r/bom.pom
        """;
    assertEquals(List.of(
            new DependencyScanner.Dependency("com.openai", "openai-java-core", "4.105.0",
                Path.of("/r/openai-java-core-4.105.0.jar")),
            new DependencyScanner.Dependency("io.netty", "netty-transport-native-epoll",
                "4.1.118.Final", Path.of("/r/epoll.jar"))),
        DependencyScanFigure.parseList(listed));
  }

  private static DependencyScanner.Dependency jarOf(Class<?> type, String group, String artifact)
      throws Exception {
    Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    return new DependencyScanner.Dependency(group, artifact, "any", jar);
  }

  @Test
  void readsTheBuildsCpuTimeFromBashTimes() {
    String log = "[INFO] BUILD SUCCESS\n\n[bench] times\n0m0.004s 0m0.002s\n1m23.456s 0m4.544s\n";
    assertEquals(88.0e9, MavenFigure.childrenCpuNanos(log, Path.of("build.log")), 1e3);
  }

  @Test
  void aBuildLogWithoutTimesIsAClearError() {
    IllegalStateException error = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class,
        () -> MavenFigure.childrenCpuNanos("[INFO] BUILD SUCCESS\n", Path.of("build.log")));
    assertEquals("No CPU times from bash's `times` at the end of build.log", error.getMessage());
  }

  /** Figures 1 and 5 end to end, through the wrapper: one round of builds of a 20-class module. */
  @Test
  void mavenFigureBuildsEveryVariant() throws Exception {
    BenchSetup setup = new BenchSetup(Path.of(System.getProperty("bench.root")), data,
        Path.of(System.getProperty("bench.repo")), Path.of(System.getProperty("bench.settings")));
    FigureResult maven;
    try (LoadMonitor load = new LoadMonitor()) {
      maven = new MavenFigure(setup, 20, 5, 3, 1).run(load);
    }
    String size = "`mvn clean verify`, 20 classes, 4 uses, 3 packages, with the guidelines / ";
    assertEquals(List.of(
            "1 " + size + "with a no-op processor and no plugin",
            "1 " + size + "`-proc:none` and no plugin, for users",
            "1 breakdown: the guidelines processor alone (no plugin) / the no-op processor",
            "1 breakdown: the no-op processor / `-proc:none` (what javac charges any processor)",
            "5 the plugin's goals (`report` + `check`) in the guidelines build of figure 1, share"
                + " of its wall time (Maven's timestamps; median of 1 rounds)",
            "5 `check` after `report` in the same build"),
        maven.rows().stream().map(row -> row.figure() + " "
            + row.measure().replaceFirst(" \\((median|Maven's timestamps; median) of 1 rounds"
                + "(; wall, CPU in brackets|; `report` in the next column)\\)$", "")).toList());
    assertTrue(maven.rows().get(4).result().matches("\\d+\\.\\d\\d %"),
        maven.rows().get(4).result());
    String note = "[genai] 4 GenAI uses";
    String both = Files.readString(data.resolve("logs/guidelines-0.log"));
    assertTrue(both.contains(note) && both.contains("(genai-check)")
        && both.contains("BUILD SUCCESS"), both);
    List<MojoTimeline.Mojo> mojos = MojoTimeline.read(both, Path.of("guidelines-0.log"));
    assertEquals(List.of("default-clean", "default-resources", "default-compile",
            "default-testResources", "default-testCompile", "default-test", "default-jar",
            "genai-report", "genai-check"),
        mojos.stream().map(MojoTimeline.Mojo::execution).toList());
    assertTrue(mojos.stream().allMatch(mojo -> mojo.millis() >= 0), mojos.toString());
    String floor = Files.readString(data.resolve("logs/no-op-floor-0.log"));
    assertTrue(floor.contains(FloorProcessors.NoOp.NOTE) && !floor.contains("genai"), floor);
    String none = Files.readString(data.resolve("logs/proc-none-0.log"));
    assertFalse(none.contains("genai") || none.contains(FloorProcessors.NoOp.NOTE), none);
    String processor = Files.readString(data.resolve("logs/processor-only-0.log"));
    assertTrue(processor.contains(note) && !processor.contains("(genai-check)"), processor);
  }

  @Test
  void mojoTimelineReadsEachGoalFromHeaderToTheNext() {
    String log = """
        10:00:00.000 [INFO] --- jar:3.4.2:jar (default-jar) @ pipeline ---
        10:00:00.250 [INFO] Building jar: /tmp/pipeline.jar
        10:00:00.300 [INFO] --- guidelines:0.1.0:report (genai-report) @ pipeline ---
        10:00:01.050 [INFO] --- guidelines:0.1.0:check (genai-check) @ pipeline ---
        10:00:01.170 [INFO] ------------------------------------------------------------------------
        10:00:01.171 [INFO] BUILD SUCCESS
        """;
    List<MojoTimeline.Mojo> mojos = MojoTimeline.read(log, Path.of("build.log"));
    assertEquals(List.of(
            new MojoTimeline.Mojo("jar:3.4.2:jar", "default-jar", 300),
            new MojoTimeline.Mojo("guidelines:0.1.0:report", "genai-report", 750),
            new MojoTimeline.Mojo("guidelines:0.1.0:check", "genai-check", 120)),
        mojos);
  }

  @Test
  void aLogWithoutTimestampsIsAClearError() {
    IllegalStateException error = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, () -> MojoTimeline.read(
            "[INFO] --- jar:3.4.2:jar (default-jar) @ pipeline ---\n[INFO] BUILD SUCCESS\n",
            Path.of("build.log")));
    assertEquals("No timed goals in build.log: the build must run with "
        + MojoTimeline.OPTIONS + " and end with Maven's separator line.", error.getMessage());
  }
}
