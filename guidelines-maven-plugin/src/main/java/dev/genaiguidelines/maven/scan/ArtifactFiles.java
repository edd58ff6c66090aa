package dev.genaiguidelines.maven.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.FutureTask;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Walks the files of what a scan reads, a classes directory or a jar, in the order of their
 * paths, and computes the artifact's digest on the way (see {@link ScanScope#sha256()}).
 *
 * <p>A jar is the packaged artifact as it ships: its entries are read from its central
 * directory, sorted by name. An entry whose name is not a plain relative path ({@code ../},
 * absolute, a backslash, a control character) is never read: it is reported as unreadable,
 * since no class loader finds it under that name and a tool that unpacks it could write outside
 * its folder. In a directory, symbolic links are not followed.
 */
final class ArtifactFiles {

  /** A jar walk is split over threads only when each run gets at least this many entries. */
  static final int ENTRIES_PER_RUN = 400;

  /** What the scan does with one file of the artifact. */
  interface Visitor {
    /** A file the walk can read: {@code content} gives its bytes up to {@code limit}. */
    void file(String path, long size, Content content) throws IOException;

    /** A file that cannot be read under its name. */
    void unreadable(String path, String reason);
  }

  /** Reads one file's bytes on demand. */
  interface Content {
    /**
     * The file's bytes, or null when it holds more than {@code limit} bytes (whatever size it
     * claimed).
     */
    byte[] read(int limit) throws IOException;
  }

  private ArtifactFiles() {}

  /**
   * Walks every file of {@code artifact} and returns its SHA-256 in hex. A directory is walked on
   * the calling thread by {@code visitorOfRun.apply(0)}. A jar's sorted entries are split into
   * at most {@code maxRuns} contiguous runs, each walked on its own thread by the visitor
   * {@code visitorOfRun} gives for its index (run 0 on the calling thread), while one more
   * thread computes the jar's digest: in a build every one of them runs cold, and a cold digest
   * of a few megabytes costs as much as reading a thousand classes.
   */
  static String walk(Path artifact, IntFunction<Visitor> visitorOfRun, int maxRuns)
      throws IOException {
    return walk(artifact, visitorOfRun, maxRuns, true);
  }

  /**
   * The same; with {@code digested} false a jar's digest is not computed, and "" returned (a
   * directory's digest is always made: it comes with reading the files).
   */
  static String walk(Path artifact, IntFunction<Visitor> visitorOfRun, int maxRuns,
      boolean digested) throws IOException {
    if (Files.isDirectory(artifact)) {
      return walkDirectory(artifact, visitorOfRun.apply(0));
    }
    FutureTask<String> digest =
        digested ? Background.start("jar-digest", () -> sha256Of(artifact)) : null;
    try (ZipFile zip = new ZipFile(artifact.toFile())) {
      List<? extends ZipEntry> entries = sortedEntries(zip);
      int runs = Math.max(1, Math.min(maxRuns, entries.size() / ENTRIES_PER_RUN));
      // Asked for in run order, on this thread: a caller may collect them in a list.
      List<Visitor> visitors = new ArrayList<>(runs);
      for (int run = 0; run < runs; run++) {
        visitors.add(visitorOfRun.apply(run));
      }
      List<FutureTask<Void>> others = new ArrayList<>(runs - 1);
      for (int run = 1; run < runs; run++) {
        List<? extends ZipEntry> part = entries.subList(run * entries.size() / runs,
            (run + 1) * entries.size() / runs);
        Visitor visitor = visitors.get(run);
        others.add(Background.start("jar-scan-" + run, () -> {
          visitEntries(zip, part, visitor);
          return null;
        }));
      }
      try {
        visitEntries(zip, entries.subList(0, entries.size() / runs), visitors.get(0));
      } catch (IOException | RuntimeException | Error e) {
        // The runs read the same open jar: it stays open until each has ended. This failure
        // is the one reported; theirs would only repeat it.
        others.forEach(Background::join);
        throw e;
      }
      for (FutureTask<Void> other : others) {
        Background.await(other);
      }
    }
    return digest == null ? "" : Background.await(digest);
  }

  /** Walks every file of {@code artifact}, without the digest of a jar (a directory's is made). */
  static void walkFiles(Path artifact, Visitor visitor) throws IOException {
    if (Files.isDirectory(artifact)) {
      walkDirectory(artifact, visitor);
    } else {
      try (ZipFile zip = new ZipFile(artifact.toFile())) {
        visitEntries(zip, sortedEntries(zip), visitor);
      }
    }
  }

  /** A jar's file entries, sorted by name. */
  private static List<? extends ZipEntry> sortedEntries(ZipFile zip) {
    return zip.stream()
        .filter(entry -> !entry.isDirectory())
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .toList();
  }

