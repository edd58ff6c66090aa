package dev.genaiguidelines.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading through a real ServiceLoader registration, lookups, and every way a provider fails. */
class GenAiCatalogTest {

  private static final String RESOLVE = " The catalog will not load without its module's uses:"
      + " rebuild that module with the guidelines processor (and the same guidelines-annotations"
      + " version), or remove its jar from the class path.";

  @TempDir Path dir;

  private static List<String> keys(List<GenAiUseDescriptor> uses) {
    return uses.stream().map(u -> u.id() + " @ " + u.element()).toList();
  }

  @Test
  void twoRegisteredModulesLoadSortedByIdThenElement() {
    GenAiCatalog catalog = GenAiCatalog.load(getClass().getClassLoader());
    assertEquals(List.of(
        "crowd-extension @ com.studio.vfx.CrowdExtender",
        "dub-drafts @ com.studio.dub.DubDrafter#draft(java.util.List)",
        "storyboard-frames @ com.studio.editorial.AnimaticBuilder",
        "storyboard-frames @ com.studio.previs.StoryboardGenerator"), keys(catalog.all()));
    assertEquals("GenAiCatalog[4 uses]", catalog.toString());
  }

  @Test
  void findReturnsTheDescriptorWithEveryField() {
    GenAiUseDescriptor use = GenAiCatalog.load().find("crowd-extension").orElseThrow();
    assertEquals(TestUses.crowdExtension(), use);
    assertEquals("runway-gen4", use.tool());
    assertEquals(Output.FINAL_DELIVERABLE, use.output());
    assertEquals(List.of(DataInput.PRODUCTION_MATERIAL), use.inputs());
    assertEquals(List.of(Creates.BACKGROUND_ELEMENT), use.creates());
    assertEquals("APR-2025-0042", use.approval());
    assertEquals("APPROVED", use.verdict());
  }

  @Test
  void findMissesAnUndeclaredId() {
    GenAiCatalog catalog = GenAiCatalog.load();
    assertEquals(Optional.empty(), catalog.find("crowd-extensions"));
    assertEquals(List.of(), catalog.findAll("crowd-extensions"));
  }

  @Test
  void anIdTwoModulesDeclareIsFoundFirstByElementAndFullyByFindAll() {
    GenAiCatalog catalog = GenAiCatalog.load();
    assertEquals("com.studio.editorial.AnimaticBuilder",
        catalog.find("storyboard-frames").orElseThrow().element());
    assertEquals(List.of(
        "storyboard-frames @ com.studio.editorial.AnimaticBuilder",
        "storyboard-frames @ com.studio.previs.StoryboardGenerator"),
        keys(catalog.findAll("storyboard-frames")));
  }

  @Test
  void theCatalogAndItsListsAreImmutable() {
    GenAiCatalog catalog = GenAiCatalog.load();
    assertThrows(UnsupportedOperationException.class, () -> catalog.all().clear());
    assertThrows(UnsupportedOperationException.class,
        () -> catalog.findAll("storyboard-frames").clear());
    assertThrows(UnsupportedOperationException.class,
        () -> catalog.all().get(0).inputs().clear());
  }

