package dev.genaiguidelines.maven;

import dev.genaiguidelines.annotations.GenAiCatalog;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Loads the {@link GenAiCatalog} that a project's program sees at run time: every provider on its
 * runtime class path (its own classes and every runtime dependency), in a class loader of its
 * own that is closed again once the catalog is read.
 */
final class ProjectCatalog {

  private static final String ANNOTATIONS_PACKAGE =
      GenAiCatalog.class.getPackageName() + ".";

  private ProjectCatalog() {}

  /**
   * The catalog of every provider in {@code classPath}.
   *
   * @throws MojoExecutionException when a provider cannot be loaded or fails: a catalog never
   *     silently lacks a module's uses
   */
  static GenAiCatalog load(List<Path> classPath) throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    for (Path element : classPath) {
      try {
        urls.add(element.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new MojoExecutionException("Cannot put " + element + " on the class path of the"
            + " GenAI catalog: " + e.getMessage(), e);
      }
    }
    GenAiCatalog catalog;
    try (URLClassLoader loader = new URLClassLoader("genai-catalog", urls.toArray(URL[]::new),
        new AnnotationsOnly())) {
      catalog = GenAiCatalog.load(loader);
    } catch (IllegalStateException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IOException e) {
      // Closing only releases jar files; the catalog is read by then.
      throw new MojoExecutionException("Cannot close the class loader of the GenAI catalog: "
          + e.getMessage(), e);
    }
    return catalog;
  }

  /**
   * The parent of the catalog's loader: the JDK, plus the annotations jar's types from this
   * plugin, so a provider implements the very {@link GenAiCatalog.Provider} the plugin asks
   * {@link java.util.ServiceLoader} for. Nothing else of the plugin (ASM, the policy core, their
   * resources) leaks into the project's classes.
   */
  private static final class AnnotationsOnly extends ClassLoader {

    static {
      registerAsParallelCapable();
    }

    AnnotationsOnly() {
      super("genai-annotations", ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith(ANNOTATIONS_PACKAGE)) {
        return GenAiCatalog.class.getClassLoader().loadClass(name);
      }
      return super.loadClass(name, resolve);
    }
  }
}
