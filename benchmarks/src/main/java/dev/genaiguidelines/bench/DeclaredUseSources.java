package dev.genaiguidelines.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sources for the processor benchmark: {@code uses} declared uses in one compilation, ten
 * annotated methods to a class, so the compilation grows with the uses and little else.
 */
final class DeclaredUseSources {

  static final int USES_PER_CLASS = 10;
  private static final String PACKAGE = "com.studio.catalog";

  private DeclaredUseSources() {}

  /** Writes the classes below {@code sourceRoot}; returns the files. */
  static List<Path> write(Path sourceRoot, int uses) throws IOException {
    List<Path> files = new ArrayList<>();
    int classes = (uses + USES_PER_CLASS - 1) / USES_PER_CLASS;
    for (int c = 0; c < classes; c++) {
      String group = "g" + (c / 100);
      String name = "Catalog" + c;
      StringBuilder out = new StringBuilder(8192);
      out.append("package ").append(PACKAGE).append('.').append(group).append(";\n\n")
          .append("import dev.genaiguidelines.annotations.Creates;\n")
          .append("import dev.genaiguidelines.annotations.DataInput;\n")
          .append("import dev.genaiguidelines.annotations.GenAiUse;\n")
          .append("import dev.genaiguidelines.annotations.Output;\n\n")
          .append("/** Synthetic catalog of declared uses ").append(c).append(". */\n")
          .append("public final class ").append(name).append(" {\n");
      for (int m = 0; m < USES_PER_CLASS && c * USES_PER_CLASS + m < uses; m++) {
        int use = c * USES_PER_CLASS + m;
        out.append("""

              @GenAiUse(
                  id = "use-%d",
                  tool = "%s",
                  purpose = "Tags frames of shot %d for the review sheet.",
                  output = Output.TEMPORARY,
                  inputs = DataInput.NONE,
                  creates = {Creates.ANALYSIS, Creates.IDEATION})
              public int step%d(int frame) {
                int value = frame * %d;
                for (int i = 0; i < 3; i++) {
                  value = value * 31 + i;
                }
                return value;
              }
            """.formatted(use, PipelineSources.TOOL, use, m, m + 1));
      }
      out.append("}\n");
      files.add(PipelineSources.writeFile(sourceRoot,
          PACKAGE.replace('.', '/') + "/" + group + "/" + name + ".java", out.toString()));
    }
    return files;
  }
}
