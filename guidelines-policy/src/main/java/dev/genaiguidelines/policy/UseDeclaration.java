package dev.genaiguidelines.policy;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import java.util.List;
import java.util.Objects;

/**
 * One {@code @GenAiUse} declaration, as read from source (processor) or from class files (plugin).
 *
 * @param id the declared id, possibly blank or malformed (GAI001 judges it)
 * @param element where it is declared, named as the report contract says: a package name, a
 *     binary type name, {@code Type#field} or {@code Type#method(erased.Param,Types)}
 * @param module the module (artifactId) it was found in, or "" when only one module is judged
 * @param sourceFile the source file relative to its source root ({@code com/x/Foo.java}), or ""
 * @param line the 1-based line of the declaration in {@code sourceFile}, or 0 when unknown
 */
public record UseDeclaration(
    String id,
    String element,
    String tool,
    String purpose,
    Output output,
    List<DataInput> inputs,
    List<Creates> creates,
    Context context,
    boolean unionCoveredWork,
    String model,
    String approval,
    String consent,
    String module,
    String sourceFile,
    int line) {

  public UseDeclaration {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(context, "context");
    id = Objects.requireNonNullElse(id, "");
    tool = Objects.requireNonNullElse(tool, "");
    purpose = Objects.requireNonNullElse(purpose, "");
    inputs = List.copyOf(inputs);
    creates = List.copyOf(creates);
    model = Objects.requireNonNullElse(model, "");
    approval = Objects.requireNonNullElse(approval, "");
    consent = Objects.requireNonNullElse(consent, "");
    module = Objects.requireNonNullElse(module, "");
    sourceFile = Objects.requireNonNullElse(sourceFile, "");
  }

  /** Starts a declaration with the annotation's defaults for everything but element. */
  public static Builder builder(String element) {
    return new Builder(element);
  }

  /** The same declaration, found in {@code module}. */
  public UseDeclaration inModule(String module) {
    return toBuilder().module(module).build();
  }

  /** A builder holding this declaration, to change where it was found without a positional copy. */
  public Builder toBuilder() {
    Builder builder = builder(element).module(module).source(sourceFile, line);
    for (UseAttribute attribute : UseAttribute.declared()) {
      attribute.setIn(builder, attribute.valueIn(this));
    }
    return builder;
  }

  /** Mutable builder with the annotation's defaults, for readers and tests. */
  public static final class Builder {
    private final String element;
    private String id = "";
    private String tool = "";
    private String purpose = "";
    private Output output = Output.TEMPORARY;
    private List<DataInput> inputs = List.of();
    private List<Creates> creates = List.of();
    private Context context = Context.FICTION;
    private boolean unionCoveredWork;
    private String model = "";
    private String approval = "";
    private String consent = "";
    private String module = "";
    private String sourceFile = "";
    private int line;

    private Builder(String element) {
      this.element = element;
    }

    public Builder id(String value) { id = value; return this; }
    public Builder tool(String value) { tool = value; return this; }
    public Builder purpose(String value) { purpose = value; return this; }
    public Builder output(Output value) { output = value; return this; }
    public Builder inputs(DataInput... values) { inputs = List.of(values); return this; }
    public Builder inputs(List<DataInput> values) { inputs = values; return this; }
    public Builder creates(Creates... values) { creates = List.of(values); return this; }
    public Builder creates(List<Creates> values) { creates = values; return this; }
    public Builder context(Context value) { context = value; return this; }
    public Builder unionCoveredWork(boolean value) { unionCoveredWork = value; return this; }
    public Builder model(String value) { model = value; return this; }
    public Builder approval(String value) { approval = value; return this; }
    public Builder consent(String value) { consent = value; return this; }
    public Builder module(String value) { module = value; return this; }
    public Builder source(String file, int lineNumber) { sourceFile = file; line = lineNumber; return this; }

    public UseDeclaration build() {
      return new UseDeclaration(
          id, element, tool, purpose, output, inputs, creates, context, unionCoveredWork, model,
          approval, consent, module, sourceFile, line);
    }
  }
}
