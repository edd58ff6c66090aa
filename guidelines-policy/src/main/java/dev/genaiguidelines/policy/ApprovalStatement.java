package dev.genaiguidelines.policy;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The canonical text an approver signs for a ledger entry: the entry (id, approvedBy or
 * performer, date, expires) bound to the project's coordinates and to every declared field of
 * each use it lists, so a signature stops verifying when any of them changes.
 *
 * <p>The format, UTF-8 with LF line ends and one value a line, so a studio can write it without
 * Maven:
 * <pre>
 * genai-guidelines approval statement v1
 * project: com.studio:vfx
 * kind: approval                     (or consent)
 * id: APR-2025-0042
 * approvedBy: Studio Legal           (a consent writes performer: instead)
 * date: 2025-09-01                   (approvals only)
 * expires: 2026-09-01                (or none)
 * use: crowd-extension               (one block per use id the entry lists, sorted by id)
 *   tool: runway-gen4
 *   purpose: Extends crowd plates in wide shots.
 *   output: FINAL_DELIVERABLE
 *   inputs: PRODUCTION_MATERIAL,TALENT_LIKENESS   (sorted by enum order, no duplicates)
 *   creates: BACKGROUND_ELEMENT
 *   context: FICTION
 *   unionCoveredWork: false
 *   model: gen4
 * use: sky-replacement               (listed, but the project declares no such use)
 *   declared: no
 * </pre>
 * In a value, {@code \} is written {@code \\}, and a control, format, line or paragraph
 * separator character, or a surrogate without its pair, {@code \\uXXXX} (upper-case hex).
 *
 * @param project the project's {@code groupId:artifactId}
 * @param kind {@code approval} or {@code consent}
 * @param person an approval's approvedBy, or a consent's performer
 * @param date an approval's date; empty for a consent
 * @param uses one per use id the entry lists, sorted by id
 */
