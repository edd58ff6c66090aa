package dev.genaiguidelines.policy;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one description of the attributes of {@code @GenAiUse}: name, kind, default, JSON key,
 * label, whether the approval statement covers it, and how its value is read from and written to
 * a {@link UseDeclaration}. The readers (javac's annotation mirrors, ASM's class-file values), the
 * reports, the baseline comparison and the catalog walk this list, so an attribute is added here
 * (and to the annotation and {@code UseDeclaration}) and the compiler points at what else must
 * say something about it. A finding names the attribute it is about, so the IDE underlines the
 * exact value at fault.
 *
 * <p>The constants are in the order the reports list the attributes.
 */
public enum UseAttribute {
  /** The whole annotation, when no single attribute is at fault; not an attribute itself. */
  ANNOTATION(null, null, Group.NONE, "", null),
  ID(Kind.STRING, null, Group.IDENTITY, "Id", null),
  TOOL(Kind.STRING, null, Group.STATEMENT, "Tool", null),
  MODEL(Kind.STRING, null, Group.STATEMENT, "Model", ""),
  PURPOSE(Kind.STRING, null, Group.STATEMENT, "Purpose", null),
  OUTPUT(Kind.ENUM, Output.class, Group.STATEMENT, "Output", null),
  INPUTS(Kind.ENUM_LIST, DataInput.class, Group.STATEMENT, "Inputs", null),
  CREATES(Kind.ENUM_LIST, Creates.class, Group.STATEMENT, "Creates", null),
  CONTEXT(Kind.ENUM, Context.class, Group.STATEMENT, "Context", Context.FICTION),
  UNION_COVERED_WORK(Kind.BOOLEAN, null, Group.STATEMENT, "Union", false),
  APPROVAL(Kind.STRING, null, Group.LEDGER, "Approval", ""),
  CONSENT(Kind.STRING, null, Group.LEDGER, "Consent", "");

  /** The Java type of an attribute's value, which says how each reader reads it. */
  public enum Kind {
    /** A {@code String}. */
    STRING,
    /** A {@code boolean}. */
    BOOLEAN,
    /** One constant of {@link #enumType()}. */
    ENUM,
    /** An array of constants of {@link #enumType()}, read as a {@code List}. */
    ENUM_LIST
  }

  /** What an attribute is for, which says where reports and the approval statement show it. */
  public enum Group {
    /** {@link #ANNOTATION}, which is no attribute. */
    NONE,
    /** The use's id, which names it. */
    IDENTITY,
    /** What the use does; an approval statement states each of these, so approval covers them. */
    STATEMENT,
    /** A reference to an entry of the policy's ledger (approval, consent). */
    LEDGER
  }

  private static final List<UseAttribute> DECLARED = Arrays.stream(values())
      .filter(attribute -> attribute != ANNOTATION).toList();

  /** The scanner looks up every attribute value it reads by name. */
  private static final Map<String, UseAttribute> BY_JAVA_NAME = DECLARED.stream()
      .collect(Collectors.toUnmodifiableMap(UseAttribute::javaName, attribute -> attribute));

  private final Kind kind;
  private final Class<? extends Enum<?>> enumType;
  private final Group group;
  private final String label;
  private final Object defaultValue;
  private final String javaName = javaName(name());

  UseAttribute(Kind kind, Class<? extends Enum<?>> enumType, Group group, String label,
      Object defaultValue) {
    this.kind = kind;
    this.enumType = enumType;
    this.group = group;
    this.label = label;
    this.defaultValue = defaultValue;
  }

  /** Every attribute of {@code @GenAiUse} (all but {@link #ANNOTATION}), in report order. */
  public static List<UseAttribute> declared() {
    return DECLARED;
  }

  /** The attribute named {@code javaName} in source, if {@code @GenAiUse} declares one. */
  public static Optional<UseAttribute> byJavaName(String javaName) {
    return Optional.ofNullable(BY_JAVA_NAME.get(javaName));
  }