  private static void visitEntries(ZipFile zip, List<? extends ZipEntry> entries,
      Visitor visitor) throws IOException {
    for (ZipEntry entry : entries) {
      String name = entry.getName();
      String problem = nameProblem(name);
      if (problem != null) {
        visitor.unreadable(name, problem);
        continue;
      }
      visitor.file(name, entry.getSize(), limit -> {
        try (InputStream in = zip.getInputStream(entry)) {
          return bounded(in, limit, entry.getSize());
        }
      });
    }
  }

  /** The SHA-256 of a file's bytes, in hex. */
  private static String sha256Of(Path file) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The directory's digest: SHA-256 over one line per regular file, {@code <sha256 of the file>
   * <two spaces><relative path>\n}, in path order, which is what {@code sha256sum} prints for
   * the sorted file list (README, "What the report vouches for").
   */
  private static String walkDirectory(Path directory, Visitor visitor) throws IOException {
    MessageDigest manifest = sha256();
    walkDirectory(directory, "", visitor, manifest, sha256());
    return HexFormat.of().formatHex(manifest.digest());
  }

  /**
   * Only one directory's listing is held per level, never a list of every path. Sorting each
   * listing by name, with '/' after directory names, gives exactly the order of the whole
   * relative paths.
   */
  private static void walkDirectory(Path directory, String prefix, Visitor visitor,
      MessageDigest manifest, MessageDigest fileDigest) throws IOException {
    List<String> keys = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        BasicFileAttributes attributes =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String name = entry.getFileName().toString();
        if (attributes.isDirectory()) {
          keys.add(name + '/');
        } else if (attributes.isRegularFile()) {
          keys.add(name);
        }
      }
    }
    keys.sort(null);
    for (String key : keys) {
      if (key.endsWith("/")) {
        walkDirectory(directory.resolve(key.substring(0, key.length() - 1)), prefix + key,
            visitor, manifest, fileDigest);
        continue;
      }
      Path file = directory.resolve(key);
      String path = prefix + key;
      long size = Files.size(file);
      FileContent content = new FileContent(file, size);
      visitor.file(path, size, content);
      manifest.update((content.sha256(fileDigest) + "  " + path + "\n")
          .getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A file's bytes, read at most once: the digest reuses what the scan read. */
  private static final class FileContent implements Content {
    private final Path file;
    private final long size;
    private byte[] bytes;

    FileContent(Path file, long size) {
      this.file = file;
      this.size = size;
    }

    @Override
    public byte[] read(int limit) throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        bytes = bounded(in, limit, size);
      }
      return bytes;
    }

    /** The file's SHA-256 in hex, with {@code digest} (reset by the call). */
    String sha256(MessageDigest digest) throws IOException {
      if (bytes != null) {
        digest.update(bytes);
      } else {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
          in.transferTo(OutputStream.nullOutputStream());
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  /** Why a jar entry's name is not a plain relative path, or null when it is one. */
  static String nameProblem(String name) {
    if (name.isEmpty()) {
      return "entry with an empty name";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
        return String.format(Locale.ROOT, "entry name holds control character U+%04X at index %d;"
            + " a jar entry is a plain relative path", (int) c, i);
      }
      if (c == '\\') {
        return "entry name holds a backslash at index " + i
            + "; a jar entry is a plain relative path";
      }
    }
    if (name.startsWith("/") || (name.length() > 1 && name.charAt(1) == ':')) {
      return "entry name is an absolute path; a jar entry is a plain relative path";
    }
    // Every segment between slashes, without a regular expression: this runs for every entry.
    for (int start = 0; start <= name.length(); ) {
      int end = name.indexOf('/', start);
      end = end < 0 ? name.length() : end;
      int length = end - start;
      if ((length == 1 || length == 2) && name.charAt(start) == '.'
          && (length == 1 || name.charAt(start + 1) == '.')) {
        return "entry name has a '" + name.substring(start, end)
            + "' segment; a jar entry is a plain relative path";
      }
      start = end + 1;
    }
    return null;
  }

  /**
   * Reads at most {@code limit} bytes; null when the stream holds more. {@code claimed} is the
   * size the file system or the jar's directory gives (-1 when unknown): the usual case reads
   * exactly that many bytes into one array, and a stream longer than it claimed is still read
   * only up to the limit.
   */
  private static byte[] bounded(InputStream in, int limit, long claimed) throws IOException {
    if (claimed >= 0 && claimed <= limit) {
      byte[] bytes = in.readNBytes((int) claimed);
      int next = in.read();
      if (next < 0) {
        return bytes;
      }
      if (bytes.length + 1L > limit) {
        return null;
      }
      ByteArrayOutputStream rest = new ByteArrayOutputStream(bytes.length + 8192);
      rest.write(bytes);
      rest.write(next);
      byte[] tail = bounded(in, limit - bytes.length - 1, -1);
      if (tail == null) {
        return null;
      }
      rest.write(tail);
      return rest.toByteArray();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    long total = 0;
    int read;
    while ((read = in.read(buffer)) > 0) {
      total += read;
      if (total > limit) {
        return null;
      }
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
