package dev.genaiguidelines.maven.report;

import dev.genaiguidelines.policy.UnsafeChars;
import java.util.Collection;

/**
 * A small streaming JSON writer for the reports: members in the order they are written, two-space
 * indentation, RFC 8259 escaping and a trailing newline, so the same calls give the same bytes.
 *
 * <p>Written by hand so the JSON report needs no library and its layout is ours to keep stable.
 */
final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out = new StringBuilder();
  /** What goes between a member's name and its value. */
  private final String nameSeparator;
  /** What an empty array is written as. */
  private final String emptyArray;
  private int depth;
  /** True until the current object or array has its first member. */
  private boolean empty = true;
  /** True right after a member name, where the value follows on the same line. */
  private boolean afterName;

  /** The reports' own layout: {@code "name": value}, {@code []}. */
  JsonWriter() {
    this(": ", "[]");
  }

  private JsonWriter(String nameSeparator, String emptyArray) {
    this.nameSeparator = nameSeparator;
    this.emptyArray = emptyArray;
  }

  /**
   * Jackson's default pretty layout, {@code "name" : value} and {@code [ ]}: the CycloneDX report
   * keeps the bytes it had when a library wrote it.
   */
  static JsonWriter spaced() {
    return new JsonWriter(" : ", "[ ]");
  }

  JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    return open();
  }

  JsonWriter endObject() {
    return close('}');
  }

  JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    return open();
  }

  JsonWriter endArray() {
    return close(']');
  }

  /** Starts a member of the current object; its value comes next. */
  JsonWriter name(String name) {
    separate();
    string(name);
    out.append(nameSeparator);
    afterName = true;
    return this;
  }

  JsonWriter value(String value) {
    beforeValue();
    string(value);
    return this;
  }

  JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  JsonWriter member(String name, String value) {
    return name(name).value(value);
  }

  JsonWriter member(String name, long value) {
    return name(name).value(value);
  }

  JsonWriter member(String name, boolean value) {
    return name(name).value(value);
  }

  /** A member whose value is an array of strings, in the given order. */
  JsonWriter member(String name, Collection<String> values) {
    name(name).beginArray();
    for (String value : values) {
      value(value);
    }
    return endArray();
  }

  /** The document, ending with a newline. */
  @Override
  public String toString() {
    if (depth != 0) {
      throw new IllegalStateException("unclosed JSON object or array");
    }
    return out + "\n";
  }

  private JsonWriter open() {
    depth++;
    empty = true;
    return this;
  }

  private JsonWriter close(char bracket) {
    depth--;
    if (!empty) {
      newline();
      out.append(bracket);
    } else if (bracket == ']') {
      out.setLength(out.length() - 1);
      out.append(emptyArray);
    } else {
      out.append(bracket);
    }
    empty = false;
    return this;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else if (depth > 0) {
      separate();
    }
  }

  private void separate() {
    if (!empty) {
      out.append(',');
    }
    newline();
    empty = false;
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(depth));
  }

  private void string(String value) {
    out.append('"');
    // Runs of printable ASCII other than the quote and backslash are copied whole: nearly every
    // string of a report is one, and a cold JVM interprets a per-character decision slowly.
    int plain = 0;
    while (plain < value.length()) {
      char c = value.charAt(plain);
      if (c < ' ' || c > '~' || c == '"' || c == '\\') {
        break;
      }
      plain++;
    }
    out.append(value, 0, plain);
    for (int i = plain; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          // Among the unsafe: U+2028/2029 end lines in JavaScript, a bidi override makes the
          // file read otherwise than it parses, a lone surrogate cannot be encoded in UTF-8.
          if (UnsafeChars.isUnsafe(value, i)) {
            unicodeEscape(c);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private void unicodeEscape(char c) {
    out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
        .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
  }
}
