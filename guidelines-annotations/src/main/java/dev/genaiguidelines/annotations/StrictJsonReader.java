package dev.genaiguidelines.annotations;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 JSON reader for small files, keeping the line and column of every value so
 * that whoever interprets the tree can say exactly where a file is wrong.
 *
 * <p>It accepts nothing beyond the RFC: no comments, trailing commas, single quotes, leading
 * zeros, unescaped control characters, byte order mark or duplicate keys. Bytes must be valid
 * UTF-8. Nesting depth and file size are limited, because sidecars are small and a reader that
 * runs over a whole delivery must not be made to exhaust memory or stack by one bad file.
 *
 * <p>The one JSON reader of the project: provenance sidecars here, and the plugin's baseline
 * reports, which is why it is public. It is not part of the annotation API and may change with
 * any release; the limits are the same for both, but for the size a document may have.
 */
public final class StrictJsonReader {

  /** What a JSON value is. */
  public enum Kind {
    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("a boolean"),
    NULL("null");

    final String description;

    Kind(String description) {
      this.description = description;
    }

    /** "an object", "a string", ...: as a message names what it found. */
    public String description() {
      return description;
    }
  }

  /**
   * One parsed value and where it starts (1-based line and column, columns in UTF-16 units).
   * {@code value} is a {@code Map<String, Node>} in file order, a {@code List<Node>}, a String,
   * a BigDecimal, a Boolean, or null.
   */
  public record Node(Kind kind, Object value, int line, int column) {

    /** The members of an object, in file order. */
    @SuppressWarnings("unchecked")
    public Map<String, Node> members() {
      return (Map<String, Node>) value;
    }

    /** The items of an array. */
    @SuppressWarnings("unchecked")
    public List<Node> items() {
      return (List<Node>) value;
    }

    /** The value of a string. */
    public String string() {
      return (String) value;
    }
  }

  /** A syntax error: where it was found and what was expected there (line 0: the whole file). */
  public static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    SyntaxError(int line, int column, String problem) {
      super(problem, null, false, false);
      this.line = line;
      this.column = column;
    }

    /** The 1-based line, or 0 when the problem is the whole file (its size, say). */
    public int line() {
      return line;
    }

    /** The 1-based column in UTF-16 units, or 0 with line 0. */
    public int column() {
      return column;
    }
  }

  /** The largest sidecar: a few hundred bytes in practice. */
  static final int MAX_BYTES = 64 * 1024;
  /**
   * The largest compliance report read back as a baseline: a report takes about 1 KiB a use, so
   * this is tens of thousands of uses, and still a bound on what one file can make a build hold.
   */
  public static final int MAX_REPORT_BYTES = 64 * 1024 * 1024;
  /** Sidecars nest 2 levels and reports 5; a hostile file cannot overflow the stack. */
  public static final int MAX_DEPTH = 16;

  private StrictJsonReader() {}

  /** Parses a sidecar: one JSON value that must fill the whole of {@code bytes}, bar whitespace. */
  static Node parse(byte[] bytes) throws SyntaxError {
    return parse(bytes, MAX_BYTES);
  }

  /**
   * Parses one JSON value that must fill the whole of {@code bytes}, bar whitespace, of at most
   * {@code maxBytes} bytes.
   */
  public static Node parse(byte[] bytes, int maxBytes) throws SyntaxError {
    if (bytes.length > maxBytes) {
      throw new SyntaxError(0, 0,
          "is " + bytes.length + " bytes long: expected at most " + maxBytes + " bytes");
    }
    return new JsonGrammar(decode(bytes)).document();
  }

  private static String decode(byte[] bytes) throws SyntaxError {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    try {
      if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
        throw new CharacterCodingException();
      }
    } catch (CharacterCodingException e) {
      int offset = in.position();
      int errorLine = 1;
      int errorLineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          errorLine++;
          errorLineStart = i + 1;
        }
      }
      throw new SyntaxError(errorLine, offset - errorLineStart + 1,
          "is not valid UTF-8 at byte offset " + offset + ": expected a UTF-8 encoded file");
    }
    return out.flip().toString();
  }
}
