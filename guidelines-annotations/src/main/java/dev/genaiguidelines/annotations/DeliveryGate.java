package dev.genaiguidelines.annotations;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks a delivery folder before it leaves the studio: every asset stamped by {@link
 * GenAiProvenance} must come from a declared, approved, final-deliverable use, unchanged since
 * it was stamped.
 *
 * <p>The gate walks the folder and reads every {@code *.genai.json} sidecar. Each of these is an
 * offence, reported on the asset's path (on the sidecar's when it cannot be read or names
 * another asset):
 *
 * <ul>
 *   <li>the sidecar cannot be read or is malformed (never a pass);
 *   <li>the sidecar records an asset other than the one it is named after;
 *   <li>the asset is missing, or its SHA-256 differs from the recorded one: a re-rendered asset
 *       needs a new stamp;
 *   <li>the catalog does not declare the recorded use, or not at the recorded element;
 *   <li>the recorded tool, model, output or verdict differs from the catalog's current
 *       declaration: the asset was made under a declaration that no longer holds (this includes
 *       an asset generated before its use was approved);
 *   <li>the use's output is {@link Output#TEMPORARY}, or its verdict is not {@code APPROVED};
 *   <li>a symbolic link leads outside the folder or nowhere: the gate cannot vouch for what it
 *       delivers. Links are never followed during the walk.
 * </ul>
 *
 * <p>Files without a sidecar are not generated material as far as the gate knows, and are not
 * offences: the gate proves what stamped material is, not that everything was stamped. The
 * result is sorted and has no absolute paths, so the same folder gives the same result.
 */
public final class DeliveryGate {

  /**
   * One reason a delivery folder must not be delivered.
   *
   * @param path the file at fault, relative to the delivery folder, separated by '/'
   * @param reason what is wrong and what to do
   */
  public record Offence(String path, String reason) implements Comparable<Offence> {

    private static final Comparator<Offence> ORDER =
        Comparator.comparing(Offence::path).thenComparing(Offence::reason);

    /** Checks that both are given. */
    public Offence {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public int compareTo(Offence other) {
      return ORDER.compare(this, other);
    }

    /** {@code path: reason}, as a build log shows it. */
    @Override
    public String toString() {
      return path + ": " + reason;
    }
  }

  /**
   * The outcome of one check.
   *
   * @param offences every offence, sorted by path, then reason
   * @param sidecarsChecked how many sidecars were found, readable or not
   */
  public record Result(List<Offence> offences, int sidecarsChecked) {

    /** Sorts and copies the offences. */
    public Result {
      offences = offences.stream().sorted().toList();
    }

    /** True when the folder may be delivered: no offence at all. */
    public boolean passed() {
      return offences.isEmpty();
    }
  }

  private final Path root;
  private final GenAiCatalog catalog;
  private final List<Offence> offences = new ArrayList<>();
  private int sidecars;

  private DeliveryGate(Path root, GenAiCatalog catalog) {
    this.root = root;
    this.catalog = catalog;
  }

  /**
   * Checks every sidecar under {@code deliveryFolder} against {@code catalog}.
   *
   * @throws IllegalArgumentException when the folder does not exist or is not a directory
   * @throws IOException when the folder itself cannot be resolved; problems with the files in it
   *     are offences, not exceptions
   */
  public static Result check(Path deliveryFolder, GenAiCatalog catalog) throws IOException {
    Objects.requireNonNull(catalog, "catalog");
    if (!Files.exists(deliveryFolder)) {
      throw new IllegalArgumentException(
          "Delivery folder " + deliveryFolder + " does not exist: give the folder to deliver.");
    }
    if (!Files.isDirectory(deliveryFolder)) {
      throw new IllegalArgumentException("Delivery folder " + deliveryFolder
          + " is not a directory: give the folder that holds the delivery.");
    }
    DeliveryGate gate = new DeliveryGate(deliveryFolder.toRealPath(), catalog);
    Files.walkFileTree(gate.root, gate.new Walker());
    return new Result(gate.offences, gate.sidecars);
  }

  /** Visits every file once; links are reported, never followed. */
  private final class Walker extends SimpleFileVisitor<Path> {
    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      if (attributes.isSymbolicLink()) {
        visitLink(file);
      } else if (attributes.isRegularFile() && isSidecar(file)) {
        checkSidecar(file);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      offence(relative(file), "cannot be read: " + describe(e));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        offence(relative(dir), "cannot be read completely: " + describe(e));
      }
      return FileVisitResult.CONTINUE;
    }
  }

  private void visitLink(Path link) {
    Path target;
    try {
      target = link.toRealPath();
    } catch (IOException e) {
      offence(relative(link), "is a symbolic link whose target cannot be resolved ("
          + describe(e) + "): the gate cannot tell what it delivers; deliver the file itself");
      return;
    }
    if (!target.startsWith(root)) {
      offence(relative(link), "is a symbolic link that leads outside the delivery folder:"
          + " the gate cannot vouch for what it delivers; deliver the file itself");
    } else if (Files.isRegularFile(target) && isSidecar(link)) {
      checkSidecar(link);
    }
    // A link to a folder inside is not walked twice: the folder is walked where it lies.
  }

  private static boolean isSidecar(Path file) {
    return file.getFileName().toString().endsWith(GenAiProvenance.SIDECAR_SUFFIX);
  }

