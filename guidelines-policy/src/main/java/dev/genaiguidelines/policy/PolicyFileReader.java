package dev.genaiguidelines.policy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads {@code genai-policy.yaml} into a {@link Policy}; every mistake in the file becomes a
 * {@link PolicyFileException} that names the file, line, column and what was expected.
 *
 * <p>The YAML is composed into a node tree (not constructed into Java objects), so every value
 * keeps its position, no tag can instantiate a class, and the format is checked key by key.
 * Hostile input is bounded: size, nesting depth and alias count are limited before composing.
 */
public final class PolicyFileReader {
  /** Far above any real policy file; keeps a runaway file from exhausting memory. */
  static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
  /** The format needs four levels; the margin lets type errors be reported as such. */
  static final int MAX_DEPTH = 32;
  /** Anchors and aliases are allowed for sharing use lists, but bounded against "billion laughs". */
  static final int MAX_ALIASES = 50;

  /** snakeyaml quotes the text at fault in its messages; keep that to one short line. */
  private static final int MAX_PARSER_MESSAGE = 200;

  private static final String EMPTY_FILE =
      "policy file is empty; expected at least the line 'policy: " + Policy.NETFLIX_2025 + "'";

  private PolicyFileReader() {}

  /**
   * Reads a policy file.
   *
   * @param projectRoot the directory {@link Policy#source()} is made relative to ('/'
   *     separators, never absolute); when the file lies elsewhere the source is the relative path
   *     to it, and only its file name when no relative path exists (another drive); may be null
   */
  public static Policy read(Path file, Path projectRoot) throws PolicyFileException {
    return read(file, projectRoot, null);
  }

  /**
   * Reads a project's policy file as a layer over {@code studio}, the studio's published policy:
   * it may only add approvals, consents, stricter severities and detect markers, and anything
   * else is an error located in the file.
   *
   * @param studio the studio policy, or null when there is none (then as {@link #read(Path,
   *     Path)})
   */
  public static Policy read(Path file, Path projectRoot, Policy studio) throws PolicyFileException {
    Objects.requireNonNull(file, "file");
    byte[] bytes = readBytes(file);
    String text = decode(file, bytes);
    String source = sourceOf(file, projectRoot);
    String sha256 = sha256(bytes);
    return parse(text, file, source, sha256, new PolicyLayer(source, sha256, false), studio);
  }

  /**
   * Reads a studio's published policy from the bytes of its
   * {@code META-INF/genai-guidelines/genai-policy.yaml}.
   *
   * @param origin the artifact's {@code groupId:artifactId:version}, recorded as the policy's
   *     origin and source
   * @param file names the resource in error messages, e.g. {@code
   *     studio-policy-1.0.jar!/META-INF/genai-guidelines/genai-policy.yaml}
   */
  public static Policy readStudio(byte[] bytes, String origin, Path file)
      throws PolicyFileException {
    Objects.requireNonNull(origin, "origin");
    String text = decode(file, bytes);
    String sha256 = sha256(bytes);
    return parse(text, file, origin, sha256, new PolicyLayer(origin, sha256, true), null);
  }

  /**
   * Reads a policy from text already in memory (tests, fuzzing).
   *
   * @param file names the text in error messages
   * @param source recorded as {@link Policy#source()}
   */
  public static Policy parse(String yaml, Path file, String source) throws PolicyFileException {
    return parse(yaml, file, source, null);
  }

  /** The same, as a project layer over {@code studio} (or alone when it is null). */
  public static Policy parse(String yaml, Path file, String source, Policy studio)
      throws PolicyFileException {
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    String sha256 = sha256(yaml.getBytes(StandardCharsets.UTF_8));
    return parse(yaml, file, source, sha256, new PolicyLayer(source, sha256, false), studio);
  }

  private static Policy parse(String yaml, Path file, String source, String sha256,
      PolicyLayer layer, Policy studio) throws PolicyFileException {
    if (yaml.length() > MAX_CODE_POINTS
        && yaml.codePointCount(0, yaml.length()) > MAX_CODE_POINTS) {
      throw new PolicyFileException(file, 0, 0, "policy file has "
          + yaml.codePointCount(0, yaml.length()) + " characters; the limit is " + MAX_CODE_POINTS);
    }
    // A byte order mark is legal at the start of a YAML stream; the scanner does not skip it.
    String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
    YamlNodeReader reader = new YamlNodeReader(file);
    Node root = compose(text, file, reader);
    return PolicyDocument.build(reader, root, source, sha256, layer, studio);
  }

  private static Node compose(String text, Path file, YamlNodeReader reader)
      throws PolicyFileException {
    LoadSettings settings = LoadSettings.builder()
        .setLabel(file.toString())
        .setSchema(new CoreSchema())
        .setUseMarks(true)
        .setAllowRecursiveKeys(false)
        .setMaxAliasesForCollections(MAX_ALIASES)
        .setCodePointLimit(MAX_CODE_POINTS)
        .build();
    try {
      checkStructure(settings, text, reader);
      Optional<Node> root = new Compose(settings).composeString(text);
      if (root.isEmpty() || YamlNodeReader.isNull(root.get())) {
        throw new PolicyFileException(file, 0, 0, EMPTY_FILE);
      }
      return root.get();
    } catch (MarkedYamlEngineException e) {
      throw syntaxError(file, e);
    } catch (YamlEngineException e) {
      throw new PolicyFileException(file, 0, 0, "invalid YAML: " + parserText(e.getMessage()));
    } catch (RuntimeException e) {
      // A parser defect must still end as a located build error, never as a stack trace.
      throw new PolicyFileException(file, 0, 0, "invalid YAML: the YAML parser failed ("
          + e.getClass().getSimpleName() + ": " + parserText(e.getMessage()) + ")");
    }
  }

