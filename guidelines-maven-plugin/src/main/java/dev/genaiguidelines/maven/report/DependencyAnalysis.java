package dev.genaiguidelines.maven.report;

/**
 * How a module's runtime dependencies were analysed for GenAI SDKs and wrapper calls
 * ({@code dependencyAnalysis} in the JSON report): a report whose analyses came from the build
 * directory's cache vouches for what that cache held, so it says how many did.
 *
 * @param analysed the dependencies analysed
 * @param fromCache how many of those analyses were taken from the cache instead of the jar
 */
public record DependencyAnalysis(int analysed, int fromCache) {}
