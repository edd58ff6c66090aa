package dev.genaiguidelines.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One field in which a signed approval statement and the one rebuilt now differ, kept as data so
 * that rule GAI010 can say which field changed.
 *
 * @param use the use id whose field changed, or empty for a field of the entry or the project
 * @param field the field's name as the statement writes it: {@code project}, {@code expires},
 *     {@code uses} (the use ids the entry lists), {@code tool}, {@code declared}, ...
 * @param signed the value as signed, as the statement writes it unescaped
 * @param now the value now
 */
public record StatementDifference(Optional<String> use, String field, String signed, String now) {
  /** Longest value a message quotes in full. */
  static final int MAX_VALUE_CHARS = 120;

  /** Where the difference is, in words: {@code use 'crowd-extension' field tool}, {@code id}. */
  public String path() {
    return use.map(id -> "use '" + shown(id) + "' "
        + (field.equals("declared") ? "declared" : "field " + field)).orElse(field);
  }

  /** {@code use 'crowd-extension' field tool: signed 'runway-gen4', now 'sora'}, on one line. */
  public String message() {
    return path() + ": signed '" + shown(signed) + "', now '" + shown(now) + "'";
  }

  static List<StatementDifference> between(ApprovalStatement signed, ApprovalStatement now) {
    List<StatementDifference> out = new ArrayList<>();
    compare(out, Optional.empty(), "project", signed.project(), now.project());
    compare(out, Optional.empty(), "kind", signed.kind(), now.kind());
    compare(out, Optional.empty(), "id", signed.id(), now.id());
    if (signed.kind().equals(now.kind())) {
      // A changed kind already says the person and date lines are different lines.
      compare(out, Optional.empty(), signed.personField(), signed.person(), now.person());
      compare(out, Optional.empty(), "date", signed.date().map(Object::toString).orElse(""),
          now.date().map(Object::toString).orElse(""));
    }
    compare(out, Optional.empty(), "expires", signed.expiresText(), now.expiresText());
    List<String> signedIds = signed.uses().stream().map(ApprovalStatement.Use::id).toList();
    List<String> nowIds = now.uses().stream().map(ApprovalStatement.Use::id).toList();
    compare(out, Optional.empty(), "uses", String.join(",", signedIds), String.join(",", nowIds));
    for (ApprovalStatement.Use before : signed.uses()) {
      for (ApprovalStatement.Use after : now.uses()) {
        if (before.id().equals(after.id())) {
          compareUse(out, before, after);
        }
      }
    }
    return List.copyOf(out);
  }

  private static void compareUse(List<StatementDifference> out, ApprovalStatement.Use before,
      ApprovalStatement.Use after) {
    Optional<String> use = Optional.of(before.id());
    if (before.declared().isPresent() != after.declared().isPresent()) {
      compare(out, use, "declared", before.declared().isPresent() ? "yes" : "no",
          after.declared().isPresent() ? "yes" : "no");
      return;
    }
    if (before.declared().isEmpty()) {
      return;
    }
    ApprovalStatement.Declared b = before.declared().get();
    ApprovalStatement.Declared a = after.declared().get();
    field(out, use, "tool", b, a, ApprovalStatement.Declared::tool);
    field(out, use, "purpose", b, a, ApprovalStatement.Declared::purpose);
    field(out, use, "output", b, a, d -> d.output().name());
    field(out, use, "inputs", b, a, d -> ApprovalStatement.names(d.inputs()));
    field(out, use, "creates", b, a, d -> ApprovalStatement.names(d.creates()));
    field(out, use, "context", b, a, d -> d.context().name());
    field(out, use, "unionCoveredWork", b, a, d -> String.valueOf(d.unionCoveredWork()));
    field(out, use, "model", b, a, ApprovalStatement.Declared::model);
  }

  private static void field(List<StatementDifference> out, Optional<String> use, String name,
      ApprovalStatement.Declared signed, ApprovalStatement.Declared now,
      Function<ApprovalStatement.Declared, String> value) {
    compare(out, use, name, value.apply(signed), value.apply(now));
  }

  private static void compare(List<StatementDifference> out, Optional<String> use, String field,
      String signed, String now) {
    if (!signed.equals(now)) {
      out.add(new StatementDifference(use, field, signed, now));
    }
  }

  /** As the statement writes the value (escaped, so one line), cut to a readable length. */
  private static String shown(String value) {
    String escaped = StatementText.escape(value);
    return escaped.length() <= MAX_VALUE_CHARS
        ? escaped
        : escaped.substring(0, MAX_VALUE_CHARS) + "... (" + value.length() + " characters)";
  }
}
