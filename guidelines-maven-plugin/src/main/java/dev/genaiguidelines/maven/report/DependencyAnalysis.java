package dev.genaiguidelines.maven.report;

/**
 * How a module's runtime dependencies were analysed for GenAI SDKs and wrapper calls
 * ({@code dependencyAnalysis} in the JSON report): a report whose analyses came from the build
 * directory's cache vouches for what that cache held, so it says how many did.
 *
 * @param analysed the dependencies analysed
 * @param fromCache how many of those analyses were taken from the cache instead of the jar
 */
public record DependencyAnalysis(int analysed, int fromCache) {

  /** Where the analyses are cached, relative to the build directory ({@code target/}). */
  public static final String CACHE_DIRECTORY = "genai-guidelines/dependency-cache";

  /** What the dependency sections add after {@link #describe()} when no dependency is an SDK. */
  static final String NO_SDK = "None of them ships a GenAI SDK.";

  /**
   * The counts in words, as the HTML and Markdown dependency sections state them: "12 runtime
   * dependencies analysed in this build, none read from the build's cache." or "12 runtime
   * dependencies analysed: 1 in this build, 11 read from the build's cache (target/...)."
   */
  String describe() {
    return fromCache == 0
        ? count(analysed) + " analysed in this build, none read from the build's cache."
        : count(analysed) + " analysed: " + (analysed - fromCache) + " in this build, "
            + fromCache + " read from the build's cache (" + cacheInTarget() + ").";
  }

  /**
   * The banner's note when any analysis came from the cache: whoever controls the build
   * directory could have forged it, so only a clean build vouches for the dependencies.
   */
  String cacheWarning() {
    return fromCache + " of " + count(analysed) + (fromCache == 1 ? " was" : " were")
        + " not analysed in this build but read from the build's cache (" + cacheInTarget()
        + "), where a forged entry cannot be told from a real one: build a release from a"
        + " clean checkout (mvn clean verify) for this report to vouch for its dependencies.";
  }

  private static String cacheInTarget() {
    return "target/" + CACHE_DIRECTORY + "/";
  }

  private static String count(int n) {
    return n + (n == 1 ? " runtime dependency" : " runtime dependencies");
  }
}
