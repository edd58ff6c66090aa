package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.report.Enforcement;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Reads how the same build's {@code check} is configured, from the project model and the
 * session's properties, so {@code report} can say it before {@code check} runs.
 */
final class EnforcementReader {

  static final String GROUP_ID = "dev.genaiguidelines";
  static final String ARTIFACT_ID = "guidelines-maven-plugin";

  private EnforcementReader() {}

  static Enforcement of(MavenProject project, MavenSession session) {
    Plugin plugin = project.getPlugin(GROUP_ID + ':' + ARTIFACT_ID);
    PluginExecution bound = null;
    if (plugin != null) {
      for (PluginExecution execution : plugin.getExecutions()) {
        if (execution.getGoals().contains("check") && !"none".equals(execution.getPhase())) {
          bound = execution;
          break;
        }
      }
    }
    boolean onCommandLine = session != null && session.getGoals() != null
        && session.getGoals().stream().anyMatch(EnforcementReader::namesCheck);
    boolean runs = bound != null || onCommandLine;
    Properties properties = properties(project, session);
    return new Enforcement(runs,
        setting("failOnViolation", plugin, bound, properties),
        setting("failOnUndeclared", plugin, bound, properties),
        setting("failOnUnreadable", plugin, bound, properties),
        setting("failOnMissingCatalog", plugin, bound, properties));
  }

  private static boolean namesCheck(String goal) {
    return goal.equals("guidelines:check")
        || goal.startsWith(GROUP_ID + ':' + ARTIFACT_ID + ':') && goal.endsWith(":check");
  }

  /**
   * The parameter as the mojo would get it: the execution's configuration, then the plugin's,
   * then its user property, then its default (true).
   */
  private static boolean setting(String name, Plugin plugin, PluginExecution execution,
      Properties properties) {
    String value = null;
    for (Object configuration : execution == null || plugin == null
        ? List.of(plugin == null ? "" : nullToEmpty(plugin.getConfiguration()))
        : List.of(nullToEmpty(execution.getConfiguration()), nullToEmpty(plugin.getConfiguration()))) {
      if (value == null && configuration instanceof Xpp3Dom dom && dom.getChild(name) != null) {
        value = dom.getChild(name).getValue();
      }
    }
    if (value == null) {
      value = properties.getProperty("guidelines." + name);
    }
    value = resolve(value, properties);
    return value == null || value.isBlank() || !"false".equalsIgnoreCase(value.trim());
  }

  private static Object nullToEmpty(Object configuration) {
    return configuration == null ? "" : configuration;
  }

  /** {@code ${name}} as Maven would expand it from the same properties; other text as it is. */
  private static String resolve(String value, Properties properties) {
    if (value != null && value.startsWith("${") && value.endsWith("}")) {
      return properties.getProperty(value.substring(2, value.length() - 1));
    }
    return value;
  }

  /** The project's properties, overridden by system and then user properties, as Maven does. */
  private static Properties properties(MavenProject project, MavenSession session) {
    Properties all = new Properties();
    all.putAll(project.getProperties());
    if (session != null) {
      all.putAll(session.getSystemProperties());
      all.putAll(session.getUserProperties());
    }
    return all;
  }
}