  @Test
  void loadUsesTheContextClassLoaderAndFallsBackToItsOwn() throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    try (URLClassLoader extra = registering("BrokenProviders$Extra")) {
      thread.setContextClassLoader(extra);
      assertEquals("com.studio.art.MoodBoards",
          GenAiCatalog.load().find("mood-boards").orElseThrow().element());
      assertEquals(5, GenAiCatalog.load().all().size());
      thread.setContextClassLoader(null);
      assertEquals(Optional.empty(), GenAiCatalog.load().find("mood-boards"));
      assertEquals(4, GenAiCatalog.load().all().size());
    } finally {
      thread.setContextClassLoader(saved);
    }
  }

  @Test
  void aThrowingProviderFailsTheLoadNamingIt() throws IOException {
    IllegalStateException e = loadFailing("BrokenProviders$Throwing");
    assertEquals("GenAI catalog provider dev.genaiguidelines.annotations.BrokenProviders$Throwing"
        + " failed: java.lang.UnsupportedOperationException: module build is broken." + RESOLVE,
        e.getMessage());
    assertInstanceOf(UnsupportedOperationException.class, e.getCause());
  }

  @Test
  void aProviderThatCannotBeInstantiatedFailsTheLoadNamingIt() throws IOException {
    IllegalStateException e = loadFailing("BrokenProviders$FailingConstructor");
    assertEquals("GenAI catalog provider"
        + " dev.genaiguidelines.annotations.BrokenProviders$FailingConstructor failed:"
        + " java.lang.IllegalStateException: no licence file." + RESOLVE, e.getMessage());
  }

  @Test
  void aProviderReturningNullFailsTheLoad() throws IOException {
    assertEquals("GenAI catalog provider dev.genaiguidelines.annotations.BrokenProviders$NullList"
        + " returned null instead of a list of uses." + RESOLVE,
        loadFailing("BrokenProviders$NullList").getMessage());
    assertEquals("GenAI catalog provider dev.genaiguidelines.annotations.BrokenProviders$NullUse"
        + " returned a null use at index 1." + RESOLVE,
        loadFailing("BrokenProviders$NullUse").getMessage());
  }

  @Test
  void aRegistrationNamingAMissingClassFailsTheLoadNamingIt() throws IOException {
    try (URLClassLoader loader = registeringRaw("com.example.vfx.GoneProvider")) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> GenAiCatalog.load(loader));
      assertTrue(e.getMessage().startsWith("Cannot load the GenAI catalog: "), e.getMessage());
      assertTrue(e.getMessage().contains("com.example.vfx.GoneProvider"), e.getMessage());
      assertTrue(e.getMessage().endsWith(". Every META-INF/services/"
          + "dev.genaiguidelines.annotations.GenAiCatalog$Provider must name a public class with"
          + " a public no-argument constructor that implements GenAiCatalog.Provider; rebuild the"
          + " module that holds it, or remove its stale jar from the class path."),
          e.getMessage());
    }
  }

  @Test
  void aWellBehavedExtraProviderIsTheTwinOfTheBrokenOnes() throws IOException {
    try (URLClassLoader loader = registering("BrokenProviders$Extra")) {
      assertEquals(List.of(
          "crowd-extension @ com.studio.vfx.CrowdExtender",
          "dub-drafts @ com.studio.dub.DubDrafter#draft(java.util.List)",
          "mood-boards @ com.studio.art.MoodBoards",
          "storyboard-frames @ com.studio.editorial.AnimaticBuilder",
          "storyboard-frames @ com.studio.previs.StoryboardGenerator"),
          keys(GenAiCatalog.load(loader).all()));
    }
  }

  @Test
  void ofSortsAndRejectsNull() {
    GenAiCatalog catalog =
        GenAiCatalog.of(List.of(TestUses.dubDrafts(), TestUses.crowdExtension()));
    assertEquals(List.of("crowd-extension @ com.studio.vfx.CrowdExtender",
        "dub-drafts @ com.studio.dub.DubDrafter#draft(java.util.List)"), keys(catalog.all()));
    assertEquals("GenAiCatalog[0 uses]", GenAiCatalog.of(List.of()).toString());
  }

  @Test
  void aDescriptorRejectsAnUnknownVerdict() {
    GenAiUseDescriptor ok = TestUses.crowdExtension();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TestUses.with(ok, ok.tool(), ok.model(), ok.output(), "OK"));
    assertEquals("use 'crowd-extension' at com.studio.vfx.CrowdExtender: verdict 'OK' is not one"
        + " of SOCIALIZE, APPROVED, NEEDS_APPROVAL, PROHIBITED", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> TestUses.with(ok, ok.tool(), ok.model(), ok.output(), "approved"));
  }

  @Test
  void aDescriptorAcceptsTheFourVerdicts() {
    GenAiUseDescriptor ok = TestUses.crowdExtension();
    for (String verdict : List.of("SOCIALIZE", "APPROVED", "NEEDS_APPROVAL", "PROHIBITED")) {
      assertEquals(verdict,
          TestUses.with(ok, ok.tool(), ok.model(), ok.output(), verdict).verdict());
    }
  }

  private IllegalStateException loadFailing(String nestedName) throws IOException {
    try (URLClassLoader loader = registering(nestedName)) {
      return assertThrows(IllegalStateException.class, () -> GenAiCatalog.load(loader));
    }
  }

  /** A loader that adds one registration, as a third module's jar on the class path would. */
  private URLClassLoader registering(String nestedName) throws IOException {
    return registeringRaw("dev.genaiguidelines.annotations." + nestedName);
  }

  private URLClassLoader registeringRaw(String className) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(GenAiCatalog.Provider.class.getName()), className + "\n");
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
  }
}
