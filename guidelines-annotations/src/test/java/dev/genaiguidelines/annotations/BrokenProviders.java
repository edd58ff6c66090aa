package dev.genaiguidelines.annotations;

import java.util.Arrays;
import java.util.List;

/** Providers that fail in each way a stale or broken module can; registered only per test. */
final class BrokenProviders {

  private BrokenProviders() {}

  /** Its uses() throws, as generated code compiled against another jar version might. */
  public static final class Throwing implements GenAiCatalog.Provider {
    @Override
    public List<GenAiUseDescriptor> uses() {
      throw new UnsupportedOperationException("module build is broken");
    }
  }

  /** Its constructor throws, so ServiceLoader cannot instantiate it. */
  public static final class FailingConstructor implements GenAiCatalog.Provider {
    public FailingConstructor() {
      throw new IllegalStateException("no licence file");
    }

    @Override
    public List<GenAiUseDescriptor> uses() {
      return List.of();
    }
  }

  /** Returns null instead of a list. */
  public static final class NullList implements GenAiCatalog.Provider {
    @Override
    public List<GenAiUseDescriptor> uses() {
      return null;
    }
  }

  /** Returns a list with a null in it. */
  public static final class NullUse implements GenAiCatalog.Provider {
    @Override
    public List<GenAiUseDescriptor> uses() {
      return Arrays.asList(TestUses.crowdExtension(), null);
    }
  }

  /** A well-behaved third module, for the context-class-loader test. */
  public static final class Extra implements GenAiCatalog.Provider {
    @Override
    public List<GenAiUseDescriptor> uses() {
      return List.of(new GenAiUseDescriptor("mood-boards", "com.studio.art.MoodBoards",
          "midjourney", "Mood boards for the art department.", Output.TEMPORARY,
          List.of(DataInput.NONE), List.of(Creates.IDEATION), Context.FICTION, false, "", "", "",
          "SOCIALIZE"));
    }
  }
}
