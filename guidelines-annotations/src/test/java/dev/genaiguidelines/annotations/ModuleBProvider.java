package dev.genaiguidelines.annotations;

import java.util.List;

/** Stands for a second module's provider; it reuses the id storyboard-frames on purpose. */
public final class ModuleBProvider implements GenAiCatalog.Provider {
  @Override
  public List<GenAiUseDescriptor> uses() {
    return List.of(
        TestUses.storyboardFrames("com.studio.editorial.AnimaticBuilder"),
        TestUses.dubDrafts());
  }
}
