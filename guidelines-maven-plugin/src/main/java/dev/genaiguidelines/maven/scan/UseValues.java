package dev.genaiguidelines.maven.scan;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import dev.genaiguidelines.policy.UseDeclaration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The attribute values of one {@code @GenAiUse} read from a class file, before the scanner knows
 * the element's name and line, plus whatever in it could not be understood.
 */
final class UseValues {

  private static final List<String> REQUIRED =
      List.of("id", "tool", "purpose", "output", "inputs", "creates");

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

  /** Names of the attributes the class file gives, valid or not. */
  final Set<String> present = new HashSet<>(16);

  /** The required attributes that are absent; javac never omits them, other compilers might. */
  List<String> missingRequired() {
    List<String> missing = new ArrayList<>(0);
    for (String required : REQUIRED) {
      if (!present.contains(required)) {
        missing.add(required);
      }
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
