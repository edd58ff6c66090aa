package dev.genaiguidelines.annotations;

import dev.genaiguidelines.annotations.StrictJsonReader.Kind;
import dev.genaiguidelines.annotations.StrictJsonReader.Node;
import dev.genaiguidelines.annotations.StrictJsonReader.SyntaxError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grammar of {@link StrictJsonReader}: a recursive descent over decoded text that tracks the
 * line and column of every value and says, in each error, what it expected and what it found.
 */
final class JsonGrammar {

  private final String text;
  private int pos;
  private int line = 1;
  private int lineStart;

  JsonGrammar(String text) {
    this.text = text;
  }

  /** The one top-level value, which with whitespace around it must fill the whole text. */
  Node document() throws SyntaxError {
    if (text.startsWith("\uFEFF")) {
      throw new SyntaxError(1, 1,
          "starts with a byte order mark: expected plain UTF-8 without one");
    }
    skipWhitespace();
    Node root = value(1);
    skipWhitespace();
    if (pos < text.length()) {
      throw error("expected the end of the file after the top-level value, found "
          + describeNext());
    }
    return root;
  }

  private Node value(int depth) throws SyntaxError {
    if (depth > StrictJsonReader.MAX_DEPTH) {
      throw error("nests deeper than " + StrictJsonReader.MAX_DEPTH + " levels: expected a flatter document");
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
