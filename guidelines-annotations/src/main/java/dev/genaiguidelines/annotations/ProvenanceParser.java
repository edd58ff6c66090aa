package dev.genaiguidelines.annotations;

import dev.genaiguidelines.annotations.StrictJsonReader.Kind;
import dev.genaiguidelines.annotations.StrictJsonReader.Node;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a sidecar's JSON into a {@link ProvenanceRecord}, checking the version first, then the
 * keys, then every value, and naming the position of the first thing that is wrong.
 */
final class ProvenanceParser {

  static final List<String> TOP_KEYS =
      List.of("genaiProvenance", "asset", "sha256", "use", "generatedAt", "pipelineRun");
  static final List<String> USE_KEYS =
      List.of("id", "element", "tool", "model", "output", "verdict", "approval", "consent");

  private final Path file;

  private ProvenanceParser(Path file) {
    this.file = file;
  }

  static ProvenanceRecord parse(Path file, byte[] bytes) throws MalformedProvenanceException {
    ProvenanceParser parser = new ProvenanceParser(file);
    Node root;
    try {
      root = StrictJsonReader.parse(bytes);
    } catch (StrictJsonReader.SyntaxError e) {
      throw new MalformedProvenanceException(file, e.line, e.column, e.getMessage());
    }
    return parser.record(root);
  }

  private ProvenanceRecord record(Node root) throws MalformedProvenanceException {
    if (root.kind() != Kind.OBJECT) {
      throw at(root, "expected a JSON object with \"genaiProvenance\": "
          + GenAiProvenance.FORMAT_VERSION + ", found " + root.kind().description);
    }
    Map<String, Node> top = root.members();
    checkVersion(root, top.get("genaiProvenance"));
    checkKeys(root, top, TOP_KEYS, "");
    String asset = string(top, "asset", "asset");
    String problem = ProvenanceRecord.assetNameProblem(asset);
    if (problem != null) {
      throw at(top.get("asset"), "asset name '" + shorten(asset) + "' " + problem);
    }
    String sha256 = string(top, "sha256", "sha256");
    if (!ProvenanceRecord.isSha256(sha256)) {
      throw at(top.get("sha256"),
          "expected 64 lower-case hex digits for 'sha256', found '" + shorten(sha256) + "'");
    }
    ProvenanceRecord.Use use = use(object(top, "use"));
    String generatedAt = string(top, "generatedAt", "generatedAt");
    Instant instant;
    try {
      instant = Instant.parse(generatedAt);
    } catch (DateTimeParseException e) {
      throw at(top.get("generatedAt"), "expected an ISO-8601 instant such as"
          + " 2025-10-01T12:00:00Z for 'generatedAt', found '" + shorten(generatedAt) + "'");
    }
    String pipelineRun = string(top, "pipelineRun", "pipelineRun");
    return new ProvenanceRecord(asset, sha256, use, instant, pipelineRun);
  }

  private void checkVersion(Node root, Node version) throws MalformedProvenanceException {
    if (version == null) {
      throw at(root, "expected the key 'genaiProvenance' that marks a GenAI provenance"
          + " sidecar, found none");
    }
    if (version.kind() != Kind.NUMBER) {
      throw at(version, "expected the format version number for 'genaiProvenance', found "
          + version.kind().description);
    }
    BigDecimal number = (BigDecimal) version.value();
    if (number.compareTo(BigDecimal.valueOf(GenAiProvenance.FORMAT_VERSION)) != 0
        || number.scale() != 0) {
      throw at(version, "unsupported genaiProvenance version " + number.toPlainString()
          + ": expected version " + GenAiProvenance.FORMAT_VERSION
          + "; read it with the guidelines-annotations version that wrote it, or a newer one");
    }
  }

  private ProvenanceRecord.Use use(Node node) throws MalformedProvenanceException {
    Map<String, Node> members = node.members();
    checkKeys(node, members, USE_KEYS, "use.");
    String id = string(members, "id", "use.id");
    String element = string(members, "element", "use.element");
    for (String key : List.of("id", "element")) {
      if (members.get(key).string().isEmpty()) {
        throw at(members.get(key), "expected a non-empty string for 'use." + key
            + "', found \"\"");
      }
    }
    String tool = string(members, "tool", "use.tool");
    String model = string(members, "model", "use.model");
    String outputName = string(members, "output", "use.output");
    Output output;
    if (outputName.equals(Output.TEMPORARY.name())) {
      output = Output.TEMPORARY;
    } else if (outputName.equals(Output.FINAL_DELIVERABLE.name())) {
      output = Output.FINAL_DELIVERABLE;
    } else {
      throw at(members.get("output"), "expected TEMPORARY or FINAL_DELIVERABLE for"
          + " 'use.output', found '" + shorten(outputName) + "'");
    }
    String verdict = string(members, "verdict", "use.verdict");
    if (!GenAiUseDescriptor.isVerdict(verdict)) {
      throw at(members.get("verdict"), "expected SOCIALIZE, APPROVED, NEEDS_APPROVAL or"
          + " PROHIBITED for 'use.verdict', found '" + shorten(verdict) + "'");
    }
    String approval = string(members, "approval", "use.approval");
    String consent = string(members, "consent", "use.consent");
    return new ProvenanceRecord.Use(
        id, element, tool, model, output, verdict, approval, consent);
  }

  /** Unknown keys first, in file order; then every missing key, in format order. */
  private void checkKeys(Node object, Map<String, Node> members, List<String> keys,
      String prefix) throws MalformedProvenanceException {
    for (Map.Entry<String, Node> member : members.entrySet()) {
      if (!keys.contains(member.getKey())) {
        throw at(member.getValue(), "unknown key '" + prefix + shorten(member.getKey())
            + "': expected only " + String.join(", ", keys));
      }
    }
    List<String> missing = new ArrayList<>();
    for (String key : keys) {
      if (!members.containsKey(key)) {
        missing.add("'" + prefix + key + "'");
      }
    }
    if (!missing.isEmpty()) {
      throw at(object, (missing.size() == 1 ? "missing key " : "missing keys ")
          + String.join(", ", missing) + ": expected every key of version "
          + GenAiProvenance.FORMAT_VERSION + ": " + String.join(", ", keys));
    }
  }

  private String string(Map<String, Node> members, String key, String name)
      throws MalformedProvenanceException {
    Node node = members.get(key);
    if (node.kind() != Kind.STRING) {
      throw at(node, "expected a string for '" + name + "', found " + node.kind().description);
    }
    return node.string();
  }

  private Node object(Map<String, Node> members, String key)
      throws MalformedProvenanceException {
    Node node = members.get(key);
    if (node.kind() != Kind.OBJECT) {
      throw at(node, "expected an object for '" + key + "', found " + node.kind().description);
    }
    return node;
  }

  private static String shorten(String value) {
    return value.length() <= 80 ? value : value.substring(0, 77) + "...";
  }

  private MalformedProvenanceException at(Node node, String problem) {
    return new MalformedProvenanceException(file, node.line(), node.column(), problem);
  }
}