  /**
   * Walks the event stream once before composing, because the composer recurses per nesting
   * level and expands aliases: a deep or alias-heavy file must fail here, cleanly. So must an
   * alias inside the list or mapping it names ({@code a: &x {<<: *x}}), on which snakeyaml's
   * merge-key handling never returns.
   */
  private static void checkStructure(LoadSettings settings, String text, YamlNodeReader reader)
      throws PolicyFileException {
    int depth = 0;
    int aliases = 0;
    int documents = 0;
    // The anchors of the lists and mappings open around the current event, innermost first.
    Deque<Optional<Anchor>> open = new ArrayDeque<>();
    for (Event event : new Parse(settings).parseString(text)) {
      Optional<Mark> mark = event.getStartMark();
      switch (event.getEventId()) {
        case DocumentStart -> {
          if (++documents > 1 && mark.isPresent()) {
            throw reader.error(mark.get(), "the policy file holds more than one YAML document; "
                + "keep one document and remove this '---' and what follows it");
          }
        }
        case MappingStart, SequenceStart -> {
          if (++depth > MAX_DEPTH && mark.isPresent()) {
            throw reader.error(mark.get(), "lists and mappings are nested more than " + MAX_DEPTH
                + " levels deep; a policy file needs four");
          }
          open.push(((CollectionStartEvent) event).getAnchor());
        }
        case MappingEnd, SequenceEnd -> {
          depth--;
          open.poll();
        }
        case Alias -> {
          Anchor alias = ((AliasEvent) event).getAlias();
          if (open.contains(Optional.of(alias)) && mark.isPresent()) {
            throw reader.error(mark.get(), "the alias *" + alias.getValue() + " stands inside"
                + " the list or mapping &" + alias.getValue() + " names, so it would contain"
                + " itself; write the values out instead");
          }
          if (++aliases > MAX_ALIASES && mark.isPresent()) {
            throw reader.error(mark.get(), "more than " + MAX_ALIASES
                + " aliases (*name); write the values out instead");
          }
        }
        default -> {
          // scalars, comments and stream events need no limit
        }
      }
    }
  }

  private static PolicyFileException syntaxError(Path file, MarkedYamlEngineException e) {
    String problem = parserText(e.getProblem());
    String context = parserText(e.getContext());
    Optional<Mark> problemMark = e.getProblemMark();
    Optional<Mark> contextMark = e.getContextMark();
    StringBuilder message = new StringBuilder("invalid YAML: ");
    message.append(problem.isEmpty() ? context : problem);
    if (!problem.isEmpty() && !context.isEmpty() && contextMark.isPresent()
        && !contextMark.equals(problemMark)) {
      Mark where = contextMark.get();
      message.append(" (").append(context).append(" at line ").append(where.getLine() + 1)
          .append(", column ").append(where.getColumn() + 1).append(')');
    }
    Optional<Mark> mark = problemMark.or(() -> contextMark);
    return mark.isPresent()
        ? new PolicyFileException(file, mark.get().getLine() + 1, mark.get().getColumn() + 1,
            message.toString())
        : new PolicyFileException(file, 0, 0, message.toString());
  }

  /** A message of the YAML parser as one short line; it may quote raw characters of the file. */
  private static String parserText(String message) {
    return YamlNodeReader.oneLine(Objects.requireNonNullElse(message, "").strip(), MAX_PARSER_MESSAGE);
  }

  private static byte[] readBytes(Path file) throws PolicyFileException {
    try {
      if (Files.isDirectory(file)) {
        throw new PolicyFileException(file, 0, 0, "is a directory, not a policy file");
      }
      long size = Files.size(file);
      if (size > MAX_CODE_POINTS) {
        throw new PolicyFileException(file, 0, 0, "policy file has " + size
            + " bytes; the limit is " + MAX_CODE_POINTS);
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new PolicyFileException(file, 0, 0, "policy file not found");
    } catch (AccessDeniedException e) {
      throw new PolicyFileException(file, 0, 0, "policy file cannot be read: permission denied");
    } catch (IOException e) {
      throw new PolicyFileException(file, 0, 0, "policy file cannot be read: " + e.getMessage());
    }
  }

  /** Strict UTF-8: a policy file in another encoding would silently change ids and names. */
  private static String decode(Path file, byte[] bytes) throws PolicyFileException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      int lineStart = 0;
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
      int column = before.codePointCount(0, before.length()) + 1;
      throw new PolicyFileException(file, line, column, String.format(
          "policy file is not valid UTF-8 (byte 0x%02X); save it as UTF-8", bytes[offset] & 0xFF));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** The path of {@code file} relative to {@code projectRoot}, with '/' separators. */
  static String sourceOf(Path file, Path projectRoot) {
    Path absoluteFile = file.toAbsolutePath().normalize();
    if (projectRoot != null) {
      try {
        Path relative = projectRoot.toAbsolutePath().normalize().relativize(absoluteFile);
        if (!relative.isAbsolute() && !relative.toString().isEmpty()) {
          StringJoiner joined = new StringJoiner("/");
          relative.forEach(part -> joined.add(part.toString()));
          return joined.toString();
        }
      } catch (IllegalArgumentException differentRoots) {
        // no relative path between them (another drive or file system): fall back to the name
      }
    }
    Path name = absoluteFile.getFileName();
    return name == null ? absoluteFile.toString() : name.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
