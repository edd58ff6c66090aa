package dev.genaiguidelines.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Provider names and the services file's text, which an incremental build reads back. */
class CatalogNamesTest {

  @Test
  void aTypesProviderIsNamedAfterItAndLeadsBackToIt() {
    CatalogOwner owner = new CatalogOwner("com.studio.vfx", "CrowdExtender");

    assertThat(owner.providerName()).isEqualTo("com.studio.vfx.CrowdExtender_GenAiUses");
    assertThat(CatalogOwner.ofProvider(owner.providerName())).isEqualTo(Optional.of(owner));
    assertThat(owner.displayName()).isEqualTo("com.studio.vfx.CrowdExtender");
  }

  @Test
  void aPackagesProviderIsNamedPackageInfoAndLeadsBackToThePackage() {
    CatalogOwner owner = new CatalogOwner("com.studio.dub", "");

    assertThat(owner.providerName()).isEqualTo("com.studio.dub.package_info_GenAiUses");
    assertThat(CatalogOwner.ofProvider(owner.providerName())).isEqualTo(Optional.of(owner));
    assertThat(owner.displayName()).isEqualTo("package com.studio.dub");
  }

  @Test
  void aProviderInTheUnnamedPackageLeadsBackToItsType() {
    assertThat(CatalogOwner.ofProvider("Tool_GenAiUses"))
        .isEqualTo(Optional.of(new CatalogOwner("", "Tool")));
    assertThat(new CatalogOwner("", "Tool").providerName()).isEqualTo("Tool_GenAiUses");
  }

  @Test
  void twinNamesOutsideTheSchemeAreNotOurs() {
    assertThat(CatalogOwner.ofProvider("com.studio.HandWritten")).isEqualTo(Optional.empty());
    assertThat(CatalogOwner.ofProvider("com.studio._GenAiUses")).isEqualTo(Optional.empty());
    assertThat(CatalogOwner.ofProvider("com.studio.Tool_GenAiUsesX")).isEqualTo(Optional.empty());
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
