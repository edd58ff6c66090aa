package dev.genaiguidelines.maven.baseline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 parser for the small JSON documents the reports are: objects become
 * {@link Map}s in document order, arrays {@link List}s, numbers {@link Long} when integral and
 * {@link BigDecimal} otherwise, {@code null} Java {@code null}.
 *
 * <p>Written by hand, like the report's writer, so reading a baseline needs no library, and every
 * error says the line and column where the document stops being JSON.
 */
final class JsonReader {

  /** Deep enough for any report, shallow enough that a hostile file cannot overflow the stack. */
  static final int MAX_DEPTH = 64;

  private final String text;
  private int position;
  private int line = 1;
  private int lineStart;
  private int depth;

  private JsonReader(String text) {
    this.text = text;
  }

  /** Parses one JSON value that makes up the whole of {@code text}, whitespace aside. */
  static Object parse(String text) throws SyntaxError {
    JsonReader reader = new JsonReader(text);
    if (text.startsWith("\uFEFF")) {
      reader.position = 1;
      reader.lineStart = 1;
    }
    reader.skipWhitespace();
    Object value = reader.value();
    reader.skipWhitespace();
    if (reader.position < text.length()) {
      throw reader.error("expected the end of the document, found " + reader.found());
    }
    return value;
  }

  private Object value() throws SyntaxError {
    if (position >= text.length()) {
      throw error("expected a value, found the end of the document");
    }
    char c = text.charAt(position);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("expected a value, found " + found());
      }
    };
  }

  private Map<String, Object> object() throws SyntaxError {
    enter();
    position++;
    Map<String, Object> members = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      position++;
      depth--;
      return members;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a member name in double quotes, found " + found());
      }
      int nameLine = line;
      int nameColumn = column();
      String name = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      Object value = value();
      if (members.containsKey(name)) {
        throw new SyntaxError(nameLine, nameColumn, "duplicate member \"" + name + "\"");
      }
      members.put(name, value);
      skipWhitespace();
      char next = peek();
      position++;
      if (next == '}') {
        depth--;
        return members;
      }
      if (next != ',') {
        position--;
        throw error("expected ',' or '}' after a member, found " + found());
      }
    }
  }

  private List<Object> array() throws SyntaxError {
    enter();
    position++;
    List<Object> elements = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      position++;
      depth--;
      return elements;
    }
    while (true) {
      skipWhitespace();
      elements.add(value());
      skipWhitespace();
      char next = peek();
      position++;
      if (next == ']') {
        depth--;
        return elements;
      }
      if (next != ',') {
        position--;
        throw error("expected ',' or ']' after an array element, found " + found());
      }
    }
  }

  private void enter() throws SyntaxError {
    if (++depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH + " levels");
    }
  }

  private String string() throws SyntaxError {
    position++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (position >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(position);
      if (c == '"') {
        position++;
        return out.toString();
      }
      if (c < 0x20) {
        throw error("control character U+%04X in a string; it must be escaped".formatted((int) c));
      }
      if (c != '\\') {
        out.append(c);
        position++;
        continue;
      }
      position++;
      if (position >= text.length()) {
        throw error("unterminated string");
      }
      char escaped = text.charAt(position);
      switch (escaped) {
        case '"', '\\', '/' -> out.append(escaped);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (position + 4 >= text.length()) {
            throw error("incomplete \\u escape");
          }
          int code = 0;
          for (int i = 1; i <= 4; i++) {
            int digit = Character.digit(text.charAt(position + i), 16);
            if (digit < 0) {
              throw error("invalid \\u escape: expected four hex digits");
            }
            code = code * 16 + digit;
          }
          out.append((char) code);
          position += 4;
        }
        default -> throw error("invalid escape \\" + escaped + " in a string");
      }
      position++;
    }
  }

  private Object number() throws SyntaxError {
    int start = position;
    if (peek() == '-') {
      position++;
    }
    if (peek() == '0') {
      position++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("expected a digit, found " + found());
    }
    boolean integral = true;
    if (peek() == '.') {
      integral = false;
      position++;
      if (!isDigit(peek())) {
        throw error("expected a digit after the decimal point, found " + found());
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      integral = false;
      position++;
      if (peek() == '+' || peek() == '-') {
        position++;
      }
      if (!isDigit(peek())) {
        throw error("expected a digit in the exponent, found " + found());
      }
      digits();
    }
    String number = text.substring(start, position);
    if (integral) {
      try {
        return Long.parseLong(number);
      } catch (NumberFormatException tooLarge) {
        return new BigDecimal(number);
      }
    }
    return new BigDecimal(number);
  }

  private void digits() {
    while (isDigit(peek())) {
      position++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Object literal(String word, Object value) throws SyntaxError {
    if (!text.startsWith(word, position)) {
      throw error("expected a value, found " + found());
    }
    position += word.length();
    return value;
  }

  private void expect(char wanted) throws SyntaxError {
    if (peek() != wanted) {
      throw error("expected '" + wanted + "', found " + found());
    }
    position++;
  }

  /** The next character, or NUL at the end (never valid where a token is expected). */
  private char peek() {
    return position < text.length() ? text.charAt(position) : '\0';
  }

  private void skipWhitespace() {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == '\n') {
        line++;
        lineStart = position + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      position++;
    }
  }

  private int column() {
    return position - lineStart + 1;
  }

  private String found() {
    if (position >= text.length()) {
      return "the end of the document";
    }
    char c = text.charAt(position);
    return c < 0x20 || c > 0x7E ? "U+%04X".formatted((int) c) : "'" + c + "'";
  }

  private SyntaxError error(String message) {
    return new SyntaxError(line, column(), message);
  }

  /** Where and why a document is not JSON. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    SyntaxError(int line, int column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }

    int line() {
      return line;
    }

    int column() {
      return column;
    }
  }
}
