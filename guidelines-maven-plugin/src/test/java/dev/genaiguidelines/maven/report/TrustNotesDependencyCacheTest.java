package dev.genaiguidelines.maven.report;

import static dev.genaiguidelines.maven.report.ReportFixtures.CONTEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.genaiguidelines.policy.Assessment;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report whose dependency analyses came from the build directory's cache says so where legal
 * and production staff read it: the HTML and Markdown "Read this first" banner, and the counts in
 * their dependency sections (and SARIF's run properties, as in JSON). A clean build, whose
 * analyses all ran in the build, has no such banner: each case has that twin.
 */
class TrustNotesDependencyCacheTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String CACHE_NOTE = "11 of 12 runtime dependencies were not analysed in"
      + " this build but read from the build's cache (target/genai-guidelines/dependency-cache/),"
      + " where a forged entry cannot be told from a real one: build a release from a clean"
      + " checkout (mvn clean verify) for this report to vouch for its dependencies.";

  private static final String CACHED_COUNTS = "12 runtime dependencies analysed: 1 in this"
      + " build, 11 read from the build's cache (target/genai-guidelines/dependency-cache/).";

  private static final String CLEAN_COUNTS =
      "12 runtime dependencies analysed in this build, none read from the build's cache.";

  /** The SDKs {@link ReportFixtures#shipsSdks()} lists, with no finding. */
  private static Assessment declared() {
    return ReportFixtures.undeclaredSdk();
  }

  /** A report of a clean build whose {@code analysed} runtime dependencies ship no SDK. */
  private static String withoutSdks(ReportFormat format, int analysed) {
    return ReportFixtures.render(format,
        CONTEXT.withDependencyAnalysis(new DependencyAnalysis(analysed, 0)), declared());
  }

  private static ReportContext clean() {
    return ReportFixtures.shipsSdks().withDependencyAnalysis(new DependencyAnalysis(12, 0));
  }

  /** The note as HTML text: only the apostrophe of "build's" needs escaping. */
  private static String html(String text) {
    return text.replace("'", "&#39;");
  }

  /** The fixture's policy is the project's own file, so its banner always has that note. */
  private static final String PROJECT_POLICY_NOTE = "No studio policy artifact judged this build:"
      + " the policy is genai-policy.yaml, a file the project itself controls.";

  @Test
  void theBannerSaysHowManyAnalysesCameFromTheCache() {
    assertEquals(List.of(PROJECT_POLICY_NOTE, CACHE_NOTE),
        TrustNotes.warnings(ReportFixtures.shipsSdksFromCache(), declared()));
  }

  @Test
  void theBannerTwinOfACleanBuildOrOfNoAnalysisHasNoCacheNote() {
    assertEquals(List.of(PROJECT_POLICY_NOTE), TrustNotes.warnings(clean(), declared()));
    assertEquals(List.of(PROJECT_POLICY_NOTE),
        TrustNotes.warnings(ReportFixtures.shipsSdks(), declared()));
  }

  @Test
  void oneCachedAnalysisIsCountedInTheSingular() {
    ReportContext one = ReportFixtures.shipsSdks()
        .withDependencyAnalysis(new DependencyAnalysis(12, 1));
    assertTrue(TrustNotes.warnings(one, declared()).get(1).startsWith(
        "1 of 12 runtime dependencies was not analysed in this build but read from the build's"
            + " cache"));
  }

  @Test
  void htmlOpensWithTheCacheNoteInItsBanner() {
    String html = ReportFixtures.render(ReportFormat.HTML, ReportFixtures.shipsSdksFromCache(),
        declared());
    assertTrue(html.contains("<h2 id=\"trust-title\">Read this first</h2>\n<ul>\n<li>"
        + PROJECT_POLICY_NOTE + "</li>\n<li>" + html(CACHE_NOTE) + "</li>\n</ul>\n</section>"),
        html);
    assertTrue(html.indexOf("trust-title") < html.indexOf("id=\"dependencies\""), html);
  }

  @Test
  void htmlTwinOfACleanBuildHasNoCacheNoteInItsBanner() {
    String html = ReportFixtures.render(ReportFormat.HTML, clean(), declared());
    assertTrue(html.contains("<ul>\n<li>" + PROJECT_POLICY_NOTE + "</li>\n</ul>\n</section>"),
        html);
    assertFalse(html.contains("not analysed in this build"), html);
  }

  @Test
  void markdownOpensWithTheCacheNoteInItsCaution() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, ReportFixtures.shipsSdksFromCache(),
        declared());
    assertTrue(md.contains("> [!CAUTION]\n> **Read this first.**\n> - " + PROJECT_POLICY_NOTE
        + "\n> - " + CACHE_NOTE + "\n\n"), md);
  }

  @Test
  void markdownTwinOfACleanBuildHasNoCacheNoteInItsCaution() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, clean(), declared());
    assertTrue(md.contains("> [!CAUTION]\n> **Read this first.**\n> - " + PROJECT_POLICY_NOTE
        + "\n\n"), md);
    assertFalse(md.contains("not analysed in this build"), md);
  }

  @Test
  void htmlDependencySectionStatesTheCountsAboveTheSdks() {
    String html = ReportFixtures.render(ReportFormat.HTML, ReportFixtures.shipsSdksFromCache(),
        declared());
    assertTrue(html.contains("<h2 id=\"dependencies-title\">GenAI SDKs on the runtime class"
        + " path</h2>\n<p>" + html(CACHED_COUNTS) + "</p>\n<table class=\"plain\">"),
        html);
    assertTrue(ReportFixtures.render(ReportFormat.HTML, clean(), declared())
        .contains("path</h2>\n<p>12 runtime dependencies analysed in this build, none read from"
            + " the build&#39;s cache.</p>\n<table class=\"plain\">"));
  }

  @Test
  void htmlDependencySectionWithoutSdksStillStatesTheCounts() {
    String html = withoutSdks(ReportFormat.HTML, 12);
    assertTrue(html.contains("<h2 id=\"dependencies-title\">GenAI SDKs on the runtime class"
        + " path</h2>\n<p>" + html(CLEAN_COUNTS)
        + "</p>\n<p>None of them ships a GenAI SDK.</p>\n</section>\n"), html);
  }

  @Test
  void htmlTwinWithNoDependencyAnalysedHasNoSection() {
    String html = withoutSdks(ReportFormat.HTML, 0);
    assertFalse(html.contains("id=\"dependencies\""), html);
  }

  @Test
  void markdownDependencySectionStatesTheCountsAboveTheSdks() {
    String md = ReportFixtures.render(ReportFormat.MARKDOWN, ReportFixtures.shipsSdksFromCache(),
        declared());
    assertTrue(md.contains("\n### GenAI SDKs on the runtime class path\n\n" + CACHED_COUNTS
        + "\n\n- com.openai:openai-java-core:4.8.0 (OpenAI)\n"
        + "- com.studio:aikit:1.0 (OpenAI), declares its uses\n"), md);
  }

  @Test
  void markdownDependencySectionWithoutSdksStillStatesTheCounts() {
    String md = withoutSdks(ReportFormat.MARKDOWN, 12);
    assertTrue(md.contains("\n### GenAI SDKs on the runtime class path\n\n" + CLEAN_COUNTS
        + " None of them ships a GenAI SDK.\n\n### Warnings\n"), md);
  }

  @Test
  void markdownTwinWithNoDependencyAnalysedHasNoSection() {
    String md = withoutSdks(ReportFormat.MARKDOWN, 0);
    assertFalse(md.contains("### GenAI SDKs"), md);
  }

  @Test
  void sarifRunPropertiesCarryTheCountsAsJsonDoes() throws IOException {
    JsonNode properties = MAPPER.readTree(ReportFixtures.render(ReportFormat.SARIF,
        ReportFixtures.shipsSdksFromCache(), declared())).get("runs").get(0).get("properties");
    assertEquals("{\"analysed\":12,\"fromCache\":11}",
        properties.get("dependencyAnalysis").toString());
    JsonNode none = MAPPER.readTree(ReportFixtures.render(ReportFormat.SARIF,
        ReportFixtures.shipsSdks(), declared())).get("runs").get(0).get("properties");
    assertFalse(none.has("dependencyAnalysis"), none.toString());
  }
}
