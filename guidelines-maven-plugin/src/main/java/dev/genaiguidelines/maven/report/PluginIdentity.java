package dev.genaiguidelines.maven.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** How the reports name the tool that wrote them (SARIF driver, CycloneDX tool, HTML footer). */
final class PluginIdentity {
  static final String NAME = "genai-guidelines";
  static final String GROUP_ID = "dev.genaiguidelines";
  static final String ARTIFACT_ID = "guidelines-maven-plugin";
  static final String INFORMATION_URI = "https://github.com/genai-guidelines/genai-guidelines";

  /** Used when the classes do not run from the packaged plugin jar, as in this module's tests. */
  static final String FALLBACK_VERSION = "0.1.0";

  private static final String POM_PROPERTIES =
      "/META-INF/maven/" + GROUP_ID + "/" + ARTIFACT_ID + "/pom.properties";
  private static final String VERSION = readVersion();

  private PluginIdentity() {}

  /** The plugin's version, from the {@code pom.properties} Maven packs into the jar. */
  static String version() {
    return VERSION;
  }

  private static String readVersion() {
    try (InputStream in = PluginIdentity.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return FALLBACK_VERSION;
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "").strip();
      return version.isEmpty() ? FALLBACK_VERSION : version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + POM_PROPERTIES + " from the plugin jar", e);
    }
  }
}
