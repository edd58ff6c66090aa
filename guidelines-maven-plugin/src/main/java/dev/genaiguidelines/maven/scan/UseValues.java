package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import dev.genaiguidelines.policy.UseDeclaration;
import java.util.ArrayList;
import java.util.List;

/**
 * The attribute values of one {@code @GenAiUse} read from a class file, before the scanner knows
 * the element's name and line, plus whatever in it could not be understood.
 */
final class UseValues {

  String id;
  String tool;
  String purpose;
  Output output;
  List<DataInput> inputs;
  List<Creates> creates;
  Context context = Context.FICTION;
  boolean unionCoveredWork;
  String model = "";
  String approval = "";
  String consent = "";
  /** Problems found while reading, e.g. an enum constant this version does not know. */
  final List<String> problems = new ArrayList<>(0);

  /** The required attributes that are absent; javac never omits them, other compilers might. */
  List<String> missingRequired() {
    List<String> missing = new ArrayList<>(0);
    if (id == null) {
      missing.add("id");
    }
    if (tool == null) {
      missing.add("tool");
    }
    if (purpose == null) {
      missing.add("purpose");
    }
    if (output == null) {
      missing.add("output");
    }
    if (inputs == null) {
      missing.add("inputs");
    }
    if (creates == null) {
      missing.add("creates");
    }
    return missing;
  }

  UseDeclaration toDeclaration(String element, String sourceFile, int line) {
    return UseDeclaration.builder(element)
        .id(id)
        .tool(tool)
        .purpose(purpose)
        .output(output == null ? Output.TEMPORARY : output)
        .inputs(inputs == null ? List.of() : inputs)
        .creates(creates == null ? List.of() : creates)
        .context(context)
        .unionCoveredWork(unionCoveredWork)
        .model(model)
        .approval(approval)
        .consent(consent)
        .source(sourceFile, line)
        .build();
  }
}
