package dev.genaiguidelines.maven.baseline;

import dev.genaiguidelines.annotations.StrictJsonReader;
import dev.genaiguidelines.annotations.StrictJsonReader.Node;
import dev.genaiguidelines.policy.UseAttribute;
import dev.genaiguidelines.policy.Verdict;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a previous {@code genai-compliance.json} (schemaVersion 1) as a baseline. It is strict
 * where a comparison would otherwise mislead: the document must be JSON, say schemaVersion 1 and
 * list its uses, each with an id and a known verdict, and every field it has must have the type
 * the report writes. A declared field a use lacks takes the annotation's default.
 */
public final class BaselineReader {

  /** The JSON report schema this reader understands. */
  public static final int SCHEMA_VERSION = 1;

  private static final String FIX = " Point guidelines.baseline at a genai-compliance.json written"
      + " by the report or report-aggregate goal, or at a version whose build attached one.";

  private final Path file;

  private BaselineReader(Path file) {
    this.file = file;
  }

  /**
   * Reads {@code file}.
   *
   * @param label how the reports name this baseline: the version it was resolved for, or the
   *     file name
   * @throws BaselineException naming the file, and the line and column or the member at fault
   */
  public static BaselineReport read(Path file, String label) throws BaselineException {
    byte[] bytes;
    try {
      // Checked before reading, so a huge file is refused without being held in memory.
      if (Files.size(file) > StrictJsonReader.MAX_REPORT_BYTES) {
        throw new BaselineException("Invalid GenAI baseline report " + file + ": it is "
            + Files.size(file) + " bytes long: expected at most "
            + StrictJsonReader.MAX_REPORT_BYTES + " bytes." + FIX);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BaselineException("The GenAI baseline report " + file + " does not exist." + FIX,
          e);
    } catch (IOException e) {
      throw new BaselineException("Cannot read the GenAI baseline report " + file + ": " + e, e);
    }
    return parse(bytes, file, label);
  }

  /** Reads a report held in {@code text}, naming {@code file} in errors as if read from it. */
  public static BaselineReport parse(String text, Path file, String label)
      throws BaselineException {
    return parse(text.getBytes(StandardCharsets.UTF_8), file, label);
  }

  /**
   * Reads a report held in {@code bytes} with the strict reader that also reads provenance
   * sidecars, naming {@code file} in errors as if read from it.
   */
  static BaselineReport parse(byte[] bytes, Path file, String label) throws BaselineException {
    Node document;
    try {
      document = StrictJsonReader.parse(bytes, StrictJsonReader.MAX_REPORT_BYTES);
    } catch (StrictJsonReader.SyntaxError e) {
      String where = e.line() > 0 ? ":" + e.line() + ":" + e.column() : "";
      throw new BaselineException("Invalid GenAI baseline report " + file + where + ": "
          + e.getMessage() + "; it is not JSON." + FIX, e);
    }
    return new BaselineReader(file).report(plain(document), label);
  }

  /**
   * The parsed tree as plain values (maps in file order, lists, strings, booleans, null, and
   * numbers as {@code Long} when integral), which is all a baseline needs of it.
   */
  private static Object plain(Node node) {
    return switch (node.kind()) {
      case OBJECT -> {
        Map<String, Object> members = new LinkedHashMap<>();
        node.members().forEach((name, value) -> members.put(name, plain(value)));
        yield members;
      }
      case ARRAY -> node.items().stream().map(BaselineReader::plain).toList();
      case NUMBER -> {
        BigDecimal number = (BigDecimal) node.value();
        try {
          yield number.scale() <= 0 ? (Object) number.longValueExact() : number;
        } catch (ArithmeticException tooLarge) {
          yield number;
        }
      }
      default -> node.value();
    };
  }

  private BaselineReport report(Object document, String label) throws BaselineException {
    if (!(document instanceof Map<?, ?> root)) {
      throw invalid("the document is " + describe(document) + ", not a JSON object");
    }
    Object version = root.get("schemaVersion");
    if (version == null) {
      throw invalid("it has no schemaVersion, so it is not a GenAI compliance report");
    }
    if (!(version instanceof Long number)) {
      throw invalid("schemaVersion is " + describe(version) + ", expected the number "
          + SCHEMA_VERSION);
    }
    if (number != SCHEMA_VERSION) {
      throw new BaselineException("Invalid GenAI baseline report " + file + ": schemaVersion is "
          + number + ", but this plugin reads schemaVersion " + SCHEMA_VERSION + " reports."
          + " Compare with a report of schemaVersion " + SCHEMA_VERSION + ", or build with the"
          + " plugin version that wrote it.");
    }
    if (!root.containsKey("uses")) {
      throw invalid("it has no \"uses\" array, so it cannot say which uses the baseline had");
    }
    List<Object> usesArray = array(root, "uses", "");
    List<UseSnapshot> uses = new ArrayList<>();
    for (int i = 0; i < usesArray.size(); i++) {
      uses.add(use(usesArray.get(i), "uses[" + i + "]"));
    }

    Set<BaselineReport.Call> calls = new HashSet<>();
    List<Object> undeclared = root.containsKey("undeclared")
        ? array(root, "undeclared", "") : List.of();
    for (int i = 0; i < undeclared.size(); i++) {
      String where = "undeclared[" + i + "]";
      Map<?, ?> call = object(undeclared.get(i), where);
      calls.add(new BaselineReport.Call(requiredString(call, "element", where),
          requiredString(call, "target", where)));
    }

    Set<BaselineReport.LedgerFinding> ledger = new HashSet<>();
    // Reports before 0.1's signed ledger kept these findings under "ledger", which now lists the
    // ledger entries the uses name.
    String ledgerKey = root.containsKey("ledgerFindings") ? "ledgerFindings" : "ledger";
    List<Object> ledgerArray = root.containsKey(ledgerKey) && !root.containsKey("enforcement")
        || ledgerKey.equals("ledgerFindings") ? array(root, ledgerKey, "") : List.of();
    for (int i = 0; i < ledgerArray.size(); i++) {
      String where = ledgerKey + "[" + i + "]";
      Map<?, ?> finding = object(ledgerArray.get(i), where);
      ledger.add(new BaselineReport.LedgerFinding(requiredString(finding, "subject", where),
          requiredString(finding, "rule", where)));
    }
    return new BaselineReport(label, uses, calls, ledger);
  }

  private UseSnapshot use(Object value, String where) throws BaselineException {
    Map<?, ?> use = object(value, where);
    String id = requiredString(use, "id", where);
    String verdictName = requiredString(use, "verdict", where);
    Verdict verdict;
    try {
      verdict = Verdict.valueOf(verdictName);
    } catch (IllegalArgumentException e) {
      throw invalid(where + ".verdict is \"" + verdictName + "\", expected one of "
          + Arrays.stream(Verdict.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
    Map<UseField, String> values = new LinkedHashMap<>();
    values.put(UseField.ELEMENT, string(use, UseField.ELEMENT.jsonName(), where));
    for (UseField field : UseField.values()) {
      if (field != UseField.ELEMENT) {
        values.put(field, field(use, field, where));
      }
    }
    return new UseSnapshot(new UseKey(string(use, "module", where), id), values, verdict);
  }

  /**
   * A declared field as a snapshot keeps it; one the report does not give (an older report) has
   * the annotation's default.
   */
  private String field(Map<?, ?> use, UseField field, String where) throws BaselineException {
    UseAttribute attribute = field.attribute();
    String name = field.jsonName();
    if (!use.containsKey(name)) {
      return attribute.defaultValue().map(UseAttribute::shown).orElse("");
    }
    return switch (attribute.kind()) {
      case STRING, ENUM -> string(use, name, where);
      case BOOLEAN -> Boolean.toString(bool(use, name, where));
      case ENUM_LIST -> field.snapshotOf(strings(use, name, where));
    };
  }

  private Map<?, ?> object(Object value, String where) throws BaselineException {
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw invalid(where + " is " + describe(value) + ", expected an object");
  }

  private List<Object> array(Map<?, ?> object, String name, String where)
      throws BaselineException {
    Object value = object.get(name);
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    throw invalid(member(where, name) + " is " + describe(value) + ", expected an array");
  }

  private String requiredString(Map<?, ?> object, String name, String where)
      throws BaselineException {
    if (!object.containsKey(name)) {
      throw invalid(where + " has no \"" + name + "\"");
    }
    return string(object, name, where);
  }

  /** The string member {@code name}, or "" when it is absent. */
  private String string(Map<?, ?> object, String name, String where) throws BaselineException {
    if (!object.containsKey(name)) {
      return "";
    }
    Object value = object.get(name);
    if (value instanceof String text) {
      return text;
    }
    throw invalid(member(where, name) + " is " + describe(value) + ", expected a string");
  }

  private List<String> strings(Map<?, ?> object, String name, String where)
      throws BaselineException {
    if (!object.containsKey(name)) {
      return List.of();
    }
    List<Object> values = array(object, name, where);
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (!(values.get(i) instanceof String text)) {
        throw invalid(member(where, name) + "[" + i + "] is " + describe(values.get(i))
            + ", expected a string");
      }
      strings.add(text);
    }
    return strings;
  }

  private boolean bool(Map<?, ?> object, String name, String where) throws BaselineException {
    if (!object.containsKey(name)) {
      return false;
    }
    Object value = object.get(name);
    if (value instanceof Boolean flag) {
      return flag;
    }
    throw invalid(member(where, name) + " is " + describe(value) + ", expected true or false");
  }

  private static String member(String where, String name) {
    return where.isEmpty() ? name : where + "." + name;
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof String text) {
      return "the string \"" + text + "\"";
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    return "the number " + value;
  }

  private BaselineException invalid(String problem) {
    return new BaselineException("Invalid GenAI baseline report " + file + ": " + problem + "."
        + FIX);
  }
}
