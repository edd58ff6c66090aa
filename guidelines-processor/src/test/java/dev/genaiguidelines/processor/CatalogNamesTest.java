package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Provider names and the services file's text, which an incremental build reads back. */
class CatalogNamesTest {

  @Test
  void aPackagesProviderIsNamedByTheDigestOfItsIdsAndLeadsBackToThePackage() {
    // printf 'dub-scripts\n' | sha256sum: d2da5704...
    String name = ProviderName.of("com.studio.dub", List.of("dub-scripts"));

    assertThat(name).isEqualTo("com.studio.dub.GenAiUses_d2da5704");
    assertThat(ProviderName.parse(name))
        .isEqualTo(Optional.of(new ProviderName("com.studio.dub", "")));
    assertThat(ProviderName.parse(name).get().type()).isEqualTo(Optional.empty());
    assertThat(ProviderName.describe("com.studio.dub")).isEqualTo("package com.studio.dub");
  }

  @Test
  void thePackageDigestIsOfTheSortedIdsOneALine() {
    // printf 'dub-scripts\nsubtitle-pass\n' | sha256sum: dc16dbb8...
    assertThat(ProviderName.digest(List.of("subtitle-pass", "dub-scripts", "dub-scripts")))
        .isEqualTo(ProviderName.digest(List.of("dub-scripts", "subtitle-pass")));
    assertThat(ProviderName.digest(List.of("dub-scripts", "subtitle-pass"))).isEqualTo("dc16dbb8");
  }

  @Test
  void twinTwoModulesWithOtherIdsInOneSplitPackageGetTwoNames() {
    assertThat(ProviderName.of("com.studio.dub", List.of("subtitle-pass")))
        .isNotEqualTo(ProviderName.of("com.studio.dub", List.of("dub-scripts")));
  }

  @Test
  void anEarlierVersionsPerTypeProviderLeadsBackToItsPackageAndType() {
    ProviderName earlier = ProviderName.parse("com.studio.vfx.CrowdExtender_GenAiUses").get();

    assertThat(earlier).isEqualTo(new ProviderName("com.studio.vfx", "CrowdExtender"));
    assertThat(earlier.type()).isEqualTo(Optional.of("com.studio.vfx.CrowdExtender"));
  }

  @Test
  void anEarlierVersionsPackageInfoProviderLeadsBackToThePackageWithOrWithoutItsDigest() {
    assertThat(ProviderName.parse("com.studio.dub.package_info_d2da5704_GenAiUses"))
        .isEqualTo(Optional.of(new ProviderName("com.studio.dub", "")));
    assertThat(ProviderName.parse("com.studio.dub.package_info_GenAiUses"))
        .isEqualTo(Optional.of(new ProviderName("com.studio.dub", "")));
  }

  @Test
  void aProviderInTheUnnamedPackageLeadsBackToIt() {
    assertThat(ProviderName.of("", List.of("a-use"))).matches("GenAiUses_[0-9a-f]{8}");
    assertThat(ProviderName.parse(ProviderName.of("", List.of("a-use"))))
        .isEqualTo(Optional.of(new ProviderName("", "")));
    assertThat(ProviderName.parse("Tool_GenAiUses").get().type()).isEqualTo(Optional.of("Tool"));
    assertThat(ProviderName.describe("")).isEqualTo("the unnamed package");
  }

  @Test
  void twinNamesOutsideTheSchemesAreNotOurs() {
    assertThat(ProviderName.parse("com.studio.HandWritten")).isEqualTo(Optional.empty());
    assertThat(ProviderName.parse("com.studio._GenAiUses")).isEqualTo(Optional.empty());
    assertThat(ProviderName.parse("com.studio.Tool_GenAiUsesX")).isEqualTo(Optional.empty());
    assertThat(ProviderName.parse("com.studio.GenAiUses_d2da570")).isEqualTo(Optional.empty());
    assertThat(ProviderName.parse("com.studio.GenAiUses_D2DA5704")).isEqualTo(Optional.empty());
    assertThat(ProviderName.isCurrent("GenAiUses_d2da5704")).isTrue();
    assertThat(ProviderName.isCurrent("GenAiUses_d2da5704x")).isFalse();
    // Not a digest: a type that happens to be named so, as an earlier version named its provider.
    assertThat(ProviderName.parse("com.studio.package_info_XYZ_GenAiUses"))
        .isEqualTo(Optional.of(new ProviderName("com.studio", "package_info_XYZ")));
  }

  @Test
  void theServicesFileIsReadWithoutCommentsBlanksOrRepeats() {
    assertThat(ServicesFile.parse(
        "# providers\r\ncom.b.B_GenAiUses\n\n  com.a.A_GenAiUses  # kept\ncom.b.B_GenAiUses\r"))
        .containsExactly("com.b.B_GenAiUses", "com.a.A_GenAiUses").inOrder();
    assertThat(ServicesFile.parse("")).isEmpty();
  }

  @Test
  void theServicesFileIsWrittenOneNameALineInTheOrderGiven() {
    assertThat(ServicesFile.format(List.of("com.a.A_GenAiUses", "com.b.B_GenAiUses")))
        .isEqualTo("com.a.A_GenAiUses\ncom.b.B_GenAiUses\n");
    assertThat(ServicesFile.format(List.of())).isEqualTo("");
    assertThat(ServicesFile.PATH).isEqualTo("META-INF/services/"
        + dev.genaiguidelines.annotations.GenAiCatalog.Provider.class.getName());
  }
}
