package dev.genaiguidelines.annotations;

import java.util.List;

/** Stands for the provider the processor generates in a VFX module; registered in resources. */
public final class ModuleAProvider implements GenAiCatalog.Provider {
  @Override
  public List<GenAiUseDescriptor> uses() {
    // Deliberately not sorted: the catalog sorts.
    return List.of(
        TestUses.storyboardFrames("com.studio.previs.StoryboardGenerator"),
        TestUses.crowdExtension());
  }
}
