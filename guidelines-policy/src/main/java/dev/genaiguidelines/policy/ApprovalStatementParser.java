package dev.genaiguidelines.policy;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads an approval statement back, strictly: every line in its place, every value escaped as
 * the renderer escapes it, so one statement has exactly one text and a signature over it can
 * mean only one thing.
 */
final class ApprovalStatementParser {
  /** Longest quote of the input in a problem: enough to recognize the line. */
  private static final int QUOTE_CHARS = 60;

  private final String[] lines;
  private int next;
  /** The line of the last {@code use:}, for a problem found after its block. */
  private int useLine;

  private ApprovalStatementParser(String[] lines) {
    this.lines = lines;
  }

  static ApprovalStatement parse(byte[] utf8) throws ApprovalStatementException {
    try {
      return parse(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(utf8)).toString());
    } catch (CharacterCodingException e) {
      throw new ApprovalStatementException(0, "the bytes are not UTF-8; expected the statement "
          + "as UTF-8 text");
    }
  }

  static ApprovalStatement parse(String text) throws ApprovalStatementException {
    int cr = text.indexOf('\r');
    if (cr >= 0) {
      throw new ApprovalStatementException(lineOf(text, cr), "holds a CR; expected LF line "
          + "ends only");
    }
    if (!text.endsWith("\n")) {
      throw new ApprovalStatementException(lineOf(text, text.length()), "the text does not end "
          + "with a line break; expected every line, the last too, to end with LF");
    }
    ApprovalStatementParser parser =
        new ApprovalStatementParser(text.substring(0, text.length() - 1).split("\n", -1));
    ApprovalStatement statement = parser.statement();
    parser.canonical(statement.text());
    return statement;
  }

  private ApprovalStatement statement() throws ApprovalStatementException {
    String header = nextLine("the header");
    if (!header.equals(ApprovalStatement.HEADER)) {
      throw problem(quote(header) + " is not the header; expected '" + ApprovalStatement.HEADER
          + "'");
    }
    String project = value("project");
    String kind = raw("kind");
    if (!kind.equals("approval") && !kind.equals("consent")) {
      throw problem("kind " + quote(kind) + " is neither; expected approval or consent");
    }
    String id = value("id");
    String person;
    Optional<LocalDate> date = Optional.empty();
    if (kind.equals("approval")) {
      person = value("approvedBy");
      date = Optional.of(date(raw("date"), "date"));
    } else {
      person = value("performer");
    }
    String expiresText = raw("expires");
    Optional<LocalDate> expires =
        expiresText.equals("none") ? Optional.empty() : Optional.of(date(expiresText, "expires"));
    List<ApprovalStatement.Use> uses = new ArrayList<>();
    while (next < lines.length) {
      ApprovalStatement.Use use = use();
      if (!uses.isEmpty() && uses.get(uses.size() - 1).id().compareTo(use.id()) >= 0) {
        throw new ApprovalStatementException(useLine, "use " + quote(use.id()) + " follows use "
            + quote(uses.get(uses.size() - 1).id()) + "; expected uses sorted by id, each once");
      }
      uses.add(use);
    }
    return new ApprovalStatement(project, kind, id, person, date, expires, uses);
  }

  private ApprovalStatement.Use use() throws ApprovalStatementException {
    String id = value("use");
    useLine = next;
    if (next < lines.length && lines[next].equals("  declared: no")) {
      next++;
      return new ApprovalStatement.Use(id, Optional.empty());
    }
    String tool = value("  tool");
    String purpose = value("  purpose");
    Output output = constant(Output.class, raw("  output"), "output");
    List<DataInput> inputs = constants(DataInput.class, raw("  inputs"), "inputs");
    List<Creates> creates = constants(Creates.class, raw("  creates"), "creates");
    Context context = constant(Context.class, raw("  context"), "context");
    String union = raw("  unionCoveredWork");
    if (!union.equals("true") && !union.equals("false")) {
      throw problem("unionCoveredWork " + quote(union) + " is not a boolean; expected true or "
          + "false");
    }
    String model = value("  model");
    return new ApprovalStatement.Use(id, Optional.of(new ApprovalStatement.Declared(tool,
        purpose, output, inputs, creates, context, Boolean.parseBoolean(union), model)));
  }

  /**
   * Compares with the text the statement renders to: what each value says was checked on the
   * way in, this catches how it was written (order, duplicates, needless escapes).
   */
  private void canonical(String rendered) throws ApprovalStatementException {
    String[] expected = rendered.substring(0, rendered.length() - 1).split("\n", -1);
    for (int i = 0; i < Math.min(expected.length, lines.length); i++) {
      if (!expected[i].equals(lines[i])) {
        throw new ApprovalStatementException(i + 1, quote(lines[i]) + " is not written as the "
            + "statement writes it; expected " + quote(expected[i]) + " (uses sorted by id, "
            + "inputs and creates in enum order without duplicates, escapes only where needed)");
      }
    }
    if (expected.length != lines.length) {
      throw new ApprovalStatementException(Math.min(expected.length, lines.length) + 1,
          "the statement has " + lines.length + " lines, but what it says takes "
              + expected.length + "; expected each use once");
    }
  }

  /** The unescaped value of the next line, which must be {@code key: value}. */
  private String value(String key) throws ApprovalStatementException {
    String escaped = raw(key);
    return StatementText.unescape(escaped).orElseThrow(() -> problem("the " + key.strip()
        + " value " + quote(escaped) + " has a bad escape; expected only \\\\ and \\uXXXX with "
        + "upper-case hex digits"));
  }

  /** The next line's text after {@code key: }, as written. */
  private String raw(String key) throws ApprovalStatementException {
    String line = nextLine("'" + key + ": '");
    String prefix = key + ": ";
    if (!line.startsWith(prefix)) {
      throw problem("found " + quote(line) + "; expected '" + prefix + "...'"
          + (key.equals("use") ? " or the end of the statement" : ""));
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
        throw problem(String.format("holds U+%04X unescaped; expected it written \\u%04X",
            (int) c, (int) c));
      }
    }
    return line.substring(prefix.length());
  }

  private String nextLine(String expected) throws ApprovalStatementException {
    if (next >= lines.length) {
      throw new ApprovalStatementException(next + 1, "the statement ends; expected " + expected);
    }
    return lines[next++];
  }

  private LocalDate date(String text, String key) throws ApprovalStatementException {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw problem(key + " " + quote(text) + " is not a date; expected YYYY-MM-DD"
          + (key.equals("expires") ? " or none" : ""));
    }
  }

  private <E extends Enum<E>> E constant(Class<E> type, String name, String key)
      throws ApprovalStatementException {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw problem(key + " " + quote(name) + " is not one of "
        + ApprovalStatement.names(Arrays.asList(type.getEnumConstants())).replace(",", ", "));
  }

  private <E extends Enum<E>> List<E> constants(Class<E> type, String names, String key)
      throws ApprovalStatementException {
    List<E> values = new ArrayList<>();
    if (!names.isEmpty()) {
      for (String name : names.split(",", -1)) {
        values.add(constant(type, name, key));
      }
    }
    return values;
  }

  /** A problem at the line just read. */
  private ApprovalStatementException problem(String problem) {
    return new ApprovalStatementException(next, problem);
  }

  private static String quote(String text) {
    String cut = text.length() <= QUOTE_CHARS
        ? text
        : text.substring(0, QUOTE_CHARS) + "... (" + text.length() + " characters)";
    return "'" + Rule.visible(cut) + "'";
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