  private void checkSidecar(Path sidecar) {
    sidecars++;
    String sidecarName = sidecar.getFileName().toString();
    String assetName =
        sidecarName.substring(0, sidecarName.length() - GenAiProvenance.SIDECAR_SUFFIX.length());
    Path asset = sidecar.resolveSibling(assetName);
    String assetPath = relative(asset);
    ProvenanceRecord record;
    try {
      record = GenAiProvenance.read(sidecar);
    } catch (MalformedProvenanceException e) {
      offence(relative(sidecar), "cannot be read: " + e.positionAndProblem());
      return;
    } catch (IOException e) {
      offence(relative(sidecar), "cannot be read: " + describe(e));
      return;
    }
    if (!record.asset().equals(assetName)) {
      offence(relative(sidecar), "records asset '" + record.asset() + "', not '" + assetName
          + "': a sidecar is named after its asset, as '<asset>" + GenAiProvenance.SIDECAR_SUFFIX
          + "', and lies beside it; stamp the asset again");
      return;
    }
    if (!Files.exists(asset, LinkOption.NOFOLLOW_LINKS)) {
      offence(assetPath, "is missing, but its provenance sidecar " + sidecarName
          + " is delivered: deliver the asset or remove the sidecar");
      return;
    }
    checkAssetBytes(asset, assetPath, record);
    checkUse(assetPath, record.use());
  }

  private void checkAssetBytes(Path asset, String assetPath, ProvenanceRecord record) {
    if (Files.isSymbolicLink(asset) && !isInside(asset)) {
      return; // the walk reports the link itself
    }
    if (!Files.isRegularFile(asset)) {
      offence(assetPath, "is not a regular file, but has a provenance sidecar: stamp and"
          + " deliver each generated file on its own");
      return;
    }
    String now;
    try {
      now = GenAiProvenance.sha256(asset);
    } catch (IOException e) {
      offence(assetPath, "cannot be read: " + describe(e));
      return;
    }
    if (!now.equals(record.sha256())) {
      offence(assetPath, "changed after it was stamped (sha256 " + record.sha256().substring(0, 12)
          + "... recorded, " + now.substring(0, 12) + "... now): a re-rendered asset needs a new"
          + " stamp from the pipeline that rendered it");
    }
  }

  private boolean isInside(Path link) {
    try {
      return link.toRealPath().startsWith(root);
    } catch (IOException e) {
      return false;
    }
  }

  private void checkUse(String assetPath, ProvenanceRecord.Use recorded) {
    String id = recorded.id();
    List<GenAiUseDescriptor> declared = catalog.findAll(id);
    if (declared.isEmpty()) {
      offence(assetPath, "generated by use '" + id + "', which the catalog does not declare:"
          + " put the module that declares it on the class path, or regenerate the asset under"
          + " a declared use");
      return;
    }
    GenAiUseDescriptor use = declared.stream()
        .filter(d -> d.element().equals(recorded.element())).findFirst().orElse(null);
    if (use == null) {
      offence(assetPath, "generated by use '" + id + "' at " + recorded.element()
          + ", but the catalog declares '" + id + "' only at "
          + declared.stream().map(GenAiUseDescriptor::element).collect(Collectors.joining(", "))
          + ": regenerate the asset under the current declaration and stamp it again");
      return;
    }
    List<String> was = new ArrayList<>();
    List<String> now = new ArrayList<>();
    compare("tool", recorded.tool(), use.tool(), was, now);
    compare("model", recorded.model(), use.model(), was, now);
    compare("output", recorded.output().name(), use.output().name(), was, now);
    compare("verdict", recorded.verdict(), use.verdict(), was, now);
    if (!was.isEmpty()) {
      offence(assetPath, "generated by use '" + id + "' with " + String.join(" and ", was)
          + ", but the catalog now declares " + String.join(" and ", now)
          + ": regenerate the asset under the current declaration and stamp it again");
    }
    if (use.output() == Output.TEMPORARY) {
      offence(assetPath, "generated by temporary use '" + id + "' (output TEMPORARY):"
          + " temporary material must not be delivered");
    } else if (GenAiUseDescriptor.PROHIBITED.equals(use.verdict())) {
      offence(assetPath, "generated by use '" + id + "' whose verdict is PROHIBITED: the policy"
          + " never allows its material; remove the asset from the delivery");
    } else if (!GenAiUseDescriptor.APPROVED.equals(use.verdict())) {
      offence(assetPath, "generated by use '" + id + "' whose verdict is " + use.verdict()
          + ", not APPROVED: only approved final-deliverable uses may be delivered; name a"
          + " covering written approval in its @GenAiUse and rebuild");
    }
  }

  private static void compare(String field, String recorded, String declared, List<String> was,
      List<String> now) {
    if (!recorded.equals(declared)) {
      boolean quoted = field.equals("tool") || field.equals("model");
      was.add(field + " " + (quoted ? "'" + recorded + "'" : recorded));
      now.add(field + " " + (quoted ? "'" + declared + "'" : declared));
    }
  }

  private String relative(Path file) {
    String path = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(),
        "/");
    return path.isEmpty() ? "." : path;
  }

  /** The exception's kind and detail, without the absolute path a file-system error carries. */
  private static String describe(IOException e) {
    if (e instanceof FileSystemException fse) {
      String reason = fse.getReason();
      return e.getClass().getSimpleName() + (reason != null ? " (" + reason + ")" : "");
    }
    return String.valueOf(e.getMessage());
  }

  private void offence(String path, String reason) {
    offences.add(new Offence(path, reason));
  }
}
