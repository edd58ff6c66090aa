package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Provider names and the services file's text, which an incremental build reads back. */
class CatalogNamesTest {

  @Test
  void aTypesProviderIsNamedAfterItWhateverItsUsesAndLeadsBackToIt() {
    CatalogOwner owner = new CatalogOwner("com.studio.vfx", "CrowdExtender");
    String name = owner.providerName(List.of("hero-creature"));

    assertThat(name).isEqualTo("com.studio.vfx.CrowdExtender_GenAiUses");
    assertThat(owner.providerName(List.of("matte-paint"))).isEqualTo(name);
    assertThat(CatalogOwner.ofProvider(name)).isEqualTo(Optional.of(owner));
    assertThat(owner.displayName()).isEqualTo("com.studio.vfx.CrowdExtender");
  }

  @Test
  void aPackagesProviderIsNamedByTheDigestOfItsIdsAndLeadsBackToThePackage() {
    CatalogOwner owner = new CatalogOwner("com.studio.dub", "");
    // printf 'dub-scripts\n' | sha256sum: d2da5704...
    String name = owner.providerName(List.of("dub-scripts"));

    assertThat(name).isEqualTo("com.studio.dub.package_info_d2da5704_GenAiUses");
    assertThat(CatalogOwner.ofProvider(name)).isEqualTo(Optional.of(owner));
    assertThat(owner.displayName()).isEqualTo("package com.studio.dub");
  }

  @Test
  void thePackageDigestIsOfTheSortedIdsOneALine() {
    // printf 'dub-scripts\nsubtitle-pass\n' | sha256sum: dc16dbb8...
    assertThat(CatalogOwner.digest(List.of("subtitle-pass", "dub-scripts", "dub-scripts")))
        .isEqualTo(CatalogOwner.digest(List.of("dub-scripts", "subtitle-pass")));
    assertThat(CatalogOwner.digest(List.of("dub-scripts", "subtitle-pass"))).isEqualTo("dc16dbb8");
  }

  @Test
  void twinTwoModulesWithOtherIdsInOneSplitPackageGetTwoNames() {
    CatalogOwner owner = new CatalogOwner("com.studio.dub", "");

    assertThat(owner.providerName(List.of("subtitle-pass")))
        .isNotEqualTo(owner.providerName(List.of("dub-scripts")));
  }

  @Test
  void aPackageProviderNamedBeforeTheDigestStillLeadsBackToThePackage() {
    assertThat(CatalogOwner.ofProvider("com.studio.dub.package_info_GenAiUses"))
        .isEqualTo(Optional.of(new CatalogOwner("com.studio.dub", "")));
  }

  @Test
  void aProviderInTheUnnamedPackageLeadsBackToItsType() {
    assertThat(CatalogOwner.ofProvider("Tool_GenAiUses"))
        .isEqualTo(Optional.of(new CatalogOwner("", "Tool")));
    assertThat(new CatalogOwner("", "Tool").providerName(List.of("a-use")))
        .isEqualTo("Tool_GenAiUses");
  }

  @Test
  void twinNamesOutsideTheSchemeAreNotOurs() {
    assertThat(CatalogOwner.ofProvider("com.studio.HandWritten")).isEqualTo(Optional.empty());
    assertThat(CatalogOwner.ofProvider("com.studio._GenAiUses")).isEqualTo(Optional.empty());
    assertThat(CatalogOwner.ofProvider("com.studio.Tool_GenAiUsesX")).isEqualTo(Optional.empty());
    // Not a digest: a type that happens to be named so.
    assertThat(CatalogOwner.ofProvider("com.studio.package_info_XYZ_GenAiUses"))
        .isEqualTo(Optional.of(new CatalogOwner("com.studio", "package_info_XYZ")));
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
