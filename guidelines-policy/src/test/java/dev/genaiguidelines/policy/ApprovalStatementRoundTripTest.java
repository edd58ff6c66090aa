package dev.genaiguidelines.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.genaiguidelines.annotations.Context;
import dev.genaiguidelines.annotations.Creates;
import dev.genaiguidelines.annotations.DataInput;
import dev.genaiguidelines.annotations.Output;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random statements survive render, UTF-8 and parse unchanged: the escaping loses nothing,
 * whatever characters a declaration holds, so no two statements share a text.
 */
class ApprovalStatementRoundTripTest {
  /** Characters that stress the escaping: its own escape, invisibles, breaks, surrogates. */
  private static final char[] HOSTILE = {'\\', 'u', '0', 'A', ':', ' ', '\n', '\r', '\t', '\u0000',
      '\u0085', '\u00AD', '\u200B', '\u202E', '\u2028', '\u2029', '\uFEFF', '\uD800', '\uDC00',
      '\uD83D', '\uDE00', '\u00E9', '\u4E2D', '?'};

  @Test
  void randomStatementsRoundTrip() throws Exception {
    Random random = new Random(20261206L);
    for (int i = 0; i < 3_000; i++) {
      List<String> ids = new ArrayList<>();
      Map<String, UseDeclaration> declared = new HashMap<>();
      for (int u = random.nextInt(4); u > 0; u--) {
        String id = text(random);
        ids.add(id);
        if (random.nextBoolean()) {
          declared.put(id, declaration(random, id));
        }
      }
      Optional<LocalDate> expires = random.nextBoolean()
          ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(random.nextInt(40_000)));
      LedgerEntry entry = random.nextBoolean()
          ? new Approval(text(random), ids, text(random),
              LocalDate.ofEpochDay(random.nextInt(40_000)), expires)
          : new Consent(text(random), ids, text(random), expires);
      ApprovalStatement statement = ApprovalStatement.of(text(random), entry, declared);
      String rendered = statement.text();
      ApprovalStatement parsed = ApprovalStatement.parse(rendered.getBytes(StandardCharsets.UTF_8));
      assertEquals(statement, parsed, rendered);
      assertEquals(rendered, parsed.text());
      assertEquals(List.of(), ApprovalStatement.differences(parsed, statement));
    }
  }

  private static UseDeclaration declaration(Random random, String id) {
    return UseDeclaration.builder("x.Y").id(id).tool(text(random)).purpose(text(random))
        .output(pick(random, Output.values())).inputs(pick(random, DataInput.values()))
        .creates(pick(random, Creates.values()), pick(random, Creates.values()))
        .context(pick(random, Context.values())).unionCoveredWork(random.nextBoolean())
        .model(text(random)).build();
  }

  private static String text(Random random) {
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      out.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x10000)
          : HOSTILE[random.nextInt(HOSTILE.length)]);
    }
    return out.toString();
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
