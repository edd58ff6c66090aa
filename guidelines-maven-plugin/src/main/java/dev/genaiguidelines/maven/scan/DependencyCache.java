package dev.genaiguidelines.maven.scan;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the dependency scan's work between builds, in a directory under the module's build
 * directory ({@code target/genai-guidelines/dependency-cache}): per jar digest its
 * {@link ClassHeaders} and its {@link JarAnalysis} (kept with the classes read with code, so it
 * serves only a class path that needs the same ones), the whole class path's result per key of
 * every jar's coordinates and digest, and an index from a jar's path, size and modification time
 * to its digest, so an unchanged jar is neither read nor hashed again.
 *
 * <p>Why the build directory and not the local repository: the local repository is shared by
 * every project and build of the user and lives on; an entry forged there would hide a wrapper
 * call from every project that resolves the jar, and {@code mvn clean} would not remove it. The
 * build directory belongs to this module and is wiped by a clean build, which is what a release
 * build is.
 *
 * <p>What it trusts: that a file with the same path, size and modification time (to the
 * microsecond) as when it was hashed has the same bytes, as incremental builds do; and that
 * nobody writes the directory but this plugin. Neither holds against the engineer whose build is
 * judged, who controls the build directory: every entry is bound to the jar's digest and to the
 * analysis key (this plugin's version and jar, and the markers), so a stale entry is never used,
 * but a forged one cannot be told from a real one. The report therefore says how many
 * dependencies' analyses came from the cache, and a clean build has none.
 *
 * <p>Why the keys are kept as text, not hashed: an entry's header holds the whole analysis key and
 * its own key (the jar's digest; for a class path, every dependency's coordinates and digest),
 * compared whole, so a cache hit computes no SHA-256. In a fresh JVM, as a build's first goal
 * runs, the first {@code MessageDigest} costs 55 to 70 ms of provider set-up (measured on a
 * 2-core VM), more than the rest of the hit. A class path's entry is named by a 64-bit FNV-1a hash
 * of its key, which only spreads the entries: two keys with one name evict each other's entry,
 * and neither is trusted for the other. For the same reason the hit path (the index,
 * {@link #digest}, {@link #result}) makes no lambda, stream, record hash or string concatenation
 * by {@code +}: the first of each bootstraps invokedynamic machinery, 10 to 80 ms in a fresh JVM.
 */
final class DependencyCache {

  private static final int MAGIC = 0x47414944; // "GAID"
  private static final String INDEX = "index.bin";

  private final Path directory;
  private final String analysisKey;
  private final Map<String, IndexEntry> index = new HashMap<>();
  private boolean indexChanged;

  private record IndexEntry(long size, long modified, String sha256) {}

  /**
   * @param directory where entries are kept; null for no cache (every jar read and hashed)
   * @param analysisKey what produced an entry, as text: the format, the plugin and the markers
   *     ({@link AnalysisKey})
   */
  DependencyCache(Path directory, String analysisKey) {
    this.directory = directory;
    this.analysisKey = analysisKey;
    if (directory != null) {
      readIndex();
    }
  }

  boolean enabled() {
    return directory != null;
  }

  /**
   * The jar's hex SHA-256, from the index while its path, size and time are unchanged (one stat);
   * null when {@code jar} is not a regular file (a module's classes directory is never cached).
   */
  String digest(Path jar) throws IOException {
    Path absolute = jar.toAbsolutePath().normalize();
    BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      return null;
    }
    long modified = attributes.lastModifiedTime().to(TimeUnit.MICROSECONDS);
    IndexEntry known = index.get(absolute.toString());
    if (known != null && known.size() == attributes.size() && known.modified() == modified) {
      return known.sha256();
    }
    MessageDigest digest = ArtifactFiles.sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(absolute), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    String sha256 = HexFormat.of().formatHex(digest.digest());
    if (directory != null) {
      index.put(absolute.toString(), new IndexEntry(attributes.size(), modified, sha256));
      indexChanged = true;
    }
    return sha256;
  }

  /** The analysis kept for the jar with {@code sha256}, or null when there is none to trust. */
  JarAnalysis jar(String sha256) {
    return entry(directory == null ? null : jarFile("jars", sha256), sha256, JarAnalysis::read);
  }

  void storeJar(String sha256, JarAnalysis analysis) {
    if (directory != null) {
      write(jarFile("jars", sha256), sha256, analysis::write);
    }
  }

  /** The class headers kept for the jar with {@code sha256}, or null. */
  ClassHeaders headers(String sha256) {
    return entry(directory == null ? null : jarFile("headers", sha256), sha256,
        ClassHeaders::read);
  }

  void storeHeaders(String sha256, ClassHeaders headers) {
    if (directory != null) {
      write(jarFile("headers", sha256), sha256, headers::write);
    }
  }

  private interface Reading<T> {
    T read(DataInputStream in) throws IOException;
  }

  private <T> T entry(Path file, String key, Reading<T> reading) {
    DataInputStream in = open(file, key);
    if (in == null) {
      return null;
    }
    try (in) {
      return reading.read(in);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The class path's result kept under {@code key}, or null. */
  DependencyScanner.Result result(String key) {
    // Not through entry(): a method reference would bootstrap invokedynamic on the hit path.
    DataInputStream in = open(directory == null ? null : resultFile(key), key);
    if (in == null) {
      return null;
    }
    try (in) {
      return DependencyScanner.Result.read(in);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  void storeResult(String key, DependencyScanner.Result result) {
    if (directory != null) {
      write(resultFile(key), key, result::write);
    }
  }

  /** Writes the index if a jar was hashed anew. */
  void saveIndex() {
    if (directory == null || !indexChanged) {
      return;
    }
    write(directory.resolve(INDEX), INDEX, out -> {
      out.writeInt(index.size());
      for (Map.Entry<String, IndexEntry> entry : index.entrySet()) {
        writeString(out, entry.getKey());
        out.writeLong(entry.getValue().size());
        out.writeLong(entry.getValue().modified());
        writeString(out, entry.getValue().sha256());
      }
    });
    indexChanged = false;
  }

  private void readIndex() {
    DataInputStream in = open(directory.resolve(INDEX), INDEX);
    if (in == null) {
      return;
    }
    try (in) {
      for (int i = count(in); i > 0; i--) {
        index.put(readString(in), new IndexEntry(in.readLong(), in.readLong(), readString(in)));
      }
    } catch (IOException | RuntimeException e) {
      // A damaged index only costs hashing the jars again.
      index.clear();
    }
  }

  private Path jarFile(String kind, String sha256) {
    return directory.resolve(kind).resolve(sha256.concat(".bin"));
  }

  private Path resultFile(String key) {
    return directory.resolve("classpaths").resolve(fileName(key).concat(".bin"));
  }

  /** A class path entry's file name: the 64-bit FNV-1a hash of its key, in hex. */
  private static String fileName(String key) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
    }
    return HexFormat.of().toHexDigits(hash);
  }

  /** The entry's content after its header, if the header binds it to this key and analysis. */
  private DataInputStream open(Path file, String key) {
    if (file == null) {
      return null;
    }
    DataInputStream in = null;
    try {
      in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
      if (in.readInt() == MAGIC && readString(in).equals(analysisKey)
          && readString(in).equals(key)) {
        return in;
      }
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException | RuntimeException e) {
      // Unreadable or foreign: the work is done again.
    }
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // nothing more to do
      }
    }
    return null;
  }

  private interface Content {
    void write(DataOutputStream out) throws IOException;
  }

  /** Writes an entry whole or not at all; a cache that cannot be written is only slower. */
  private void write(Path file, String key, Content content) {
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), "entry", ".tmp");
      try {
        try (DataOutputStream out = new DataOutputStream(
            new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
          out.writeInt(MAGIC);
          writeString(out, analysisKey);
          writeString(out, key);
          content.write(out);
        }
        try {
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException | RuntimeException e) {
      // The next build does the work again.
    }
  }

  static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    byte[] bytes = new byte[count(in)];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A count or length, refused when negative or beyond what an honest entry holds. */
  static int count(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > (64 << 20)) {
      throw new EOFException("implausible count " + count);
    }
    return count;
  }
}
