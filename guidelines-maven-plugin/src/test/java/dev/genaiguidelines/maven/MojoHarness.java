package dev.genaiguidelines.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.execution.BuildSuccess;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.testing.AbstractMojoTestCase;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.LocalRepository;
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

  /**
   * Points {@code mojo}'s repository session at {@code directory}, so a test never reads or
   * writes the user's own local repository.
   */
  <T extends Mojo> T useLocalRepository(T mojo, Path directory, boolean offline)
      throws Exception {
    DefaultRepositorySystemSession session = (DefaultRepositorySystemSession)
        ((AbstractGuidelinesMojo) mojo).session.getRepositorySession();
    RepositorySystem system = lookup(RepositorySystem.class);
    session.setLocalRepositoryManager(system.newLocalRepositoryManager(session,
        new LocalRepository(directory.toFile())));
    session.setOffline(offline);
    return mojo;
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
  <T extends Mojo> T mojo(String goal, MavenProject project, Map<String, String> userProperties,
      RecordingLog log, List<MavenProject> reactor) throws Exception {
    return mojo(goal, project, userProperties, log, reactor, session -> {
      session.getRequest().setMultiModuleProjectDirectory(project.getBasedir());
    });
  }

  /**
   * {@code report-aggregate} run from the command line on {@code root} ({@code mvn verify
   * guidelines:report-aggregate}): the projects in {@code built}, root first, were built in an
   * earlier task segment, in a reactor of {@code reactor} projects rooted in root's directory.
   */
  <T extends Mojo> T aggregateMojo(MavenProject root, List<MavenProject> built,
      List<MavenProject> reactor, Map<String, String> userProperties, RecordingLog log)
      throws Exception {
    return aggregateMojo(root, built, reactor, userProperties, log, session -> {});
  }

  /** The same, with the session then set up further by {@code setUp}, e.g. its goals. */
  <T extends Mojo> T aggregateMojo(MavenProject root, List<MavenProject> built,
      List<MavenProject> reactor, Map<String, String> userProperties, RecordingLog log,
      Consumer<MavenSession> setUp) throws Exception {
    return mojo("report-aggregate", root, userProperties, log, reactor, session -> {
      session.setProjects(built);
      session.getRequest().setMultiModuleProjectDirectory(root.getBasedir());
      built.forEach(p -> session.getResult().addBuildSummary(new BuildSuccess(p, 1)));
      setUp.accept(session);
    });
  }

  /** The mojo for {@code goal} on {@code project}, with the session set up by {@code setUp}. */
  @SuppressWarnings("unchecked")
  <T extends Mojo> T mojo(String goal, MavenProject project, Map<String, String> userProperties,
      RecordingLog log, List<MavenProject> reactor, Consumer<MavenSession> setUp)
      throws Exception {
    MavenSession session = newMavenSession(project);
    session.setAllProjects(reactor);
    setUp.accept(session);
    // FixtureCompiler compiles without the processor, so no fixture has a catalog; the tests of
    // that check turn it on again.
    session.getUserProperties().setProperty("guidelines.failOnMissingCatalog", "false");
    userProperties.forEach(session.getUserProperties()::setProperty);
    MojoExecution execution = newMojoExecution(goal);
    T mojo = (T) lookupConfiguredMojo(session, execution);
    mojo.setLog(log);
    return mojo;
  }
}