public record ApprovalStatement(String project, String kind, String id, String person,
    Optional<LocalDate> date, Optional<LocalDate> expires, List<ApprovalStatement.Use> uses) {

  /** The first line, naming the format and its version. */
  public static final String HEADER = "genai-guidelines approval statement v1";
  /** The namespace approvers sign statements for: {@code ssh-keygen -Y sign -n genai-approval}. */
  public static final String SIGNATURE_NAMESPACE = "genai-approval";

  public ApprovalStatement {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(expires, "expires");
    if (!kind.equals("approval") && !kind.equals("consent")) {
      throw new IllegalArgumentException("kind '" + kind + "'; expected approval or consent");
    }
    if (date.isPresent() != kind.equals("approval")) {
      throw new IllegalArgumentException("an approval has a date and a consent has none");
    }
    List<Use> sorted = new ArrayList<>(uses);
    sorted.sort(Comparator.comparing(Use::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("use '" + sorted.get(i).id() + "' appears twice");
      }
    }
    uses = List.copyOf(sorted);
  }

  /**
   * One use an entry lists, with its declared fields, or none when the project declares no use
   * of that id.
   */
  public record Use(String id, Optional<Declared> declared) {
    public Use {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(declared, "declared");
    }
  }

  /**
   * The fields of a {@code @GenAiUse} a statement binds: all but id, approval and consent, with
   * inputs and creates as sets in enum order (the order they are declared in does not matter).
   */
  public record Declared(String tool, String purpose, Output output, List<DataInput> inputs,
      List<Creates> creates, Context context, boolean unionCoveredWork, String model) {
    public Declared {
      Objects.requireNonNull(tool, "tool");
      Objects.requireNonNull(purpose, "purpose");
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(model, "model");
      inputs = inputs.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(inputs));
      creates = creates.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(creates));
    }

    /** The fields of a declaration as read from source or class files. */
    public static Declared of(UseDeclaration use) {
      return new Declared(use.tool(), use.purpose(), use.output(), use.inputs(), use.creates(),
          use.context(), use.unionCoveredWork(), use.model());
    }
  }

  /**
   * The statement for {@code entry} as the project declares its uses now.
   *
   * @param project {@code groupId:artifactId}
   * @param declaredById the project's declarations by use id; an id the entry lists but this map
   *     lacks is written as not declared
   */
  public static ApprovalStatement of(String project, LedgerEntry entry,
      Map<String, UseDeclaration> declaredById) {
    List<Use> uses = new ArrayList<>();
    for (String useId : new TreeSet<>(entry.uses())) {
      uses.add(new Use(useId, Optional.ofNullable(declaredById.get(useId)).map(Declared::of)));
    }
    if (entry instanceof Approval approval) {
      return new ApprovalStatement(project, entry.kind(), entry.id(), approval.approvedBy(),
          Optional.of(Objects.requireNonNull(approval.date(), "the approval's date")),
          entry.expires(), uses);
    }
    Consent consent = (Consent) entry;
    return new ApprovalStatement(project, entry.kind(), entry.id(), consent.performer(),
        Optional.empty(), entry.expires(), uses);
  }

  /** The statement's text for {@code entry}: {@code of(project, entry, declaredById).text()}. */
  public static String render(String project, LedgerEntry entry,
      Map<String, UseDeclaration> declaredById) {
    return of(project, entry, declaredById).text();
  }

  /**
   * Reads a statement back, strictly: the text must be exactly what {@link #text()} writes for
   * what it says, or the exception says which line is not.
   */
  public static ApprovalStatement parse(String text) throws ApprovalStatementException {
    return ApprovalStatementParser.parse(text);
  }

  /** Reads a statement from its signed bytes, which must be UTF-8. */
  public static ApprovalStatement parse(byte[] utf8) throws ApprovalStatementException {
    return ApprovalStatementParser.parse(utf8);
  }

  /**
   * What changed between the statement that was signed and the one rebuilt now, field by field;
   * empty when they are the same.
   */
  public static List<StatementDifference> differences(ApprovalStatement signed,
      ApprovalStatement now) {
    return StatementDifference.between(signed, now);
  }

  /** The canonical text, every line ending in LF. */
  public String text() {
    StringBuilder out = new StringBuilder(256);
    line(out, HEADER);
    line(out, "project: " + StatementText.escape(project));
    line(out, "kind: " + kind);
    line(out, "id: " + StatementText.escape(id));
    if (kind.equals("approval")) {
      line(out, "approvedBy: " + StatementText.escape(person));
      line(out, "date: " + date.orElseThrow());
    } else {
      line(out, "performer: " + StatementText.escape(person));
    }
    line(out, "expires: " + expiresText());
    for (Use use : uses) {
      line(out, "use: " + StatementText.escape(use.id()));
      if (use.declared().isEmpty()) {
        line(out, "  declared: no");
        continue;
      }
      Declared d = use.declared().get();
      line(out, "  tool: " + StatementText.escape(d.tool()));
      line(out, "  purpose: " + StatementText.escape(d.purpose()));
      line(out, "  output: " + d.output().name());
      line(out, "  inputs: " + names(d.inputs()));
      line(out, "  creates: " + names(d.creates()));
      line(out, "  context: " + d.context().name());
      line(out, "  unionCoveredWork: " + d.unionCoveredWork());
      line(out, "  model: " + StatementText.escape(d.model()));
    }
    return out.toString();
  }

  /** The bytes an approver signs: {@link #text()} in UTF-8. */
  public byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code approvedBy} or {@code performer}, as the statement names {@link #person}. */
  public String personField() {
    return kind.equals("approval") ? "approvedBy" : "performer";
  }

  String expiresText() {
    return expires.map(LocalDate::toString).orElse("none");
  }

  /** Enum names comma-separated without spaces, as the inputs and creates lines write them. */
  static String names(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static void line(StringBuilder out, String line) {
    out.append(line).append('\n');
  }
}
