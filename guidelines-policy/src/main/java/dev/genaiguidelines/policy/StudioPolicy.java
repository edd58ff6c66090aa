package dev.genaiguidelines.policy;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A studio's published policy: {@value #RESOURCE} in a jar on the class path of the processor
 * (its annotation-processor path) or of the plugin (a dependency of the plugin), found there so
 * that the project being judged cannot edit it.
 *
 * @param bytes the policy file's bytes
 * @param origin the jar's {@code groupId:artifactId:version} from its {@code pom.properties}, or
 *     the jar's file name when it has none
 * @param file how error messages name it, {@code studio-policy-1.0.jar!/META-INF/...}
 */
public record StudioPolicy(byte[] bytes, String origin, Path file) {

  /** Where a studio policy artifact holds its policy. */
  public static final String RESOURCE = "META-INF/genai-guidelines/genai-policy.yaml";

  /** A policy file is small; anything larger is refused before it is read whole. */
  private static final int MAX_BYTES = 4 * 1024 * 1024;

  public StudioPolicy {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(file, "file");
  }

  /**
   * The studio policy on {@code loader}'s class path, if there is one.
   *
   * @throws PolicyFileException when there are two (which one rules would be an accident of the
   *     class path order), or one cannot be read
   */
  public static Optional<StudioPolicy> find(ClassLoader loader) throws PolicyFileException {
    List<URL> found;
    try {
      Enumeration<URL> resources = loader.getResources(RESOURCE);
      found = Collections.list(resources);
    } catch (IOException e) {
      throw new PolicyFileException(Path.of(RESOURCE), 0, 0,
          "cannot list the studio policies on the class path: " + e.getMessage());
    }
    // The same jar can be reached twice through parent and child loaders.
    List<String> distinct = new ArrayList<>();
    List<URL> urls = new ArrayList<>();
    for (URL url : found) {
      if (!distinct.contains(url.toString())) {
        distinct.add(url.toString());
        urls.add(url);
      }
    }
    if (urls.isEmpty()) {
      return Optional.empty();
    }
    List<StudioPolicy> policies = new ArrayList<>();
    for (URL url : urls) {
      policies.add(read(url));
    }
    if (policies.size() > 1) {
      List<String> origins = policies.stream().map(StudioPolicy::origin).sorted().toList();
      throw new PolicyFileException(policies.get(1).file(), 0, 0, "two studio policies are on the"
          + " class path (" + String.join(", ", origins) + "); which one applies would depend on"
          + " the class path order. Fix: keep one studio policy artifact beside the processor"
          + " (annotationProcessorPaths) and the plugin (its dependencies)");
    }
    return Optional.of(policies.get(0));
  }

  private static StudioPolicy read(URL url) throws PolicyFileException {
    Path display = Path.of(displayName(url));
    try {
      URLConnection connection = url.openConnection();
      connection.setUseCaches(false);
      String origin = display.toString();
      if (connection instanceof JarURLConnection jar) {
        try (JarFile file = jar.getJarFile()) {
          origin = coordinates(file).orElse(jarName(jar));
        }
        connection = url.openConnection();
        connection.setUseCaches(false);
      }
      try (InputStream in = connection.getInputStream()) {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw new PolicyFileException(display, 0, 0, "the studio policy is larger than "
              + MAX_BYTES + " bytes; a policy file is a few kilobytes");
        }
        return new StudioPolicy(bytes, origin, display);
      }
    } catch (IOException e) {
      throw new PolicyFileException(display, 0, 0, "cannot read the studio policy: "
          + e.getMessage());
    }
  }

  /** The {@code groupId:artifactId:version} of the jar's one {@code pom.properties}, if any. */
  private static Optional<String> coordinates(JarFile file) throws IOException {
    List<String> found = new ArrayList<>();
    for (JarEntry entry : Collections.list(file.entries())) {
      String name = entry.getName();
      if (name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties")
          && name.split("/").length == 5) {
        Properties properties = new Properties();
        try (InputStream in = file.getInputStream(entry)) {
          properties.load(in);
        }
        found.add(properties.getProperty("groupId", "") + ':'
            + properties.getProperty("artifactId", "") + ':'
            + properties.getProperty("version", ""));
      }
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private static String jarName(JarURLConnection jar) {
    String path = jar.getJarFileURL().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String displayName(URL url) {
    String text = url.toString();
    int bang = text.indexOf("!/");
    if (text.startsWith("jar:") && bang > 0) {
      String jarPath = text.substring(4, bang);
      return jarPath.substring(jarPath.lastIndexOf('/') + 1) + text.substring(bang);
    }
    return RESOURCE;
  }

  /** Reads the policy: the first layer of every policy judged while it is on the class path. */
  public Policy read() throws PolicyFileException {
    return PolicyFileReader.readStudio(bytes, origin, file);
  }
}
