package dev.genaiguidelines.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the studio's policy artifact on a class path, as the processor and plugin do. */
class StudioPolicyTest {

  @TempDir Path dir;

  private Path jar(String name, Map<String, String> entries) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        out.putNextEntry(new JarEntry(entry.getKey()));
        out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static URLClassLoader loader(Path... jars) throws IOException {
    URL[] urls = new URL[jars.length];
    for (int i = 0; i < jars.length; i++) {
      urls[i] = jars[i].toUri().toURL();
    }
    // No parent resources: the test's own class path holds no studio policy either way.
    return new URLClassLoader(urls, null);
  }

  private Path studioJar(String name, String artifactId, String version) throws IOException {
    return jar(name, Map.of(StudioPolicy.RESOURCE, "policy: netflix-2025\napprovals: []\n",
        "META-INF/maven/com.studio/" + artifactId + "/pom.properties",
        "groupId=com.studio\nartifactId=" + artifactId + "\nversion=" + version + "\n"));
  }

  @Test
  void findsTheStudioPolicyAndNamesItByItsCoordinates() throws Exception {
    Path jar = studioJar("genai-policy-3.1.0.jar", "genai-policy", "3.1.0");

    try (URLClassLoader loader = loader(jar)) {
      StudioPolicy found = StudioPolicy.find(loader).orElseThrow();
      assertEquals("com.studio:genai-policy:3.1.0", found.origin());
      assertEquals("genai-policy-3.1.0.jar!/META-INF/genai-guidelines/genai-policy.yaml",
          found.file().toString());
      Policy policy = found.read();
      assertEquals("com.studio:genai-policy:3.1.0", policy.origin());
      assertTrue(policy.studioLayer().isPresent());
    }
  }

  @Test
  void twinNoStudioPolicyOnTheClassPath() throws Exception {
    Path other = jar("other.jar", Map.of("META-INF/genai-guidelines/readme.txt", "not a policy"));

    try (URLClassLoader loader = loader(other)) {
      assertEquals(Optional.empty(), StudioPolicy.find(loader));
    }
  }

  @Test
  void aJarWithoutPomPropertiesIsNamedByItsFileName() throws Exception {
    Path jar = jar("hand-made.jar", Map.of(StudioPolicy.RESOURCE, "policy: netflix-2025\n"));

    try (URLClassLoader loader = loader(jar)) {
      assertEquals("hand-made.jar", StudioPolicy.find(loader).orElseThrow().origin());
    }
  }

  @Test
  void twoStudioPoliciesAreAnErrorNamingBoth() throws Exception {
    Path first = studioJar("a.jar", "genai-policy", "3.1.0");
    Path second = studioJar("b.jar", "genai-policy-vfx", "1.0.0");

    try (URLClassLoader loader = loader(first, second)) {
      PolicyFileException e = assertThrows(PolicyFileException.class,
          () -> StudioPolicy.find(loader));
      assertEquals("b.jar!/META-INF/genai-guidelines/genai-policy.yaml: two studio policies are on"
          + " the class path (com.studio:genai-policy-vfx:1.0.0, com.studio:genai-policy:3.1.0);"
          + " which one applies would depend on the class path order. Fix: keep one studio policy"
          + " artifact beside the processor (annotationProcessorPaths) and the plugin (its"
          + " dependencies)", e.getMessage());
    }
  }

  @Test
  void aBrokenStudioPolicyIsLocatedInItsJar() throws Exception {
    Path jar = jar("broken.jar", Map.of(StudioPolicy.RESOURCE, "policy: netflix-2025\ntool: []\n"));

    try (URLClassLoader loader = loader(jar)) {
      PolicyFileException e = assertThrows(PolicyFileException.class,
          () -> StudioPolicy.find(loader).orElseThrow().read());
      assertTrue(e.getMessage().startsWith("broken.jar!/META-INF/genai-guidelines/genai-policy.yaml"
          + ":2:1: unknown key 'tool' at the top level;"), e.getMessage());
    }
  }
}
