package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which earlier services entries survive a compilation, decided without a compiler. */
class ServicesMergeTest {

  private static final String VFX = "com.studio.vfx.GenAiUses_c0ac75f6";
  private static final String VFX_AGAIN = "com.studio.vfx.GenAiUses_0ddd1397";
  private static final String EDIT = "com.studio.edit.GenAiUses_9d7f2ed4";
  private static final String EARLIER_EDIT = "com.studio.edit.Storyboard_GenAiUses";
  private static final String EARLIER_VFX = "com.studio.vfx.CrowdExtender_GenAiUses";
  private static final String EARLIER_DUB = "com.studio.dub.package_info_d2da5704_GenAiUses";

  private static ServicesMerge.Outcome merge(List<String> before, List<String> generated,
      Set<String> compiledPackages, Set<String> onClassPath) {
    return ServicesMerge.merge(before, generated,
        name -> compiledPackages.contains(ProviderName.parse(name).orElseThrow().packageName()),
        onClassPath::contains);
  }

  @Test
  void theEntriesOfACompiledPackageAreReplacedByItsNewProviderWhateverTheirScheme() {
    ServicesMerge.Outcome outcome = merge(List.of(VFX, EARLIER_VFX, EDIT), List.of(VFX_AGAIN),
        Set.of("com.studio.vfx"), Set.of(VFX, EARLIER_VFX, EDIT, "com.studio.edit.Storyboard"));

    assertThat(outcome.names()).containsExactly(EDIT, VFX_AGAIN).inOrder();
    assertThat(outcome.notes()).isEmpty();
  }

  @Test
  void twinTheEntriesOfAPackageNotCompiledAreKeptWhileTheirClassesAreThere() {
    ServicesMerge.Outcome outcome = merge(List.of(EDIT, EARLIER_EDIT, EARLIER_DUB), List.of(),
        Set.of("com.studio.vfx"),
        Set.of(EDIT, EARLIER_EDIT, "com.studio.edit.Storyboard", EARLIER_DUB));

    assertThat(outcome.names()).containsExactly(EARLIER_DUB, EDIT, EARLIER_EDIT).inOrder();
    assertThat(outcome.notes()).isEmpty();
  }

  @Test
  void anEntryWhoseProviderOrTypeIsGoneIsDroppedWithANote() {
    ServicesMerge.Outcome outcome = merge(List.of(EDIT, EARLIER_EDIT), List.of(), Set.of(),
        Set.of(EARLIER_EDIT));

    assertThat(outcome.names()).isEmpty();
    assertThat(outcome.notes()).containsExactly(
        "[genai] " + ServicesFile.PATH + " no longer lists " + EDIT + ": it is not on the class"
            + " path any more (an incremental compilation needs the class output on its class"
            + " path).",
        "[genai] " + ServicesFile.PATH + " no longer lists " + EARLIER_EDIT + ": it or"
            + " com.studio.edit.Storyboard is not on the class path any more (an incremental"
            + " compilation needs the class output on its class path).").inOrder();
  }

  @Test
  void aCompiledPackageWhoseEarlierProviderIsNotOnTheClassPathGetsANote() {
    ServicesMerge.Outcome outcome = merge(List.of(VFX), List.of(VFX_AGAIN),
        Set.of("com.studio.vfx"), Set.of());

    assertThat(outcome.names()).containsExactly(VFX_AGAIN);
    assertThat(outcome.notes()).containsExactly("[genai] " + ServicesFile.PATH
        + " no longer lists " + VFX + ", which this compilation replaces: it is not on the class"
        + " path, so the uses it listed of types that this compilation did not compile, if any,"
        + " could not be read from their class files and are not listed"
        + " until the module is built in full (an incremental compilation needs the class output"
        + " on its class path).");
  }

  @Test
  void twinACompiledPackageWhoseProviderKeepsItsNameNeedsNoNote() {
    ServicesMerge.Outcome outcome = merge(List.of(VFX), List.of(VFX), Set.of("com.studio.vfx"),
        Set.of());

    assertThat(outcome.names()).containsExactly(VFX);
    assertThat(outcome.notes()).isEmpty();
  }

  @Test
  void entriesNotGeneratedByThisProcessorAreAlwaysKept() {
    ServicesMerge.Outcome outcome = merge(List.of("com.studio.vfx.HandWritten"), List.of(),
        Set.of("com.studio.vfx"), Set.of());

    assertThat(outcome.names()).containsExactly("com.studio.vfx.HandWritten");
    assertThat(outcome.notes()).isEmpty();
  }
}
