package dev.genaiguidelines.policy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads typed values out of a composed YAML node tree and turns every mismatch into a
 * {@link PolicyFileException} at the node's line and column.
 *
 * <p>Messages name the value as a <em>subject</em> ({@code 'vendor' in tool 'runway-gen4'}) and
 * say what was expected and what was found.
 */
final class YamlNodeReader {
  /** Only the core schema's tags: anything else ({@code !secret}, {@code !!binary}) is refused. */
  private static final Set<Tag> SCALAR_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final int MAX_SHOWN_CHARS = 60;
  /** A value that can be put between brackets as it is, for the "write [x]" hint. */
  private static final Pattern SIMPLE_ITEM = Pattern.compile("^[^\\s\\[\\]{},:#&*!|>'\"%@`]+$");

  private final Path file;

  YamlNodeReader(Path file) {
    this.file = file;
  }

  /** A problem located at the start of {@code node}. */
  PolicyFileException error(Node node, String problem) {
    Optional<Mark> mark = node.getStartMark();
    return mark.isPresent()
        ? error(mark.get(), problem)
        : new PolicyFileException(file, 0, 0, problem);
  }

  /** A problem located at {@code mark} (0-based in snakeyaml, 1-based in messages). */
  PolicyFileException error(Mark mark, String problem) {
    return new PolicyFileException(file, mark.getLine() + 1, mark.getColumn() + 1, problem);
  }

  /**
   * The entries of a mapping, in document order; keys are checked by {@link Fields#checkKeys}
   * once the caller knows how to name the mapping.
   *
   * @param shape what the mapping holds, for the message when it is not a mapping: {@code with
   *     the keys id, vendor}
   */
  Fields mapping(Node node, String subject, String shape) throws PolicyFileException {
    if (!(node instanceof MappingNode mapping) || !node.getTag().equals(Tag.MAP)) {
      throw error(node, subject + ": expected a mapping " + shape + ", got " + describe(node));
    }
    return new Fields(mapping);
  }

  /**
   * The items of a list.
   *
   * @param scalarItems true for a list of plain values, where a single value written without
   *     brackets gets the hint to write it as a one-item list
   */
  List<Node> sequence(Node node, String subject, String items, boolean scalarItems)
      throws PolicyFileException {
    if (node instanceof SequenceNode sequence && node.getTag().equals(Tag.SEQ)) {
      return sequence.getValue();
    }
    String hint = scalarItems && text(node).filter(SIMPLE_ITEM.asPredicate()).isPresent()
        ? "; write [" + ((ScalarNode) node).getValue() + "]"
        : "";
    throw error(node, subject + ": expected a list of " + items + ", got " + describe(node) + hint);
  }

  /** The items of a list, or none when the value is left empty ({@code tools:}). */
  List<Node> optionalSequence(Node node, String subject, String items, boolean scalarItems)
      throws PolicyFileException {
    return isNull(node) ? List.of() : sequence(node, subject, items, scalarItems);
  }

  /** A string; plain numbers are taken as written ({@code agreement: 2025014}). */
  String string(Node node, String subject) throws PolicyFileException {
    if (node instanceof ScalarNode scalar
        && (isText(node) || scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
      return scalar.getValue();
    }
    throw error(node, subject + ": expected a string, got " + describe(node));
  }

  /** A string that is neither blank nor padded with spaces. */
  String nonBlank(Node node, String subject, String expected) throws PolicyFileException {
    String value = string(node, subject);
    if (value.isBlank()) {
      throw error(node, subject + ": expected " + expected + ", got " + describe(node));
    }
    if (!value.strip().equals(value)) {
      // ids are compared exactly, so a stray space would make a reference silently miss
      throw error(node, subject + ": " + describe(node) + " has spaces at its start or end; write '"
          + shorten(value.strip()) + "'");
    }
    return value;
  }

  /** A YAML boolean; {@code yes}, {@code on} and quoted {@code "true"} are strings, not booleans. */
  boolean bool(Node node, String subject) throws PolicyFileException {
    if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
      return Boolean.parseBoolean(scalar.getValue().toLowerCase(Locale.ROOT));
    }
    String hint = isText(node) && ((ScalarNode) node).getValue().matches("(?i)true|false")
        ? " (a quoted string); write true or false without quotes"
        : "";
    throw error(node, subject + ": expected true or false, got " + describe(node) + hint);
  }

  /** An ISO date, {@code 2025-09-01}. */
  LocalDate date(Node node, String subject) throws PolicyFileException {
    if (node instanceof ScalarNode scalar && isText(node) && ISO_DATE.matcher(scalar.getValue()).matches()) {
      try {
        return LocalDate.parse(scalar.getValue());
      } catch (DateTimeParseException notADay) {
        // reported below, the same way as any other value that is not a date
      }
    }
    throw error(node, subject + ": expected a date YYYY-MM-DD, got " + describe(node));
  }

