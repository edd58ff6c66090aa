package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.maven.scan.DependencyScanner.Dependency;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link CacheHitInAFreshJvmTest}'s child JVM: scans the jars it is given with the cache it is
 * given, between two marker lines on standard output, so the JVM's class-loading log between
 * them is what the scan alone loaded.
 *
 * <pre>java FreshJvmCacheHit CACHE_DIR (scan|scan-and-lambda|scan-and-stream) JAR...</pre>
 *
 * Written without {@code +} on strings or lambdas before the end marker, since either would
 * bootstrap the invokedynamic machinery the test looks for.
 */
public final class FreshJvmCacheHit {

  static final String BEGIN = "-- scan begins";
  static final String END = "-- scan ends";

  private FreshJvmCacheHit() {}

  public static void main(String[] args) {
    Path cache = Path.of(args[0]);
    List<Dependency> dependencies = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      Path jar = Path.of(args[i]);
      dependencies.add(new Dependency("com.example", String.valueOf(jar.getFileName()), "1.0",
          jar));
    }
    System.out.println(BEGIN);
    System.out.flush();
    DependencyScanner.Result result = new DependencyScanner(MarkerCatalog.builtIn(),
        MarkerCatalog.builtIn().detection(), cache).scan(dependencies);
    // The twin's controls: what the test must see when the hit path makes a lambda or a stream.
    if (args[1].equals("scan-and-lambda")) {
      Runnable lambda = () -> System.out.flush();
      lambda.run();
    } else if (args[1].equals("scan-and-stream")) {
      System.out.println(java.util.stream.IntStream.of(result.fromCache()).sum());
    }
    System.out.println(END);
    System.out.flush();
    System.out.println("analysed=" + result.analysed() + " fromCache=" + result.fromCache());
  }
}
