package dev.genaiguidelines.maven;

import dev.genaiguidelines.maven.report.Enforcement;
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
    Properties properties = properties(project, session);
    // A check that is bound but skipped (its execution's <skip>, or guidelines.skip) runs no gate.
    boolean skipped = "true".equalsIgnoreCase(
        String.valueOf(value("skip", plugin, bound, properties)).trim());
    boolean runs = (bound != null || onCommandLine) && !skipped;
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

  /** A {@code failOn...} switch as the mojo would get it: true unless it is set to false. */
  private static boolean setting(String name, Plugin plugin, PluginExecution execution,
      Properties properties) {
    String value = value(name, plugin, execution, properties);
    return value == null || value.isBlank() || !"false".equalsIgnoreCase(value.trim());
  }

  /**
   * The parameter's text as the mojo would get it: the execution's configuration, then the
   * plugin's, then its user property; null when none sets it.
   */
  private static String value(String name, Plugin plugin, PluginExecution execution,
      Properties properties) {
    String value = execution == null ? null : configured(execution.getConfiguration(), name);
    if (value == null && plugin != null) {
      value = configured(plugin.getConfiguration(), name);
    }
    if (value == null) {
      value = properties.getProperty("guidelines." + name);
    }
    return resolve(value, properties);
  }

  private static String configured(Object configuration, String name) {
    return configuration instanceof Xpp3Dom dom && dom.getChild(name) != null
        ? dom.getChild(name).getValue() : null;
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