  /** The text of a plain string scalar, or empty for anything else (numbers, lists, ...). */
  static Optional<String> text(Node node) {
    return isText(node) ? Optional.of(((ScalarNode) node).getValue()) : Optional.empty();
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  private static boolean isText(Node node) {
    return node instanceof ScalarNode && node.getTag().equals(Tag.STR);
  }

  /** What a node is, for "got ..." in messages: {@code 'yes'}, {@code a list}, {@code no value}. */
  static String describe(Node node) {
    Tag tag = node.getTag();
    if (node instanceof ScalarNode scalar && SCALAR_TAGS.contains(tag)) {
      if (tag.equals(Tag.NULL)) {
        return "no value";
      } else if (tag.equals(Tag.BOOL)) {
        return "the boolean " + scalar.getValue();
      } else if (tag.equals(Tag.STR)) {
        return "'" + shorten(scalar.getValue()) + "'";
      }
      return "the number " + scalar.getValue();
    } else if (node instanceof MappingNode && tag.equals(Tag.MAP)) {
      return "a mapping";
    } else if (node instanceof SequenceNode && tag.equals(Tag.SEQ)) {
      return "a list";
    }
    return "a value with the unsupported YAML tag " + tag.getValue().replace(Tag.PREFIX, "!!");
  }

  /** One line, at most {@value #MAX_SHOWN_CHARS} characters: values are quoted in messages. */
  static String shorten(String value) {
    return oneLine(value, MAX_SHOWN_CHARS);
  }

  /**
   * {@code text} on one line, cut after {@code max} characters. Line breaks of any kind, other
   * control characters and invisible format characters (bidi overrides) are written as escapes,
   * so quoted text can neither forge a build-log line nor make a message read differently from
   * what the file says.
   */
  static String oneLine(String text, int max) {
    StringBuilder shown = new StringBuilder(Math.min(text.length(), max) + 8);
    for (int i = 0; i < text.length(); i++) {
      if (shown.length() >= max) {
        if (Character.isHighSurrogate(shown.charAt(shown.length() - 1))) {
          shown.setLength(shown.length() - 1); // never cut a pair in half
        }
        return shown.append("...").toString();
      }
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> shown.append("\\n");
        case '\r' -> shown.append("\\r");
        case '\t' -> shown.append("\\t");
        default -> {
          if (UnsafeChars.isUnsafe(text, i)) {
            shown.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            shown.append(c);
          }
        }
      }
    }
    return shown.toString();
  }

  /** The closest of {@code known} within two edits of {@code actual}, as a message suffix, or "". */
  static String suggestion(String actual, Collection<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : known) {
      int distance = editDistance(actual, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  /** Levenshtein distance; keys are short, so the quadratic table is cheap. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The entries of one mapping, with the key nodes kept so problems point at the key. */
  final class Fields {
    private final MappingNode node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private String where = "";

    private Fields(MappingNode node) {
      this.node = node;
    }

    /**
     * Checks that every key is a name, appears once and is one of {@code known}.
     *
     * @param where how messages name the mapping, with its preposition: {@code in tool 'x'}
     * @param known the allowed keys, or null when the caller judges unknown keys itself
     */
    Fields checkKeys(String where, List<String> known) throws PolicyFileException {
      this.where = where;
      for (NodeTuple tuple : node.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode scalar) || !SCALAR_TAGS.contains(keyNode.getTag())) {
          throw error(keyNode, "expected a key name " + where + ", got " + describe(keyNode));
        }
        String key = scalar.getValue();
        NodeTuple first = entries.get(key);
        if (first != null) {
          throw error(keyNode, "duplicate key '" + shorten(key) + "' " + where + "; it is first set on line "
              + line(first.getKeyNode()));
        }
        if (known != null && !known.contains(key)) {
          throw error(keyNode, "unknown key '" + shorten(key) + "' " + where + "; expected one of: "
              + String.join(", ", known) + suggestion(key, known));
        }
        entries.put(key, tuple);
      }
      return this;
    }

    /** The string value of {@code key} before the keys are checked, to name the mapping by it. */
    Optional<String> peekText(String key) {
      for (NodeTuple tuple : node.getValue()) {
        if (text(tuple.getKeyNode()).filter(key::equals).isPresent()) {
          return text(tuple.getValueNode());
        }
      }
      return Optional.empty();
    }

    /** The keys in document order. */
    List<String> keys() {
      return new ArrayList<>(entries.keySet());
    }

    boolean has(String key) {
      return entries.containsKey(key);
    }

    Optional<Node> get(String key) {
      return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    Node keyNode(String key) {
      return entries.get(key).getKeyNode();
    }

    /** The value of a key that must be present. */
    Node require(String key, String expected) throws PolicyFileException {
      NodeTuple tuple = entries.get(key);
      if (tuple == null) {
        throw error(node, "missing required key '" + key + "' " + where + "; expected " + expected);
      }
      return tuple.getValueNode();
    }

    /** How messages name one value: {@code 'vendor' in tool 'runway-gen4'}. */
    String subject(String key) {
      return "'" + key + "' " + where;
    }
  }

  /** The 1-based line of a node, for "first set on line N". */
  static int line(Node node) {
    return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
  }
}
