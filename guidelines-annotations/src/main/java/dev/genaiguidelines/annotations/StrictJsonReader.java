package dev.genaiguidelines.annotations;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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

  private final String text;
  private int pos;
  private int line = 1;
  private int lineStart;

  private StrictJsonReader(String text) {
    this.text = text;
  }

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
    StrictJsonReader reader = new StrictJsonReader(decode(bytes));
    if (reader.text.startsWith("\uFEFF")) {
      throw new SyntaxError(1, 1,
          "starts with a byte order mark: expected plain UTF-8 without one");
    }
    reader.skipWhitespace();
    Node root = reader.value(1);
    reader.skipWhitespace();
    if (reader.pos < reader.text.length()) {
      throw reader.error("expected the end of the file after the top-level value, found "
          + reader.describeNext());
    }
    return root;
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

  private Node value(int depth) throws SyntaxError {
    if (depth > MAX_DEPTH) {
      throw error("nests deeper than " + MAX_DEPTH + " levels: expected a flatter document");
    }
    if (pos >= text.length()) {
      throw error("expected a value, found the end of the file");
    }
    int startLine = line;
    int startColumn = column();
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return new Node(Kind.OBJECT, object(depth), startLine, startColumn);
      case '[':
        return new Node(Kind.ARRAY, array(depth), startLine, startColumn);
      case '"':
        return new Node(Kind.STRING, string(), startLine, startColumn);
      case 't':
        literal("true");
        return new Node(Kind.BOOLEAN, Boolean.TRUE, startLine, startColumn);
      case 'f':
        literal("false");
        return new Node(Kind.BOOLEAN, Boolean.FALSE, startLine, startColumn);
      case 'n':
        literal("null");
        return new Node(Kind.NULL, null, startLine, startColumn);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return new Node(Kind.NUMBER, number(), startLine, startColumn);
        }
        throw error("expected a value, found " + describeNext());
    }
  }

  private Map<String, Node> object(int depth) throws SyntaxError {
    pos++; // '{'
    Map<String, Node> members = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return Collections.unmodifiableMap(members);
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a key in double quotes, found " + describeNext());
      }
      int keyLine = line;
      int keyColumn = column();
      String key = string();
      Node previous = members.get(key);
      if (previous != null) {
        throw new SyntaxError(keyLine, keyColumn, "duplicate key '" + key
            + "': expected each key once (its value is already given at " + previous.line()
            + ":" + previous.column() + ")");
      }
      skipWhitespace();
      expect(':', "':' after the key '" + key + "'");
      skipWhitespace();
      members.put(key, value(depth + 1));
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == '}') {
        pos++;
        return Collections.unmodifiableMap(members);
      } else {
        throw error("expected ',' or '}' after the value of '" + key + "', found "
            + describeNext());
      }
    }
  }

  private List<Node> array(int depth) throws SyntaxError {
    pos++; // '['
    List<Node> items = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return List.copyOf(items);
    }
    while (true) {
      skipWhitespace();
      items.add(value(depth + 1));
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == ']') {
        pos++;
        return List.copyOf(items);
      } else {
        throw error("expected ',' or ']' in the array, found " + describeNext());
      }
    }
  }

  private String string() throws SyntaxError {
    int startLine = line;
    int startColumn = column();
    pos++; // opening quote
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw new SyntaxError(startLine, startColumn,
            "string is not closed: expected '\"' before the end of the file");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return out.toString();
      } else if (c == '\\') {
        pos++;
        out.append(escape());
      } else if (c < 0x20) {
        throw error("expected a character or an escape in the string, found control character "
            + String.format("U+%04X", (int) c) + " (write it as \\u"
            + String.format("%04x", (int) c) + ")");
      } else {
        out.append(c);
        pos++;
      }
    }
  }

  private char escape() throws SyntaxError {
    if (pos >= text.length()) {
      throw error("expected an escape character after '\\', found the end of the file");
    }
    char c = text.charAt(pos++);
    switch (c) {
      case '"': return '"';
      case '\\': return '\\';
      case '/': return '/';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'u':
        int code = 0;
        for (int i = 0; i < 4; i++) {
          int digit = pos < text.length() ? Character.digit(text.charAt(pos), 16) : -1;
          if (digit < 0) {
            throw error("expected 4 hex digits after '\\u', found " + describeNext());
          }
          code = code * 16 + digit;
          pos++;
        }
        return (char) code;
      default:
        pos -= 2; // point at the backslash that starts the escape
        throw error("expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, found '\\"
            + c + "'");
    }
  }

  private BigDecimal number() throws SyntaxError {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (isDigit(peek())) {
        throw error("expected no leading zero in a number, found " + describeNext());
      }
    } else {
      digits("a digit");
    }
    if (peek() == '.') {
      pos++;
      digits("a digit after the decimal point");
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      digits("a digit in the exponent");
    }
    try {
      return new BigDecimal(text.substring(start, pos));
    } catch (NumberFormatException e) { // an exponent beyond int range
      throw new SyntaxError(line, start - lineStart + 1,
          "number " + text.substring(start, pos) + " is out of range: expected a small number");
    }
  }

  private void digits(String what) throws SyntaxError {
    if (!isDigit(peek())) {
      throw error("expected " + what + ", found " + describeNext());
    }
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private void literal(String word) throws SyntaxError {
    if (!text.startsWith(word, pos)) {
      int end = pos;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      throw error("expected " + word + ", found '" + text.substring(pos, end) + "'");
    }
    pos += word.length();
  }

  private void expect(char c, String what) throws SyntaxError {
    if (peek() != c) {
      throw error("expected " + what + ", found " + describeNext());
    }
    pos++;
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        line++;
        lineStart = pos + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  /** The next character, or -1 at the end. */
  private int peek() {
    return pos < text.length() ? text.charAt(pos) : -1;
  }

  private int column() {
    return pos - lineStart + 1;
  }

  private String describeNext() {
    if (pos >= text.length()) {
      return "the end of the file";
    }
    char c = text.charAt(pos);
    // Quoted as it is, a bidi override or a line break would garble the message around it.
    return UnsafeChars.isUnsafe(text, pos) ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }

  private SyntaxError error(String problem) {
    return new SyntaxError(line, column(), problem);
  }
}