  /** The attribute's name in Java source ({@code unionCoveredWork}), or "" for the annotation. */
  public String javaName() {
    return javaName;
  }

  private static String javaName(String constant) {
    if (constant.equals("ANNOTATION")) {
      return "";
    }
    String[] parts = constant.toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return name.toString();
  }

  /** The key of the attribute in the JSON report's {@code uses} entries and baselines. */
  public String jsonKey() {
    return javaName();
  }

  /** The attribute's name for people ("Output", "Union"), as the HTML report labels it. */
  public String label() {
    return label;
  }

  public Kind kind() {
    return kind;
  }

  public Group group() {
    return group;
  }

  /** The enum of an {@code ENUM} or {@code ENUM_LIST} attribute; null for the others. */
  public Class<? extends Enum<?>> enumType() {
    return enumType;
  }

  /** True when the annotation gives the attribute no default, so every use must write it. */
  public boolean isRequired() {
    return this != ANNOTATION && defaultValue == null;
  }

  /** The annotation's default: "", {@code false}, a constant; empty for a required attribute. */
  public Optional<Object> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /**
   * The constant of this attribute's enum named {@code name}, or empty when this version of the
   * annotations does not know it.
   */
  public Optional<Enum<?>> constant(String name) {
    return Arrays.stream(enumType.getEnumConstants())
        .filter(constant -> constant.name().equals(name)).findFirst().map(c -> (Enum<?>) c);
  }

  /**
   * The attribute's value in {@code use}: a String, a Boolean, a constant, or a List of
   * constants, as {@link #kind()} says.
   */
  public Object valueIn(UseDeclaration use) {
    return switch (this) {
      case ANNOTATION -> throw new IllegalStateException("ANNOTATION has no value");
      case ID -> use.id();
      case TOOL -> use.tool();
      case MODEL -> use.model();
      case PURPOSE -> use.purpose();
      case OUTPUT -> use.output();
      case INPUTS -> use.inputs();
      case CREATES -> use.creates();
      case CONTEXT -> use.context();
      case UNION_COVERED_WORK -> use.unionCoveredWork();
      case APPROVAL -> use.approval();
      case CONSENT -> use.consent();
    };
  }

  /**
   * The value as reports show it: a constant by name, a list comma-separated, a boolean as
   * {@code true}/{@code false}, a string as it is (for the format to escape).
   */
  public String shownIn(UseDeclaration use) {
    return shown(valueIn(use));
  }

  /** {@code value} (of this attribute's kind) as reports show it; see {@link #shownIn}. */
  public static String shown(Object value) {
    if (value instanceof List<?> list) {
      // A loop, not a stream: every report shows every use's lists, in a cold JVM.
      StringBuilder shown = new StringBuilder();
      for (Object element : list) {
        shown.append(shown.isEmpty() ? "" : ", ").append(shown(element));
      }
      return shown.toString();
    }
    return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
  }

  /**
   * Sets this attribute of {@code builder} to {@code value}, which must be of {@link #kind()}:
   * the one place a reader turns a value it read into a declaration.
   */
  @SuppressWarnings("unchecked")
  public UseDeclaration.Builder setIn(UseDeclaration.Builder builder, Object value) {
    return switch (this) {
      case ANNOTATION -> throw new IllegalStateException("ANNOTATION has no value");
      case ID -> builder.id((String) value);
      case TOOL -> builder.tool((String) value);
      case MODEL -> builder.model((String) value);
      case PURPOSE -> builder.purpose((String) value);
      case OUTPUT -> builder.output((Output) value);
      case INPUTS -> builder.inputs((List<DataInput>) value);
      case CREATES -> builder.creates((List<Creates>) value);
      case CONTEXT -> builder.context((Context) value);
      case UNION_COVERED_WORK -> builder.unionCoveredWork((Boolean) value);
      case APPROVAL -> builder.approval((String) value);
      case CONSENT -> builder.consent((String) value);
    };
  }
}
