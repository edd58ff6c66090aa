package dev.genaiguidelines.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.testing.AbstractMojoTestCase;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs this plugin's mojos from the generated {@code plugin.xml} in a real Plexus container, so
 * parameters are configured as in a build: defaults, {@code ${...}} expressions and
 * {@code guidelines.*} user properties. It adapts the JUnit 3 style harness to JUnit 5 tests:
 * register it with {@code @RegisterExtension} and it starts and stops its container around each
 * test, or call {@link #start()} and {@link #stop()}.
 */
final class MojoHarness extends AbstractMojoTestCase
    implements BeforeEachCallback, AfterEachCallback {

  void start() throws Exception {
    setUp();
  }

  void stop() throws Exception {
    tearDown();
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    start();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    stop();
  }

  /** A jar project in {@code basedir} with Maven's standard layout. */
  static MavenProject project(Path basedir, String artifactId) {
    Model model = new Model();
    model.setModelVersion("4.0.0");
    model.setGroupId("com.example.studio");
    model.setArtifactId(artifactId);
    model.setVersion("1.0");
    model.setPackaging("jar");
    Build build = new Build();
    build.setDirectory(basedir.resolve("target").toString());
    build.setOutputDirectory(basedir.resolve("target/classes").toString());
    build.setSourceDirectory(basedir.resolve("src/main/java").toString());
    model.setBuild(build);
    model.getProperties().setProperty("project.build.outputTimestamp", "2026-01-01T00:00:00Z");
    MavenProject project = new MavenProject(model);
    project.setFile(basedir.resolve("pom.xml").toFile());
    project.addCompileSourceRoot(basedir.resolve("src/main/java").toString());
    // Attaching needs the main artifact, which a real build creates from the packaging.
    project.setArtifact(new DefaultArtifact(model.getGroupId(), artifactId, model.getVersion(),
        "compile", "jar", null, new DefaultArtifactHandler("jar")));
    return project;
  }

  /**
   * Configures this plugin in {@code project}'s pom, as a user's {@code <configuration>} would:
   * for parameters without a user property, such as {@code outputDirectory}.
   */
  static void configure(MavenProject project, Map<String, String> parameters) {
    Xpp3Dom configuration = new Xpp3Dom("configuration");
    parameters.forEach((name, value) -> {
      Xpp3Dom parameter = new Xpp3Dom(name);
      parameter.setValue(value);
      configuration.addChild(parameter);
    });
    Plugin plugin = new Plugin();
    plugin.setGroupId("dev.genaiguidelines");
    plugin.setArtifactId("guidelines-maven-plugin");
    plugin.setConfiguration(configuration);
    project.getBuild().addPlugin(plugin);
  }

  /** A component of the container, such as the resolver's {@code RepositorySystem}. */
  <T> T component(Class<T> role) throws Exception {
    return lookup(role);
  }

  /**
   * The mojo for {@code goal}, configured for {@code project} with {@code userProperties} set as
   * with {@code -Dname=value}, and its log recorded.
   */
  <T extends Mojo> T mojo(String goal, MavenProject project, Map<String, String> userProperties,
      RecordingLog log) throws Exception {
    return mojo(goal, project, userProperties, log, List.of(project));
  }

  /** The same, in a reactor of {@code reactor} projects of which only {@code project} is built. */
  @SuppressWarnings("unchecked")
  <T extends Mojo> T mojo(String goal, MavenProject project, Map<String, String> userProperties,
      RecordingLog log, List<MavenProject> reactor) throws Exception {
    MavenSession session = newMavenSession(project);
    session.setAllProjects(reactor);
    session.getRequest().setMultiModuleProjectDirectory(project.getBasedir());
    userProperties.forEach(session.getUserProperties()::setProperty);
    MojoExecution execution = newMojoExecution(goal);
    T mojo = (T) lookupConfiguredMojo(session, execution);
    mojo.setLog(log);
    return mojo;
  }
}
